/**
 * Viewpoint diversity, against confirmation bias (FORMATS.md § Diversity): per topic (tag),
 * the sources under it grouped by platform, kind and sharer. A topic is flagged when one
 * group holds over 70% of at least 5 sources (exactly 70% is not flagged).
 *
 * Decisions:
 * - Topics compare without case and without a leading '#'; the name shown is the first
 *   spelling met. A source tagged `reading/phonics` also counts under `reading` (as an
 *   Obsidian tag search for `reading` finds it); a source counts once per topic.
 * - Sources without a platform or a sharer are counted in the group 'unknown', and so are
 *   sources of kind 'other' in their kind group; these groups are never flagged, since not
 *   knowing where five sources came from is not evidence that they came from one place.
 *   The share is still taken over all the topic's sources. (A platform or sharer written
 *   as "unknown" is the same group.)
 * - Sharers are told apart by link target, ignoring case: "[[Maya Chen]]", "[[Maya Chen|Maya]]"
 *   and "Maya Chen" are one sharer, shown as "Maya Chen".
 * - When several groups pass the threshold the largest share is flagged; on a tie,
 *   platform before kind before sharer.
 * - Topics come out with the most sources first, then by name.
 */
import type { GardenPath, SourceFields } from './types';

export type DiversityDimension = 'platform' | 'kind' | 'sharer';

export interface TopicDiversity {
  tag: string;
  sourceCount: number;
  byPlatform: Record<string, number>;
  byKind: Record<string, number>;
  bySharer: Record<string, number>;
  flagged: null | { dimension: DiversityDimension; group: string; share: number };
}

export interface DiversityOptions {
  /** A topic needs at least this many sources to be flagged (5). */
  minSources: number;
  /** One group must hold more than this share of them (0.7). */
  maxShare: number;
}

export const DEFAULT_DIVERSITY_OPTIONS: DiversityOptions = Object.freeze({ minSources: 5, maxShare: 0.7 });

export const UNKNOWN_GROUP = 'unknown';

interface DiversitySource { path: GardenPath; tags: readonly string[]; source: SourceFields }

interface Group { name: string; count: number }

class Tally {
  private readonly groups = new Map<string, Group>();

  add(key: string, name: string): void {
    const group = this.groups.get(key);
    if (group) group.count += 1;
    else this.groups.set(key, { name, count: 1 });
  }

  record(): Record<string, number> {
    return Object.fromEntries([...this.groups.values()].map((group) => [group.name, group.count]));
  }

  entries(): Group[] {
    return [...this.groups.values()];
  }
}

interface Topic {
  tag: string;
  paths: Set<GardenPath>;
  platform: Tally;
  kind: Tally;
  sharer: Tally;
}

function normalTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\/+$/, '');
}

/** `reading/phonics/blends` → reading, reading/phonics, reading/phonics/blends (as written). */
function topicsOf(tags: readonly string[]): string[] {
  const topics: string[] = [];
  for (const raw of tags) {
    if (typeof raw !== 'string') continue;
    const parts = normalTag(raw).split('/').filter((part) => part !== '');
    for (let i = 1; i <= parts.length; i += 1) topics.push(parts.slice(0, i).join('/'));
  }
  return topics;
}

/** The person a `shared_by` value names: the wikilink target without alias or heading. */
export function sharerName(sharedBy: string | null): string | null {
  if (sharedBy === null) return null;
  let text = sharedBy.trim();
  const link = /^!?\[\[([^\]]*)\]\]$/.exec(text);
  if (link) text = (link[1] ?? '').split('|')[0]?.split('#')[0]?.trim() ?? '';
  return text === '' ? null : text;
}

function flagOf(topic: Topic, count: number, options: DiversityOptions): TopicDiversity['flagged'] {
  if (count < options.minSources) return null;
  const dimensions: [DiversityDimension, Tally, (name: string) => boolean][] = [
    ['platform', topic.platform, (name) => name !== UNKNOWN_GROUP],
    ['kind', topic.kind, (name) => name !== 'other'],
    ['sharer', topic.sharer, (name) => name.toLowerCase() !== UNKNOWN_GROUP],
  ];
  let flagged: TopicDiversity['flagged'] = null;
  for (const [dimension, tally, counts] of dimensions) {
    for (const group of tally.entries()) {
      if (!counts(group.name)) continue;
      const share = group.count / count;
      if (share > options.maxShare && (flagged === null || share > flagged.share)) {
        flagged = { dimension, group: group.name, share };
      }
    }
  }
  return flagged;
}

export function topicDiversity(
  sources: readonly DiversitySource[], options: Partial<DiversityOptions> = {},
): TopicDiversity[] {
  const settings: DiversityOptions = { ...DEFAULT_DIVERSITY_OPTIONS, ...options };
  const topics = new Map<string, Topic>();
  for (const { path, tags, source } of sources) {
    const platform = source.platform?.trim().toLowerCase() || null;
    const sharer = sharerName(source.sharedBy);
    for (const tag of topicsOf(tags)) {
      const key = tag.toLowerCase();
      let topic = topics.get(key);
      if (!topic) {
        topic = { tag, paths: new Set(), platform: new Tally(), kind: new Tally(), sharer: new Tally() };
        topics.set(key, topic);
      }
      if (topic.paths.has(path)) continue;
      topic.paths.add(path);
      topic.platform.add(platform ?? UNKNOWN_GROUP, platform ?? UNKNOWN_GROUP);
      topic.kind.add(source.kind, source.kind);
      topic.sharer.add(sharer === null ? UNKNOWN_GROUP : sharer.toLowerCase(), sharer ?? UNKNOWN_GROUP);
    }
  }
  const result: TopicDiversity[] = [];
  for (const topic of topics.values()) {
    const sourceCount = topic.paths.size;
    result.push({
      tag: topic.tag,
      sourceCount,
      byPlatform: topic.platform.record(),
      byKind: topic.kind.record(),
      bySharer: topic.sharer.record(),
      flagged: flagOf(topic, sourceCount, settings),
    });
  }
  return result.sort((a, b) => b.sourceCount - a.sourceCount || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}
