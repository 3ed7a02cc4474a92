/**
 * Where the PLN lives: platforms derived from people's `platforms` and sources' `platform`
 * (else the platform their address implies), as the map derives its hubs, with counts of
 * people per circle and of sources, and the communities inside each platform (a subreddit,
 * a Slack workspace, a club met face to face).
 */
import type { PlantSummary } from '../../../../shared/api';
import { inferSource } from '../../../../shared/source-url';
import type { Circle } from '../../../../shared/types';
import { platformKey, platformName } from './platform-label';
import { PLATFORM_HINTS } from './platform-hints';

export interface CommunitySummary {
  name: string;
  people: number;
  sources: number;
}

export interface PlatformSummary {
  key: string;
  label: string;
  people: Record<Circle, number> & { total: number };
  sources: number;
  /** People and sources on it, for the links under the counts. */
  members: PlantSummary[];
  communities: CommunitySummary[];
  hint: string | null;
}

export function platformSummaries(plants: readonly PlantSummary[]): PlatformSummary[] {
  const byKey = new Map<string, PlatformSummary>();
  const communities = new Map<string, Map<string, CommunitySummary>>();
  const entry = (name: string): PlatformSummary => {
    const key = platformKey(name);
    let found = byKey.get(key);
    if (!found) {
      found = { key, label: platformName(key), people: { professional: 0, personal: 0, both: 0, total: 0 }, sources: 0, members: [], communities: [], hint: PLATFORM_HINTS[key] ?? null };
      byKey.set(key, found);
    }
    return found;
  };
  const community = (key: string, name: string): CommunitySummary => {
    const list = communities.get(key) ?? new Map<string, CommunitySummary>();
    communities.set(key, list);
    const id = name.trim().toLowerCase().replace(/\s+/g, ' ');
    let found = list.get(id);
    if (!found) list.set(id, (found = { name: name.trim(), people: 0, sources: 0 }));
    return found;
  };

  for (const plant of plants) {
    if (plant.kind === 'person' && plant.person) {
      const counted = new Set<string>();
      const met = new Set<string>();
      for (const handle of plant.person.platforms) {
        const summary = entry(handle.platform);
        if (!counted.has(summary.key)) {
          counted.add(summary.key);
          summary.people[plant.person.circle] += 1;
          summary.people.total += 1;
          summary.members.push(plant);
        }
        const place = handle.community?.trim();
        if (place && !met.has(`${summary.key}\u0000${place.toLowerCase()}`)) {
          met.add(`${summary.key}\u0000${place.toLowerCase()}`);
          community(summary.key, place).people += 1;
        }
      }
    }
    if (plant.kind === 'source' && plant.source) {
      const guess = plant.source.url ? inferSource(plant.source.url) : null;
      const name = plant.source.platform ?? guess?.platform ?? null;
      if (name === null) continue;
      const summary = entry(name);
      summary.sources += 1;
      summary.members.push(plant);
      if (guess?.community && platformKey(guess.platform ?? '') === summary.key) community(summary.key, guess.community).sources += 1;
    }
  }
  for (const summary of byKey.values()) {
    summary.communities = [...(communities.get(summary.key)?.values() ?? [])].sort((a, b) => b.people + b.sources - (a.people + a.sources) || a.name.localeCompare(b.name));
    summary.members.sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  }
  return [...byKey.values()].sort((a, b) => b.people.total + b.sources - (a.people.total + a.sources) || a.label.localeCompare(b.label));
}
