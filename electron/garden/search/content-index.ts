/**
 * The full-text index: MiniSearch over each plant's title (boosted), aliases, tags and body.
 *
 * WHY SHARDS. MiniSearch scores every document listed under a query term, about 1–2 µs
 * each here. Its cost is the length of those lists, not fuzzy matching: in the bench's
 * generated garden every body word is in ~80% of the notes, so one common word at 50k notes
 * means ~45k documents scored, ≈ 100 ms, typo or not. So the documents are split into
 * shards of SHARD_SIZE, newest first (by modification time), each its own MiniSearch, and a
 * query walks the shards in that order and stops once it has enough hits. A word that is in
 * thousands of notes then costs one shard; a rare word still visits every shard, cheaply.
 * Scores are BM25 with each shard's own statistics (as Elasticsearch does per shard).
 *
 * Several words must all match (AND). In a multi-word query the rarest word (counted in the
 * largest shard) is looked up first in each shard; a shard without it is skipped, and the
 * other words are scored only on the documents that have it. MiniSearch lets a document be
 * skipped before scoring through `boostDocument` returning 0, which is also how filters and
 * name matches already shown are kept out.
 *
 * Typing rules: the last word is also a prefix (from 2 characters). Typo tolerance is a
 * second pass, only when the exact pass leaves room: a 4-letter word within one edit of a
 * common one ("zone" → "note", "done") would otherwise pull in half the garden, slowly and
 * wrongly. Then words of 4+ characters allow 1 edit, of 7+ two (MiniSearch's fuzzy is
 * Levenshtein: a swap of two letters counts 2).
 */
import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchOptions } from 'minisearch';
import type { GardenPath } from '../../../shared/types';
import { allowedEdits } from './edit-distance';
import { fold, MAX_WORD, splitWords } from './fold';

export interface ContentDoc {
  id: GardenPath;
  title: string;
  aliases: string;
  tags: string;
  body: string;
}

export interface ContentHit {
  path: GardenPath;
  score: number;
  /** The indexed words that matched (after prefix and typo expansion), folded. */
  terms: string[];
}

export const SHARD_SIZE = 4096;
/** A first look at one word pays off when it is listed for fewer documents than this share. */
const SELECTIVE = 0.25;
/** Thrown from inside MiniSearch's scan to stop counting a word (nothing is left half-done there: it only reads). */
const MORE_COMMON = Symbol('more common than the best word so far');
export const FIELDS = ['title', 'aliases', 'tags', 'body'] as const;

/** Same options for every shard, and for loading a saved one (MiniSearch requires it). */
export const MINISEARCH_OPTIONS: Options<ContentDoc> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: splitWords,
  processTerm: (term) => {
    const folded = fold(term);
    return folded && folded.length <= MAX_WORD ? folded : null;
  },
  searchOptions: {
    combineWith: 'AND',
    boost: { title: 3, aliases: 2, tags: 1.5 },
    maxFuzzy: 2,
  },
};

/** The MiniSearch query for folded words: AND, last word a prefix, typo tolerance if asked. */
export function queryFor(words: readonly string[], typos: boolean): Query {
  const last = words.length - 1;
  return { combineWith: 'AND', queries: words.map((word, i) => wordQuery(word, i === last, typos)) };
}

function wordQuery(word: string, isLast: boolean, typos: boolean): Query {
  const edits = typos ? allowedEdits(word.length) : 0;
  return { queries: [word], prefix: isLast && word.length >= 2, fuzzy: edits > 0 ? edits : false };
}

type Shard = MiniSearch<ContentDoc>;

export class ContentIndex {
  /** Newest first. */
  private shards: Shard[] = [];
  /** The front shard that takes changed and new files, once one exists. */
  private hot: Shard | null = null;

  constructor(private readonly shardSize = SHARD_SIZE) {}

  get documentCount(): number {
    return this.shards.reduce((n, s) => n + s.documentCount, 0);
  }

  get shardCount(): number {
    return this.shards.length;
  }

  has(path: GardenPath): boolean {
    return this.shards.some((s) => s.has(path));
  }

  /** Adds a document older than those already added (the first build goes newest to oldest). */
  appendOlder(doc: ContentDoc): void {
    let last = this.shards[this.shards.length - 1];
    if (!last || last === this.hot || last.documentCount >= this.shardSize) {
      last = new MiniSearch(MINISEARCH_OPTIONS);
      this.shards.push(last);
    }
    last.add(doc);
  }

  /** Adds or replaces a document that just changed: it goes to the front. */
  upsertNewest(doc: ContentDoc): void {
    this.remove(doc.id);
    if (!this.hot || this.hot.documentCount >= this.shardSize) {
      this.hot = new MiniSearch(MINISEARCH_OPTIONS);
      this.shards.unshift(this.hot);
    }
    this.hot.add(doc);
  }

  clear(): void {
    this.shards = [];
    this.hot = null;
  }

  remove(path: GardenPath): boolean {
    const index = this.shards.findIndex((s) => s.has(path));
    if (index < 0) return false;
    const shard = this.shards[index] as Shard;
    shard.discard(path);
    if (shard.documentCount === 0 && shard !== this.hot) this.shards.splice(index, 1);
    return true;
  }

  /**
   * The best hits for folded `words`, walking the shards newest first until `needed` hits
   * are found (all shards when fewer exist). `accept` keeps documents out before scoring;
   * `typos` allows near misses (see above).
   */
  search(words: readonly string[], needed: number, accept?: (path: GardenPath) => boolean, typos = false): ContentHit[] {
    if (words.length === 0 || needed <= 0) return [];
    const query = queryFor(words, typos);
    const last = words[words.length - 1];
    const rarest = words.length > 1 ? this.selectiveWord(words, typos) : null;
    const hits: ContentHit[] = [];
    for (const shard of this.shards) {
      let allow = accept;
      if (rarest !== null) {
        // Documents of this shard with the rarest word: the only ones that can match them all.
        const options: SearchOptions = accept ? { boostDocument: (id: GardenPath) => (accept(id) ? 1 : 0) } : {};
        const first = shard.search(wordQuery(rarest, rarest === last, typos), options);
        if (first.length === 0) continue;
        const candidates = new Set<GardenPath>(first.map((r) => r.id as GardenPath));
        allow = (id) => candidates.has(id);
      }
      const options: SearchOptions = allow ? { boostDocument: (id: GardenPath) => (allow(id) ? 1 : 0) } : {};
      for (const r of shard.search(query, options)) hits.push({ path: r.id as GardenPath, score: r.score, terms: r.terms });
      if (hits.length >= needed) break;
    }
    return hits.sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).slice(0, needed);
  }

  /**
   * The word listed under the fewest documents, counted (not scored) in up to three shards
   * spread from newest to oldest, when it is selective enough to be worth a first look in
   * each shard; null when even it is everywhere. Counting a word stops as soon as it is
   * more common than the best so far, so a common word costs little once a rare one is known.
   */
  private selectiveWord(words: readonly string[], typos: boolean): string | null {
    const n = this.shards.length;
    if (n === 0) return null;
    const sample = [...new Set([0, n >> 1, n - 1])].map((i) => this.shards[i] as Shard);
    const documents = sample.reduce((sum, shard) => sum + shard.documentCount, 0);
    const last = words[words.length - 1];
    // Likely rare first: longer words, and numbers, tend to be listed for fewer documents.
    const order = [...new Set(words)].sort((a, b) => Number(/^\d+$/.test(b)) - Number(/^\d+$/.test(a)) || b.length - a.length);
    let best: string | null = null;
    let bestCount = Infinity;
    for (const word of order) {
      let count = 0;
      const counter = (): number => {
        count += 1;
        if (count >= bestCount) throw MORE_COMMON;
        return 0;
      };
      try {
        for (const shard of sample) shard.search(wordQuery(word, word === last, typos), { boostDocument: counter });
      } catch (error) {
        if (error !== MORE_COMMON) throw error;
        continue;
      }
      [best, bestCount] = [word, count];
    }
    return bestCount <= documents * SELECTIVE ? best : null;
  }

  // ---- saving and loading (the search cache) --------------------------------------------------

  /** Each shard as MiniSearch's plain object, newest first, one at a time (the caller may yield between). */
  *shardObjects(): Generator<{ shard: AsPlainObject; ids: GardenPath[] }> {
    for (const s of [...this.shards]) {
      const shard = s.toJSON();
      yield { shard, ids: Object.values(shard.documentIds) as GardenPath[] };
    }
  }

  /** Appends a saved shard (older than those already loaded); MiniSearch yields while loading it. */
  async appendSaved(shard: AsPlainObject): Promise<void> {
    const loaded = await MiniSearch.loadJSAsync<ContentDoc>(shard, MINISEARCH_OPTIONS);
    if (loaded.documentCount > 0) this.shards.push(loaded);
  }
}
