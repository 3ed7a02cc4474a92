/**
 * A person's page, as data: their interaction log as a timeline (newest first; a date after
 * today is marked, as the health model does not count it yet), the plants linked with them
 * (both ways, from the core's resolved links), and the sources whose `shared_by` is them.
 */
import type { GardenSnapshot, OutgoingLink, PlantSummary } from '../../../../shared/api';
import { daysBetween } from '../../../../shared/dates';
import { aboutTargets } from '../../../../shared/suggest';
import type { GardenPath, Interaction, IsoDate } from '../../../../shared/types';
import { indexOutgoing } from '../../markdown/resolve-target';

export interface TimelineEntry {
  interaction: Interaction;
  daysAgo: number;
  future: boolean;
  /** What `about` links to, resolved as the core resolved the note's links. */
  about: { label: string; path: GardenPath | null }[];
}

/** "[[Target#Part|shown]]" → what to show and the target to look up. */
function aboutLinkParts(written: string): { label: string; target: string } {
  const inner = /^!?\[\[([^\]]*)\]\]$/.exec(written.trim())?.[1] ?? written;
  const [target = '', alias] = inner.split('|');
  return { label: (alias ?? target.split('#')[0] ?? target).trim(), target: target.trim() };
}

export function timeline(interactions: readonly Interaction[], outgoing: readonly OutgoingLink[], today: IsoDate): TimelineEntry[] {
  const resolve = indexOutgoing(outgoing);
  return interactions
    .map((interaction, order) => ({ interaction, order }))
    .sort((a, b) => b.interaction.date.localeCompare(a.interaction.date) || a.order - b.order)
    .map(({ interaction }) => {
      const daysAgo = daysBetween(interaction.date, today);
      const about = interaction.about
        ? aboutTargets(interaction.about).map((written) => {
            const { label, target } = aboutLinkParts(written);
            return { label, path: resolve(target) };
          })
        : [];
      return { interaction, daysAgo, future: daysAgo < 0, about };
    });
}

export interface PersonSurroundings {
  linked: PlantSummary[];
  shared: PlantSummary[];
}

export function personSurroundings(snapshot: GardenSnapshot, person: string): PersonSurroundings {
  const byPath = new Map(snapshot.plants.map((p) => [p.path as string, p]));
  const shared = snapshot.plants.filter((p) => p.kind === 'source' && p.sharedByPath === person).sort((a, b) => a.title.localeCompare(b.title));
  const sharedPaths = new Set(shared.map((p) => p.path as string));
  const linked = new Map<string, PlantSummary>();
  for (const { from, to } of snapshot.links) {
    const other = from === person ? to : to === person ? from : null;
    if (other === null || other === person || sharedPaths.has(other)) continue;
    const plant = byPath.get(other);
    if (plant) linked.set(other, plant);
  }
  const order = { note: 0, goal: 1, source: 2, person: 3 } as const;
  return { linked: [...linked.values()].sort((a, b) => order[a.kind] - order[b.kind] || a.title.localeCompare(b.title)), shared };
}
