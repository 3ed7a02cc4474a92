/**
 * The search query language: free text plus filters, all of which must hold.
 *   tag:reading   the plant has the tag or one nested below it (reading/phonics); also `#reading`
 *   kind:person   note, person, source or goal (plurals too); several kinds: any of them
 *   path:notes/   the path starts with this (case- and accent-insensitive); several: any
 * A value with spaces is quoted: path:"my notes/". Several tags must all be there.
 */
import { GardenError } from '../../../shared/api';
import { PLANT_KINDS, type GardenPath, type PlantKind } from '../../../shared/types';
import type { PlantRecord } from '../file-record';
import { fold, foldedWords } from './fold';

export interface ParsedQuery {
  /** The free text, filters taken out. */
  text: string;
  /** Its folded words. */
  words: string[];
  tags: string[];
  kinds: PlantKind[];
  paths: string[];
}

/** A filter (`key:value` or `key:"a value"`), a `#tag`, or a plain piece of text. */
const PIECE = /(?:^|\s)(?:(tag|kind|path):(?:"([^"]*)"?|(\S*))|#([^\s#]+))(?=\s|$)/giu;

const KIND_NAMES: Record<string, PlantKind> = {
  ...Object.fromEntries(PLANT_KINDS.map((k) => [k, k])),
  notes: 'note', people: 'person', persons: 'person', sources: 'source', goals: 'goal',
};

export function parseQuery(query: string): ParsedQuery {
  const tags: string[] = [];
  const kinds: PlantKind[] = [];
  const paths: string[] = [];
  const text = query.replace(PIECE, (_all, key: string | undefined, quoted: string | undefined, bare: string | undefined, hashTag: string | undefined) => {
    if (hashTag !== undefined) {
      tags.push(normaliseTag(hashTag));
      return ' ';
    }
    const name = (key as string).toLowerCase();
    const value = (quoted ?? bare ?? '').trim();
    if (!value) throw new GardenError('bad-input', `"${name}:" needs a value, for example ${name === 'tag' ? 'tag:reading' : name === 'kind' ? 'kind:person' : 'path:notes/'}.`);
    if (name === 'tag') tags.push(normaliseTag(value));
    else if (name === 'kind') {
      const kind = KIND_NAMES[value.toLowerCase()];
      if (!kind) throw new GardenError('bad-input', `"kind:${value}" is not a kind; use note, person, source or goal.`);
      if (!kinds.includes(kind)) kinds.push(kind);
    } else paths.push(normalisePath(value));
    return ' ';
  });
  const free = text.replace(/\s+/g, ' ').trim();
  return { text: free, words: foldedWords(free), tags: tags.filter(Boolean), kinds, paths };
}

function normaliseTag(tag: string): string {
  return fold(tag.replace(/^#+/, '').replace(/\/+$/, ''));
}

function normalisePath(value: string): string {
  return fold(value.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, ''));
}

export const hasFilters = (q: ParsedQuery): boolean => q.tags.length > 0 || q.kinds.length > 0 || q.paths.length > 0;

/** Whether a plant passes every filter of the query. */
export function passesFilters(record: PlantRecord, q: ParsedQuery): boolean {
  if (q.kinds.length > 0 && !q.kinds.includes(record.kind)) return false;
  if (q.paths.length > 0) {
    const path = fold(record.path);
    if (!q.paths.some((p) => path.startsWith(p))) return false;
  }
  if (q.tags.length > 0) {
    const own = record.tags.map((t) => fold(t.replace(/^#+/, '')));
    if (!q.tags.every((wanted) => own.some((t) => t === wanted || t.startsWith(`${wanted}/`)))) return false;
  }
  return true;
}

/** The plants that pass the filters (null when the query has none: every plant passes). */
export function allowedPaths(records: Iterable<PlantRecord>, q: ParsedQuery): Set<GardenPath> | null {
  if (!hasFilters(q)) return null;
  const allowed = new Set<GardenPath>();
  for (const record of records) if (passesFilters(record, q)) allowed.add(record.path);
  return allowed;
}
