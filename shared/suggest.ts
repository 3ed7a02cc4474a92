/**
 * A reason to reconnect (FORMATS.md § Suggestion): for a neglected person, sources or notes
 * that share a tag with them and that you have not given them yet, newest first.
 *
 * Decisions:
 * - Tags compare without case and without a leading '#'. A candidate tagged with a nested
 *   tag matches a person tagged with any of its parents, as Obsidian's tag search does:
 *   a person tagged `reading` gets `reading/phonics`. Not the other way round: a person
 *   tagged `reading/phonics` is not offered everything tagged `reading`.
 * - "Already given" means an interaction whose `about` resolves to the plant with direction
 *   `gave` or `mutual` (in a mutual exchange you gave too). Also left out: plants that
 *   person gave you (`received` about it); they have it already.
 * - `about` may hold several wikilinks ("[[A]] and [[B]]"): each is resolved on its own,
 *   passed to `resolveAbout` as "[[Target]]"; text without a wikilink is resolved whole.
 * - Newest is the `created` date, else `modified`; ties go to the later `modified`, then
 *   title, then path, so the order is stable.
 * - Only notes and sources are offered; a path listed twice is offered once.
 */
import type { GardenPath, Interaction, IsoDate, PlantKind } from './types';

export interface SuggestCandidate {
  path: GardenPath;
  kind: PlantKind;
  title: string;
  tags: readonly string[];
  modified: IsoDate;
  created: IsoDate | null;
}

export const DEFAULT_SUGGESTION_LIMIT = 5;

const WIKILINK = /!?\[\[([^\]\n]+?)\]\]/g;

function normalTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\/+$/, '').toLowerCase();
}

/** True when `tag` is `interest` or nested under it (`reading/phonics` under `reading`). */
function tagMatches(tag: string, interest: string): boolean {
  return tag === interest || tag.startsWith(`${interest}/`);
}

/** The raw `about` values an interaction mentions, one per wikilink. */
export function aboutTargets(about: string): string[] {
  const links = [...about.matchAll(WIKILINK)].map((match) => `[[${match[1] ?? ''}]]`);
  if (links.length > 0) return links;
  const trimmed = about.trim();
  return trimmed === '' ? [] : [trimmed];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newestFirst(a: SuggestCandidate, b: SuggestCandidate): number {
  return (
    compareText(b.created ?? b.modified, a.created ?? a.modified) ||
    compareText(b.modified, a.modified) ||
    compareText(a.title, b.title) ||
    compareText(a.path, b.path)
  );
}

export function suggestGift(
  person: { tags: readonly string[]; interactions: readonly Interaction[] },
  candidates: readonly SuggestCandidate[],
  resolveAbout: (about: string) => GardenPath | null,
  limit: number = DEFAULT_SUGGESTION_LIMIT,
): SuggestCandidate[] {
  const count = Number.isNaN(limit) ? DEFAULT_SUGGESTION_LIMIT : Math.floor(limit);
  if (count <= 0) return [];
  const interests = person.tags.map(normalTag).filter((tag) => tag !== '');
  if (interests.length === 0) return [];

  const alreadyShared = new Set<GardenPath>();
  for (const interaction of person.interactions) {
    if (typeof interaction.about !== 'string') continue;
    for (const target of aboutTargets(interaction.about)) {
      const path = resolveAbout(target);
      if (path !== null) alreadyShared.add(path);
    }
  }

  const seen = new Set<GardenPath>();
  const matches: SuggestCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.kind !== 'note' && candidate.kind !== 'source') continue;
    if (seen.has(candidate.path) || alreadyShared.has(candidate.path)) continue;
    const tags = candidate.tags.map(normalTag);
    if (!tags.some((tag) => interests.some((interest) => tagMatches(tag, interest)))) continue;
    seen.add(candidate.path);
    matches.push(candidate);
  }
  return matches.sort(newestFirst).slice(0, count);
}
