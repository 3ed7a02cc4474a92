/**
 * Completion over names: titles, aliases and file names, from the index records alone (no
 * file is read), for `[[` completion, the quick switcher and the name matches of search.
 *
 * THE RANKING (each plant is placed by its best match; `q` is the typed text, folded, and
 * matching ignores case, accents and punctuation):
 *   0. exact title        the title's words are q's words
 *   1. title prefix       the title starts with q          (q ending on a whole word first)
 *   2. words of the title every word of q starts a word of the title, in any order
 *                                                          (all whole words first)
 *   3. another name       an alias (reported with the match), else the file name, or the
 *                         path when q has a `/`: exact, then prefix, then words, as above
 *   4. near miss          every word of q is within 1 edit (4–6 letters; 2 from 7 letters,
 *                         none below 4) of the start of a word of the plant's names; fewest
 *                         edits first. Only looked for when the kinds above leave room.
 * Ties: the shorter title first, then the title A–Z, then the path.
 *
 * Cost: one pass over the plants with `startsWith`/`indexOf` on precomputed folded word
 * lines (no allocation per plant), keeping only the best `limit` (no sort of every match).
 * The near-miss pass works the edit distance out once per distinct word (memoised).
 */
import type { Completion } from '../../../shared/api';
import type { GardenPath, PlantKind } from '../../../shared/types';
import type { PlantRecord } from '../file-record';
import { allowedEdits, prefixDistance } from './edit-distance';
import { fold, foldedWords, wordLine } from './fold';

interface OtherName {
  /** The alias as written; null for the file name. */
  alias: string | null;
  /** Its folded words, joined and surrounded by single spaces (" like this "). */
  spaced: string;
}

interface NameEntry {
  path: GardenPath;
  kind: PlantKind;
  title: string;
  /** The title's folded words, joined and surrounded by single spaces (" like this "). */
  spaced: string;
  /** Aliases, then the file name when it differs from the title. */
  others: OtherName[] | null;
  /**
   * Folded path without `.md`, for queries with a `/`: made at the first such query, not
   * for every plant up front (0.5 MB at 10k plants, for a rarely typed kind of query).
   */
  pathKey: string | null;
}

export const MatchClass = { ExactTitle: 0, TitlePrefix: 1, TitleWords: 2, OtherName: 3, NearMiss: 4 } as const;
export type MatchClass = (typeof MatchClass)[keyof typeof MatchClass];

export interface NameMatch extends Completion {
  matchClass: MatchClass;
  /** Order within the class (see lineMatch; edits for near misses). */
  sub: number;
  /** Words of the plant's names that matched, folded (for highlighting). */
  matchedWords: string[];
}

export interface MatchOptions {
  /** Only plants this accepts (search filters). */
  accept?: (path: GardenPath) => boolean;
  /** Look for near misses when the better kinds leave room (default true). */
  nearMisses?: boolean;
}

interface Candidate {
  entry: NameEntry;
  matchClass: MatchClass;
  sub: number;
  alias: string | null;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.matchClass - b.matchClass ||
    a.sub - b.sub ||
    a.entry.title.length - b.entry.title.length ||
    compareText(a.entry.spaced, b.entry.spaced) ||
    compareText(a.entry.path, b.entry.path)
  );
}

/**
 * How a name matches the query. `spaced` is the name's folded words with a space before,
 * between and after them; `spacedQuery` the same for the query. Returns
 * 0 exact; 1/2 prefix ending on a whole word / inside one; 3/4 every word starts a word
 * (all whole words / not); -1 no match. No allocation: this runs once per plant per keystroke.
 */
export function lineMatch(spaced: string, spacedQuery: string, queryWords: readonly string[]): number {
  if (spaced === spacedQuery) return 0;
  // " note 12 " against " note 123 x ": a prefix if all but the query's last space starts the name.
  if (spaced.startsWith(spacedQuery)) return 1;
  if (spaced.length > spacedQuery.length && spaced.startsWith(spacedQuery.slice(0, -1))) return 2;
  let whole = true;
  for (const w of queryWords) {
    const at = spaced.indexOf(w);
    if (at < 0) return -1;
    if (!hasWordAt(spaced, w, true)) {
      if (!hasWordAt(spaced, w, false)) return -1;
      whole = false;
    }
  }
  return whole ? 3 : 4;
}

/** Whether `word` starts a word of `spaced` (and, if `whole`, is that whole word). */
function hasWordAt(spaced: string, word: string, whole: boolean): boolean {
  for (let at = spaced.indexOf(word); at >= 0; at = spaced.indexOf(word, at + 1)) {
    if (spaced.charCodeAt(at - 1) === 32 && (!whole || spaced.charCodeAt(at + word.length) === 32)) return true;
  }
  return false;
}

/** Best `limit` items, without sorting everything: a small sorted array. */
class TopK<T> {
  readonly items: T[] = [];
  constructor(private readonly limit: number, private readonly better: (a: T, b: T) => number) {}
  get full(): boolean {
    return this.items.length >= this.limit;
  }
  offer(item: T): void {
    const items = this.items;
    if (items.length >= this.limit && this.better(item, items[items.length - 1] as T) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.better(item, items[mid] as T) < 0) hi = mid;
      else lo = mid + 1;
    }
    items.splice(lo, 0, item);
    if (items.length > this.limit) items.pop();
  }
}

function stemOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}

const spacedLine = (text: string): string => {
  const line = wordLine(text);
  return line ? ` ${line} ` : '';
};

/** Calls `each` with every word of a spaced line (no array made). */
function forEachWord(spaced: string, each: (word: string) => boolean | void): void {
  let start = 1;
  while (start < spaced.length) {
    const end = spaced.indexOf(' ', start);
    if (each(spaced.slice(start, end)) === false) return;
    start = end + 1;
  }
}

export class NameIndex {
  private readonly entries = new Map<GardenPath, NameEntry>();
  /** Word → plant(s) whose names have it, for near misses (null until first needed). */
  private words: Map<string, GardenPath | GardenPath[]> | null = null;

  constructor(records: Iterable<PlantRecord> = []) {
    for (const record of records) this.upsert(record);
  }

  get size(): number {
    return this.entries.size;
  }

  upsert(record: PlantRecord): void {
    const spaced = spacedLine(record.title);
    const others: OtherName[] = [];
    for (const alias of record.aliases) {
      const aliasLine = spacedLine(alias);
      if (aliasLine && aliasLine !== spaced && !others.some((o) => o.spaced === aliasLine)) others.push({ alias, spaced: aliasLine });
    }
    const stemLine = spacedLine(stemOf(record.path));
    if (stemLine && stemLine !== spaced && !others.some((o) => o.spaced === stemLine)) others.push({ alias: null, spaced: stemLine });
    const entry: NameEntry = { path: record.path, kind: record.kind, title: record.title, spaced, others: others.length ? others : null, pathKey: null };
    this.remove(record.path);
    this.entries.set(record.path, entry);
    this.indexWords(entry, true);
  }

  remove(path: GardenPath): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.indexWords(entry, false);
    this.entries.delete(path);
  }

  /** The best `limit` plants for the typed text, best first. An empty text lists plants A–Z. */
  match(typed: string, limit: number, options: MatchOptions = {}): NameMatch[] {
    const { accept } = options;
    const queryWords = foldedWords(typed);
    const spacedQuery = queryWords.length ? ` ${queryWords.join(' ')} ` : '';
    const pathQuery = typed.includes('/') ? fold(typed.trim().replace(/\\/g, '/').replace(/^\/+/, '').replace(/\.md$/i, '')) : '';

    if (!spacedQuery && !pathQuery) {
      const az = new TopK<Candidate>(limit, (a, b) => compareText(a.entry.spaced, b.entry.spaced) || compareText(a.entry.path, b.entry.path));
      for (const entry of this.entries.values()) {
        if (!accept || accept(entry.path)) az.offer({ entry, matchClass: MatchClass.TitleWords, sub: 0, alias: null });
      }
      return az.items.map((c) => this.toMatch(c, []));
    }

    const top = new TopK<Candidate>(limit, compareCandidates);
    for (const entry of this.entries.values()) {
      if (accept && !accept(entry.path)) continue;
      const candidate = this.bestByName(entry, spacedQuery, queryWords, pathQuery);
      if (candidate) top.offer(candidate);
    }
    if (options.nearMisses !== false && !top.full) this.addNearMisses(queryWords, spacedQuery, pathQuery, top, accept);
    return top.items.map((c) => this.toMatch(c, queryWords));
  }

  /** Only the near misses (search asks for them after the text matches), leaving out `exclude`. */
  nearMisses(typed: string, limit: number, options: MatchOptions & { exclude?: ReadonlySet<GardenPath> } = {}): NameMatch[] {
    const queryWords = foldedWords(typed);
    const spacedQuery = queryWords.length ? ` ${queryWords.join(' ')} ` : '';
    const top = new TopK<Candidate>(limit, compareCandidates);
    const { exclude, accept } = options;
    this.addNearMisses(queryWords, spacedQuery, '', top, exclude ? (p) => !exclude.has(p) && (!accept || accept(p)) : accept);
    return top.items.map((c) => this.toMatch(c, queryWords));
  }

  private bestByName(entry: NameEntry, spacedQuery: string, queryWords: readonly string[], pathQuery: string): Candidate | null {
    if (spacedQuery) {
      const title = lineMatch(entry.spaced, spacedQuery, queryWords);
      if (title >= 0) {
        const matchClass = title === 0 ? MatchClass.ExactTitle : title <= 2 ? MatchClass.TitlePrefix : MatchClass.TitleWords;
        return { entry, matchClass, sub: title === 0 ? 0 : (title + 1) % 2, alias: null };
      }
    }
    let best: Candidate | null = null;
    if (spacedQuery && entry.others) {
      for (const other of entry.others) {
        const how = lineMatch(other.spaced, spacedQuery, queryWords);
        if (how >= 0 && (!best || how < best.sub)) best = { entry, matchClass: MatchClass.OtherName, sub: how, alias: other.alias };
      }
    }
    if (pathQuery) {
      const key = (entry.pathKey ??= fold(entry.path.toLowerCase().endsWith('.md') ? entry.path.slice(0, -3) : entry.path));
      const how = key === pathQuery ? 0 : key.startsWith(pathQuery) ? 2 : -1;
      if (how >= 0 && (!best || how < best.sub)) best = { entry, matchClass: MatchClass.OtherName, sub: how, alias: null };
    }
    return best;
  }

  /**
   * Plants where every typed word is within its allowed edits of the start of a word of the
   * plant's names (title, aliases, file name), and that match no better way. Each distinct
   * word of the garden's names is measured once against each typed word; the plants of the
   * typed word with the fewest are then checked for the others.
   */
  private addNearMisses(queryWords: readonly string[], spacedQuery: string, pathQuery: string, top: TopK<Candidate>, accept?: (path: GardenPath) => boolean): void {
    if (queryWords.length === 0 || !queryWords.some((w) => allowedEdits(w.length) > 0)) return;
    const vocabulary = this.vocabulary();
    const near = queryWords.map((typed) => {
      const max = allowedEdits(typed.length);
      const words = new Map<string, number>();
      let plants = 0;
      for (const [word, paths] of vocabulary) {
        const d = prefixDistance(typed, word, max);
        if (d <= max) {
          words.set(word, d);
          plants += typeof paths === 'string' ? 1 : paths.length;
        }
      }
      return { words, plants };
    });
    const driver = near.reduce((a, b) => (b.plants < a.plants ? b : a));
    const seen = new Set<GardenPath>();
    const best = new Array<number>(queryWords.length);
    const visit = (word: string): void => {
      for (let k = 0; k < near.length; k += 1) {
        const d = (near[k] as (typeof near)[number]).words.get(word);
        if (d !== undefined && d < (best[k] as number)) best[k] = d;
      }
    };
    for (const word of driver.words.keys()) {
      const paths = vocabulary.get(word) as GardenPath | GardenPath[];
      for (const p of typeof paths === 'string' ? [paths] : paths) {
        if (seen.has(p) || (accept && !accept(p))) continue;
        seen.add(p);
        const entry = this.entries.get(p);
        if (!entry) continue;
        best.fill(Infinity);
        forEachWord(entry.spaced, visit);
        if (entry.others) for (const other of entry.others) forEachWord(other.spaced, visit);
        let total = 0;
        for (const d of best) total += d;
        if (total === Infinity || this.bestByName(entry, spacedQuery, queryWords, pathQuery)) continue;
        top.offer({ entry, matchClass: MatchClass.NearMiss, sub: total, alias: this.nearAlias(entry, queryWords) });
      }
    }
  }

  /** Every word of every name → the plant(s) with it; made on the first near-miss search, then kept current. */
  private vocabulary(): Map<string, GardenPath | GardenPath[]> {
    if (!this.words) {
      this.words = new Map();
      for (const entry of this.entries.values()) this.indexWords(entry, true);
    }
    return this.words;
  }

  private indexWords(entry: NameEntry, add: boolean): void {
    const words = this.words;
    if (!words) return;
    const each = (word: string) => {
      const paths = words.get(word);
      if (add) {
        if (paths === undefined) words.set(word, entry.path);
        else if (typeof paths === 'string') {
          if (paths !== entry.path) words.set(word, [paths, entry.path]);
        } else if (!paths.includes(entry.path)) paths.push(entry.path);
      } else if (paths === entry.path) words.delete(word);
      else if (Array.isArray(paths)) {
        const i = paths.indexOf(entry.path);
        if (i >= 0) paths.splice(i, 1);
        if (paths.length === 1) words.set(word, paths[0] as GardenPath);
      }
    };
    forEachWord(entry.spaced, each);
    for (const other of entry.others ?? []) forEachWord(other.spaced, each);
  }

  /** For a near miss: the alias to show when the title alone does not hold every typed word. */
  private nearAlias(entry: NameEntry, queryWords: readonly string[]): string | null {
    if (!entry.others) return null;
    const covers = (spaced: string) =>
      queryWords.every((q) => {
        let found = false;
        forEachWord(spaced, (w) => !(found = prefixDistance(q, w, allowedEdits(q.length)) <= allowedEdits(q.length)));
        return found;
      });
    if (covers(entry.spaced)) return null;
    return entry.others.find((o) => o.alias !== null && covers(o.spaced))?.alias ?? null;
  }

  private toMatch(c: Candidate, queryWords: readonly string[]): NameMatch {
    const { entry } = c;
    const name = c.alias !== null ? (entry.others?.find((o) => o.alias === c.alias)?.spaced ?? entry.spaced) : entry.spaced;
    const matchedWords: string[] = [];
    forEachWord(name, (word) => {
      if (queryWords.some((q) => prefixDistance(q, word, allowedEdits(q.length)) <= allowedEdits(q.length))) matchedWords.push(word);
    });
    return {
      path: entry.path,
      kind: entry.kind,
      title: entry.title,
      ...(c.alias !== null ? { alias: c.alias } : {}),
      matchClass: c.matchClass,
      sub: c.sub,
      matchedWords,
    };
  }
}
