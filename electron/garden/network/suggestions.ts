/**
 * A reason to reconnect (shared/suggest.ts) for people of the open garden: the core resolves
 * each interaction's `about` with the garden's own link rules, so "already given" means what
 * the links mean everywhere else. Used by the app (`person.suggest`) and by `pln water`.
 */
import type { Gift } from '../../../shared/api';
import { localIsoDate } from '../../../shared/dates';
import { extractWikilinksFromValue } from '../../../shared/links';
import { suggestGift, type SuggestCandidate } from '../../../shared/suggest';
import type { GardenPath } from '../../../shared/types';
import type { GardenIndex } from '../garden-index';

/** Every note and source, as the suggester compares them. */
export function giftCandidates(index: GardenIndex): SuggestCandidate[] {
  const candidates: SuggestCandidate[] = [];
  for (const record of index.records.values()) {
    if (record.kind !== 'note' && record.kind !== 'source') continue;
    candidates.push({ path: record.path, kind: record.kind, title: record.title, tags: record.tags, modified: localIsoDate(new Date(record.mtimeMs)), created: record.created });
  }
  return candidates;
}

/** Gifts for one person, best first; empty for a path that is not a person. */
export function giftsFor(index: GardenIndex, person: GardenPath, candidates: readonly SuggestCandidate[], limit: number): Gift[] {
  const record = index.records.get(person);
  if (!record?.person) return [];
  const resolveAbout = (about: string): GardenPath | null => {
    const target = extractWikilinksFromValue(about)[0]?.target ?? about.trim();
    return target ? index.resolve(target, person) : null;
  };
  return suggestGift({ tags: record.tags, interactions: record.person.interactions }, candidates, resolveAbout, limit)
    .map(({ path, kind, title }) => ({ path, kind, title }));
}
