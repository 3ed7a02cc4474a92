/**
 * The figures of `pln stats` (a stable interface, see the README):
 * - notes/people/sources/goals: `.md` files of each kind;
 * - links: distinct ordered pairs of two different `.md` files joined by a resolved link
 *   of any form (wikilink, embed, markdown link, link in frontmatter);
 * - unresolved: distinct targets matching no file, compared without case (a link to an
 *   existing attachment is resolved, and not counted in `links`);
 * - orphans: notes with no resolved link to or from another `.md`;
 * - tags: distinct tags without case, from body and frontmatter.
 */
import type { GardenIndex } from './garden-index';

export interface GardenStats {
  notes: number;
  people: number;
  sources: number;
  goals: number;
  links: number;
  unresolved: number;
  orphans: number;
  tags: number;
}

export function gardenStats(index: GardenIndex): GardenStats {
  const stats: GardenStats = { notes: 0, people: 0, sources: 0, goals: 0, links: 0, unresolved: 0, orphans: 0, tags: 0 };
  const tags = new Set<string>();
  for (const record of index.records.values()) {
    if (record.kind === 'note') stats.notes += 1;
    else if (record.kind === 'person') stats.people += 1;
    else if (record.kind === 'source') stats.sources += 1;
    else stats.goals += 1;
    for (const tag of record.tags) tags.add(tag.toLowerCase());
    const { out, in: incoming } = index.plantNeighbours(record.path);
    stats.links += out.length;
    if (record.kind === 'note' && out.length === 0 && incoming.length === 0) stats.orphans += 1;
  }
  stats.tags = tags.size;
  stats.unresolved = index.seeds().length;
  return stats;
}
