/**
 * The full-text index over each plant's title (boosted), aliases, tags and body: shards of
 * compact postings (posting-shard.ts) scored with BM25, as MiniSearch scored them before.
 *
 * WHY SHARDS. Scoring costs the length of the posting lists a query touches: in the bench's
 * generated garden every body word is in ~80% of the notes. So the documents are split
 * into shards of SHARD_SIZE, newest first (by modification time), and a query walks the
 * shards in that order and stops once it has enough hits. A word that is in thousands of
 * notes then costs one shard; a rare word still visits every shard, cheaply. Scores are
 * BM25 with each shard's own statistics (as Elasticsearch does per shard).
 *
 * Several words must all match (AND). In each shard the word with the shortest postings is
 * scored first, and each next word only on the documents that had all words before it.
 *
 * Typing rules: the last word is also a prefix (from 2 characters). Typo tolerance is a
 * second pass, only when the exact pass leaves room: a 4-letter word within one edit of a
 * common one ("zone" → "note", "done") would otherwise pull in half the garden, slowly and
 * wrongly. Then words of 4+ characters allow 1 edit, of 7+ two (Levenshtein: a swap of two
 * letters counts 2). A word's score adds its exact term (weight 1), the terms it is a
 * prefix of (0.375 · len / (len + 0.3 · extra letters)) and its near misses
 * (0.45 · len / (len + edits)); a document's score is the sum over the words times their
 * number: MiniSearch's weights, so ranking did not change with the index.
 */
import type { GardenPath } from '../../../shared/types';
import { allowedEdits, boundedLevenshtein } from './edit-distance';
import { PostingShard, type ContentDoc, type SavedShard } from './posting-shard';

export { FIELDS, type ContentDoc } from './posting-shard';

export interface ContentHit {
  path: GardenPath;
  score: number;
  /** The indexed words that matched (after prefix and typo expansion), folded. */
  terms: string[];
}

export const SHARD_SIZE = 4096;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** One word of a query as it is looked up: exact, also as a prefix, within some edits. */
interface WordSpec {
  word: string;
  prefix: boolean;
  edits: number;
}

/** The terms of one shard that a word matches, each with its weight. */
interface Expansion {
  terms: number[];
  weights: number[];
  /** Postings to score: which word goes first. */
  cost: number;
}

interface ShardHit {
  shard: PostingShard;
  doc: number;
  score: number;
  expansions: Expansion[];
}

function expand(shard: PostingShard, { word, prefix, edits }: WordSpec): Expansion {
  const out: Expansion = { terms: [], weights: [], cost: 0 };
  const push = (t: number, weight: number) => {
    out.terms.push(t);
    out.weights.push(weight);
    out.cost += shard.postingCount(t);
  };
  const first = shard.lowerBound(word);
  const count = shard.termCount;
  if (first < count && shard.term(first) === word) push(first, 1);
  if (prefix) {
    for (let t = first; t < count && shard.termStartsWith(t, word); t += 1) {
      const length = shard.termLength(t);
      if (length > word.length) push(t, (PREFIX_WEIGHT * length) / (length + 0.3 * (length - word.length)));
    }
  }
  if (edits > 0) {
    for (let t = 0; t < count; t += 1) {
      const length = shard.termLength(t);
      // Not the word itself, nor (for the last word) a term already counted as a prefix match.
      if (Math.abs(length - word.length) > edits || (shard.termStartsWith(t, word) && (prefix || length === word.length))) continue;
      const distance = boundedLevenshtein(word, shard.term(t), edits);
      if (distance <= edits) push(t, (FUZZY_WEIGHT * length) / (length + distance));
    }
  }
  return out;
}

/** The documents of one shard that match every word, with their scores. */
function searchShard(shard: PostingShard, specs: WordSpec[], specOf: number[], quality: number, accept?: (path: GardenPath) => boolean): ShardHit[] {
  const expansions = specs.map((spec) => expand(shard, spec));
  if (expansions.some((e) => e.terms.length === 0)) return [];
  const n = shard.slots;
  // 0: not decided, 1: has every word scored so far (and is accepted), 2: out.
  const gate = new Uint8Array(n);
  const scores: Float64Array[] = [];
  const order = expansions.map((_, i) => i).sort((a, b) => (expansions[a] as Expansion).cost - (expansions[b] as Expansion).cost);
  for (const i of order) {
    const { terms, weights } = expansions[i] as Expansion;
    const s = new Float64Array(n);
    for (let k = 0; k < terms.length; k += 1) shard.score(terms[k] as number, weights[k] as number, s, gate, accept);
    let any = false;
    // A BM25 score is never 0, so 0 means the word is not in the document.
    for (let d = 0; d < n; d += 1) {
      if (s[d] === 0) gate[d] = 2;
      else any = true;
    }
    if (!any) return [];
    scores[i] = s;
  }
  const hits: ShardHit[] = [];
  for (let d = 0; d < n; d += 1) {
    if (gate[d] !== 1) continue;
    // Summed in the query's order (as MiniSearch's AND did), then times the number of distinct words.
    let total = 0;
    for (const i of specOf) total += (scores[i] as Float64Array)[d] as number;
    hits.push({ shard, doc: d, score: total * quality, expansions });
  }
  return hits;
}

function matchedTerms({ shard, doc, expansions }: ShardHit): string[] {
  const terms = new Set<string>();
  for (const { terms: ts } of expansions) for (const t of ts) if (shard.contains(t, doc)) terms.add(shard.term(t));
  return [...terms];
}

export class ContentIndex {
  /** Newest first. */
  private shards: PostingShard[] = [];
  /** The front shard that takes changed and new files, once one exists. */
  private hot: PostingShard | null = null;

  constructor(private readonly shardSize = SHARD_SIZE) {}

  get documentCount(): number {
    return this.shards.reduce((n, s) => n + s.documentCount, 0);
  }

  get shardCount(): number {
    return this.shards.length;
  }

  has(path: GardenPath): boolean {
    return this.shardOf(path) !== undefined;
  }

  /** The version of a document as indexed (its ContentDoc's). */
  versionOf(path: GardenPath): string | undefined {
    return this.shardOf(path)?.versionOf(path);
  }

  /** Every path indexed, at once (for a bulk check: `has` looks through the shards). */
  paths(): Set<GardenPath> {
    return new Set(this.shards.flatMap((s) => s.live().map(([p]) => p)));
  }

  private shardOf(path: GardenPath): PostingShard | undefined {
    return this.shards.find((s) => s.has(path));
  }

  /** Adds a document older than those already added (the first build goes newest to oldest). */
  appendOlder(doc: ContentDoc): void {
    let last = this.shards[this.shards.length - 1];
    if (!last || last === this.hot || last.documentCount >= this.shardSize) {
      if (last && last !== this.hot) last.seal(); // full: compact it now, not at the first query
      last = new PostingShard();
      this.shards.push(last);
    }
    last.add(doc);
  }

  /** Adds or replaces a document that just changed: it goes to the front. */
  upsertNewest(doc: ContentDoc): void {
    this.remove(doc.id);
    this.addNewest(doc);
  }

  /** Adds a document not indexed yet at the front (no look for an older version). */
  addNewest(doc: ContentDoc): void {
    if (!this.hot || this.hot.documentCount >= this.shardSize) {
      this.hot?.seal();
      this.hot = new PostingShard();
      this.shards.unshift(this.hot);
    }
    this.hot.add(doc);
  }

  /** Compacts every shard with waiting changes (searching does it too; this frees the build's scratch at once). */
  seal(): void {
    for (const shard of this.shards) shard.seal();
  }

  clear(): void {
    this.shards = [];
    this.hot = null;
  }

  remove(path: GardenPath): boolean {
    const shard = this.shardOf(path);
    if (!shard) return false;
    shard.remove(path);
    if (shard.documentCount === 0 && shard !== this.hot) this.shards.splice(this.shards.indexOf(shard), 1);
    return true;
  }

  /**
   * The best hits for folded `words`, walking the shards newest first until `needed` hits
   * are found (all shards when fewer exist). `accept` keeps documents out before scoring;
   * `typos` allows near misses (see above).
   */
  search(words: readonly string[], needed: number, accept?: (path: GardenPath) => boolean, typos = false): ContentHit[] {
    if (words.length === 0 || needed <= 0) return [];
    const specs: WordSpec[] = [];
    const keys = new Map<string, number>();
    const specOf = words.map((word, i) => {
      const spec: WordSpec = { word, prefix: i === words.length - 1 && word.length >= 2, edits: typos ? allowedEdits(word.length) : 0 };
      const key = `${spec.prefix ? 'p' : 'w'}${spec.edits}:${word}`;
      let at = keys.get(key);
      if (at === undefined) keys.set(key, (at = specs.push(spec) - 1));
      return at;
    });
    const quality = new Set(words).size;
    const hits: ShardHit[] = [];
    for (const shard of this.shards) {
      shard.seal();
      hits.push(...searchShard(shard, specs, specOf, quality, accept));
      if (hits.length >= needed) break;
    }
    const pathOf = (h: ShardHit) => h.shard.path(h.doc);
    return hits
      .sort((a, b) => b.score - a.score || (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0))
      .slice(0, needed)
      .map((h) => ({ path: pathOf(h), score: h.score, terms: matchedTerms(h) }));
  }

  // ---- saving and loading (the search cache) --------------------------------------------------

  /** Each shard as the cache saves it with its documents' versions, newest first, one at a time (the caller may yield between). */
  *savedShards(): Generator<{ saved: SavedShard; versions: Map<GardenPath, string> }> {
    for (const shard of [...this.shards]) {
      if (shard.documentCount > 0) yield { saved: shard.toSaved(), versions: new Map(shard.live()) };
    }
  }

  /**
   * Appends a saved shard (older than those already loaded). A document takes the version
   * `versionOf` gives it; without one it is left out (so must be one already indexed: a
   * path is in one shard only). Returns how many were kept.
   */
  appendSaved(saved: SavedShard, versionOf: (path: GardenPath) => string | undefined): number {
    const shard = PostingShard.fromSaved(saved, versionOf);
    if (shard.documentCount > 0) this.shards.push(shard);
    return shard.documentCount;
  }
}
