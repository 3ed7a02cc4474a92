/**
 * The diversity lens (against confirmation bias): per topic, where its sources come from
 * (shared/diversity.ts does the counting and the flag: one group over 70% of at least 5
 * sources), and for a flagged topic a *bridge*: people and sources outside the dominant
 * group who share the topic, so the user knows where another view could come from.
 *
 * Bridges, best first: people tagged with the topic who are not in the group (not on that
 * platform, not that sharer; for a kind, any such person), the better tended first; then
 * sources under the topic from outside the group still to read or being read (reading them
 * is how the balance shifts), newest first. At most `limit`.
 */
import type { GardenSnapshot, PlantSummary } from '../api';
import { sharerName, topicDiversity, type DiversityOptions, type TopicDiversity } from '../diversity';
import type { GardenPath } from '../types';
import { platformKey } from './platforms';
import { hasTag } from './query';

export interface Bridge {
  path: GardenPath;
  title: string;
  kind: 'person' | 'source';
  why: string;
}

export interface TopicLens extends TopicDiversity {
  bridges: Bridge[];
}

function normal(tags: readonly string[]): string[] {
  return tags.map((t) => t.trim().replace(/^#+/, '').replace(/\/+$/, '').toLowerCase()).filter(Boolean);
}

function outsideGroup(plant: PlantSummary, flag: NonNullable<TopicDiversity['flagged']>): boolean {
  const group = flag.group.toLowerCase();
  if (plant.kind === 'person') {
    if (flag.dimension === 'platform') return !(plant.person?.platforms ?? []).some((h) => platformKey(h.platform ?? '') === platformKey(group));
    if (flag.dimension === 'sharer') return plant.title.toLowerCase() !== group && (plant.person?.name ?? '').toLowerCase() !== group;
    return true;
  }
  const source = plant.source;
  if (!source) return false;
  if (flag.dimension === 'platform') return (source.platform?.trim().toLowerCase() ?? '') !== group;
  if (flag.dimension === 'kind') return source.kind !== group;
  return (sharerName(source.sharedBy)?.toLowerCase() ?? '') !== group;
}

export function bridgesFor(snapshot: GardenSnapshot, topic: TopicDiversity, limit = 5): Bridge[] {
  const flag = topic.flagged;
  if (!flag) return [];
  const tag = topic.tag.toLowerCase();
  const people = snapshot.plants
    .filter((p) => p.kind === 'person' && hasTag(normal(p.tags), tag) && outsideGroup(p, flag))
    .sort((a, b) => b.health.vitality - a.health.vitality || a.title.localeCompare(b.title));
  const unread = snapshot.plants
    .filter((p) => p.kind === 'source' && (p.source?.status === 'to-read' || p.source?.status === 'reading') && hasTag(normal(p.tags), tag) && outsideGroup(p, flag))
    .sort((a, b) => String(b.source?.added ?? b.created ?? b.modified).localeCompare(String(a.source?.added ?? a.created ?? a.modified)) || a.title.localeCompare(b.title));
  const where = flag.dimension === 'platform' ? `not on ${flag.group}` : flag.dimension === 'sharer' ? `not from ${flag.group}` : `not a ${flag.group}`;
  return [
    ...people.map((p): Bridge => ({ path: p.path, title: p.title, kind: 'person', why: `Also follows ${topic.tag}, ${flag.dimension === 'kind' ? 'and may know other kinds of source' : where}.` })),
    ...unread.map((p): Bridge => ({ path: p.path, title: p.title, kind: 'source', why: `Still to read, ${where}.` })),
  ].slice(0, limit);
}

/** Every topic with sources, most sources first; flagged ones carry their bridges. */
export function diversityLens(snapshot: GardenSnapshot, options: Partial<DiversityOptions> = {}): TopicLens[] {
  const sources = snapshot.plants.flatMap((p) => (p.kind === 'source' && p.source ? [{ path: p.path, tags: p.tags, source: p.source }] : []));
  return topicDiversity(sources, options).map((topic) => ({ ...topic, bridges: bridgesFor(snapshot, topic) }));
}
