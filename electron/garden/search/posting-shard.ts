/**
 * One shard of the full-text index: an inverted index kept in a few flat typed arrays.
 *
 * WHY NOT MINISEARCH. MiniSearch keeps a radix tree of Maps, and under each term a Map per
 * field of Maps from document to count: about 3 kB of heap per note here, 5× the notes
 * themselves. The same postings fit in ~3 bytes each: per term and field a range of
 * document numbers (Uint16 while a shard has at most 65,536 slots) and counts (Uint8, the
 * rare count above 254 kept aside), ranges found by a sorted term list. The terms are one
 * string with offsets (a string per term cost ~30 bytes of header and padding each).
 * Scores are MiniSearch's BM25 with the same parameters and field lengths, so hits did
 * not change.
 *
 * A shard is sealed (compact and searchable) or has additions waiting: documents added
 * since are kept analysed, and merged into new arrays by `seal()`, which searching calls
 * first. A removal only marks the document dead (its postings are skipped and not counted),
 * so editing an old note does not rebuild its shard; the dead are dropped at the next merge,
 * or when they are many.
 */
import type { GardenPath } from '../../../shared/types';
import { fold, MAX_WORD, splitWords } from './fold';

export const FIELDS = ['title', 'aliases', 'tags', 'body'] as const;
const F = FIELDS.length;
/** Per field, in FIELDS order: a title word counts 3× a body word. */
const FIELD_BOOST = [3, 2, 1.5, 1] as const;
/** BM25 parameters (MiniSearch's defaults, which ranked search until now). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Counts of 255 and more are kept in a Map beside the Uint8Array. */
const BIG_TF = 255;
/** Dead documents beyond this share of a shard are dropped by the next search. */
const DEAD_SHARE = 0.125;

export interface ContentDoc {
  id: GardenPath;
  /** The version indexed (the file's hash), so a change can be told from a re-report. */
  version: string;
  title: string;
  aliases: string;
  tags: string;
  body: string;
}

/** A document waiting to be merged: its folded terms and counts per field, and field lengths. */
interface Analysed {
  path: GardenPath;
  version: string;
  lengths: number[];
  counts: Map<string, number>[];
}

/** A sealed shard as the search cache stores it (typed arrays as base64). */
export interface SavedShard {
  paths: GardenPath[];
  /** The terms, joined (see `termStarts`). */
  lexicon: string;
  termStarts: string;
  avg: number[];
  starts: string;
  docs: string;
  wide: boolean;
  tfs: string;
  bigTfs: [number, number][];
  lengths: string;
}

function analyse(doc: ContentDoc): Analysed {
  const lengths: number[] = [];
  const counts: Map<string, number>[] = [];
  for (const field of FIELDS) {
    const tokens = splitWords(doc[field]);
    // A field's length is its number of distinct words as written (MiniSearch's rule, kept for the same ranking).
    lengths.push(new Set(tokens).size);
    const count = new Map<string, number>();
    for (const token of tokens) {
      const term = fold(token);
      if (term && term.length <= MAX_WORD) count.set(term, (count.get(term) ?? 0) + 1);
    }
    counts.push(count);
  }
  return { path: doc.id, version: doc.version, lengths, counts };
}

const toBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
/** A copy, so the array starts on its own aligned buffer (Node's Buffer pool may not). */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export class PostingShard {
  /** Local document number → path (sealed documents, dead ones included). */
  private paths: GardenPath[] = [];
  /** Parallel to `paths` (not saved: a loaded document takes its record's hash). */
  private versions: string[] = [];
  /**
   * Local numbers in the order of their paths, to find a document by binary search: 2 bytes
   * a document where a Map from path to shard cost ~40 (0.45 MB at 10k notes).
   */
  private byPath: Uint16Array | Uint32Array = new Uint16Array(0);
  /** Term t is lexicon[termStarts[t], termStarts[t + 1]); terms sorted by UTF-16 code units. */
  private lexicon = '';
  private termStarts = new Uint32Array(1);
  /** Postings of term t in field f: [starts[t·F + f], starts[t·F + f + 1]). */
  private starts = new Uint32Array(1);
  private docs: Uint16Array | Uint32Array = new Uint16Array(0);
  private tfs = new Uint8Array(0);
  private bigTfs = new Map<number, number>();
  /** Field lengths of document d at [d·F, d·F + F). */
  private lengths = new Uint32Array(0);
  private avg: number[] = [0, 0, 0, 0];
  private dead: Uint8Array | null = null;
  private deadCount = 0;
  private added: Analysed[] = [];

  /** Live documents. */
  get documentCount(): number {
    return this.paths.length - this.deadCount + this.added.length;
  }

  /** Local document numbers in use (scores arrays are this long). */
  get slots(): number {
    return this.paths.length;
  }

  get termCount(): number {
    return this.termStarts.length - 1;
  }

  add(doc: ContentDoc): void {
    this.added.push(analyse(doc));
  }

  /** Marks a document dead (sealed) or drops it (waiting); false when it is not here. */
  remove(path: GardenPath): boolean {
    const waiting = this.added.findIndex((a) => a.path === path);
    if (waiting >= 0) {
      this.added.splice(waiting, 1);
      return true;
    }
    const d = this.localOf(path);
    if (d < 0) return false;
    this.markDead(d);
    return true;
  }

  private markDead(d: number): void {
    this.dead ??= new Uint8Array(this.paths.length);
    this.dead[d] = 1;
    this.deadCount += 1;
    // The averages without it, as MiniSearch updated them on a discard.
    const live = this.paths.length - this.deadCount + 1;
    for (let f = 0; f < F; f += 1) this.avg[f] = live === 1 ? 0 : ((this.avg[f] as number) * live - (this.lengths[d * F + f] as number)) / (live - 1);
  }

  has(path: GardenPath): boolean {
    return this.versionOf(path) !== undefined;
  }

  /** The version indexed of a live document. */
  versionOf(path: GardenPath): string | undefined {
    const d = this.localOf(path);
    return d >= 0 ? this.versions[d] : this.added.find((a) => a.path === path)?.version;
  }

  /** Live documents as [path, version], sealed first. */
  live(): [GardenPath, string][] {
    const out: [GardenPath, string][] = [];
    this.paths.forEach((p, d) => {
      if (!this.isDead(d)) out.push([p, this.versions[d] as string]);
    });
    for (const a of this.added) out.push([a.path, a.version]);
    return out;
  }

  private localOf(path: GardenPath): number {
    let lo = 0;
    let hi = this.byPath.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = this.byPath[mid] as number;
      const p = this.paths[d] as GardenPath;
      if (p === path) return this.isDead(d) ? -1 : d;
      if (p < path) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private sortByPath(): void {
    const order = Array.from(this.paths.keys()).sort((a, b) => {
      const pa = this.paths[a] as GardenPath;
      const pb = this.paths[b] as GardenPath;
      return pa < pb ? -1 : pa > pb ? 1 : 0;
    });
    this.byPath = this.paths.length > 0x10000 ? Uint32Array.from(order) : Uint16Array.from(order);
  }

  isDead(d: number): boolean {
    return this.dead !== null && this.dead[d] === 1;
  }

  /** Merges waiting documents, and drops the dead when there is a merge anyway, when they are many, or when `vacuum` says. */
  seal(vacuum = false): void {
    vacuum = this.deadCount > 0 && (vacuum || this.added.length > 0 || this.deadCount > this.paths.length * DEAD_SHARE);
    if (this.added.length === 0 && !vacuum) return;
    const merged = new Map<string, number[][]>();
    const list = (term: string, f: number): number[] => {
      let fields = merged.get(term);
      if (!fields) merged.set(term, (fields = [[], [], [], []]));
      return fields[f] as number[];
    };
    const renumber = new Int32Array(this.paths.length).fill(-1);
    const paths: GardenPath[] = [];
    const versions: string[] = [];
    const lengths: number[] = [];
    for (let d = 0; d < this.paths.length; d += 1) {
      if (this.isDead(d)) continue;
      renumber[d] = paths.length;
      paths.push(this.paths[d] as GardenPath);
      versions.push(this.versions[d] as string);
      for (let f = 0; f < F; f += 1) lengths.push(this.lengths[d * F + f] as number);
    }
    for (let t = 0; t < this.termCount; t += 1) {
      const term = this.term(t);
      for (let f = 0; f < F; f += 1) {
        const end = this.starts[t * F + f + 1] as number;
        let out: number[] | null = null;
        for (let i = this.starts[t * F + f] as number; i < end; i += 1) {
          const d = renumber[this.docs[i] as number] as number;
          if (d < 0) continue;
          out ??= list(term, f);
          out.push(d, this.tf(i));
        }
      }
    }
    for (const doc of this.added) {
      const d = paths.length;
      paths.push(doc.path);
      versions.push(doc.version);
      lengths.push(...doc.lengths);
      doc.counts.forEach((counts, f) => {
        for (const [term, tf] of counts) list(term, f).push(d, tf);
      });
    }
    this.write(paths, versions, lengths, merged);
  }

  private write(paths: GardenPath[], versions: string[], lengths: number[], merged: Map<string, number[][]>): void {
    const terms = [...merged.keys()].sort();
    const termStarts = new Uint32Array(terms.length + 1);
    terms.forEach((term, t) => (termStarts[t + 1] = (termStarts[t] as number) + term.length));
    let total = 0;
    for (const fields of merged.values()) for (const l of fields) total += l.length >> 1;
    const starts = new Uint32Array(terms.length * F + 1);
    const docs = paths.length > 0x10000 ? new Uint32Array(total) : new Uint16Array(total);
    const tfs = new Uint8Array(total);
    const bigTfs = new Map<number, number>();
    let at = 0;
    terms.forEach((term, t) => {
      const fields = merged.get(term) as number[][];
      for (let f = 0; f < F; f += 1) {
        starts[t * F + f] = at;
        const l = fields[f] as number[];
        for (let i = 0; i < l.length; i += 2, at += 1) {
          docs[at] = l[i] as number;
          const tf = l[i + 1] as number;
          tfs[at] = Math.min(tf, BIG_TF);
          if (tf >= BIG_TF) bigTfs.set(at, tf);
        }
      }
    });
    starts[terms.length * F] = at;
    // Averages built up one document at a time, in order, exactly as MiniSearch did (same floats).
    const avg = [0, 0, 0, 0];
    for (let d = 0; d < paths.length; d += 1) for (let f = 0; f < F; f += 1) avg[f] = ((avg[f] as number) * d + (lengths[d * F + f] as number)) / (d + 1);
    const lexicon = terms.join('');
    Object.assign(this, { paths, versions, lexicon, termStarts, starts, docs, tfs, bigTfs, lengths: Uint32Array.from(lengths), avg, dead: null, deadCount: 0, added: [] });
    this.sortByPath();
  }

  private tf(i: number): number {
    const tf = this.tfs[i] as number;
    return tf === BIG_TF ? (this.bigTfs.get(i) ?? tf) : tf;
  }

  // ---- looking terms up (a sealed shard) ------------------------------------------------------

  term(t: number): string {
    return this.lexicon.slice(this.termStarts[t], this.termStarts[t + 1]);
  }

  termLength(t: number): number {
    return (this.termStarts[t + 1] as number) - (this.termStarts[t] as number);
  }

  /** Whether term t starts with `word` (compared in place: no string made). */
  termStartsWith(t: number, word: string): boolean {
    const start = this.termStarts[t] as number;
    if (this.termLength(t) < word.length) return false;
    for (let i = 0; i < word.length; i += 1) if (this.lexicon.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
    return true;
  }

  /** The first term ≥ `word`, by UTF-16 code units (the order `sort()` gave them). */
  lowerBound(word: string): number {
    let lo = 0;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareTerm(mid, word) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private compareTerm(t: number, word: string): number {
    const start = this.termStarts[t] as number;
    const length = this.termLength(t);
    const n = Math.min(length, word.length);
    for (let i = 0; i < n; i += 1) {
      const diff = this.lexicon.charCodeAt(start + i) - word.charCodeAt(i);
      if (diff !== 0) return diff;
    }
    return length - word.length;
  }

  /** Postings of term t in every field (dead included): what scoring it costs. */
  postingCount(t: number): number {
    return (this.starts[t * F + F] as number) - (this.starts[t * F] as number);
  }

  path(d: number): GardenPath {
    return this.paths[d] as GardenPath;
  }

  /**
   * Adds `weight` × BM25 of term t, per field with its boost, to `scores` of every document
   * that `gate` allows. gate[d]: 0 = not decided yet (then `accept` decides, and is asked
   * once), 1 = allowed, 2 = refused.
   */
  score(t: number, weight: number, scores: Float64Array, gate: Uint8Array, accept?: (path: GardenPath) => boolean): void {
    const n = this.paths.length - this.deadCount;
    for (let f = 0; f < F; f += 1) {
      const start = this.starts[t * F + f] as number;
      const end = this.starts[t * F + f + 1] as number;
      if (start === end) continue;
      let matching = end - start;
      if (this.dead) for (let i = start; i < end; i += 1) matching -= this.dead[this.docs[i] as number] as number;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const avg = this.avg[f] as number;
      const boost = weight * (FIELD_BOOST[f] as number);
      for (let i = start; i < end; i += 1) {
        const d = this.docs[i] as number;
        let g = gate[d] as number;
        if (g === 0) {
          g = this.isDead(d) || (accept !== undefined && !accept(this.paths[d] as GardenPath)) ? 2 : 1;
          gate[d] = g;
        }
        if (g !== 1) continue;
        const tf = this.tf(i);
        const length = this.lengths[d * F + f] as number;
        scores[d] = (scores[d] as number) + boost * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg))));
      }
    }
  }

  /** Whether document d has term t in some field. */
  contains(t: number, d: number): boolean {
    for (let f = 0; f < F; f += 1) {
      let lo = this.starts[t * F + f] as number;
      let hi = this.starts[t * F + f + 1] as number;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = this.docs[mid] as number;
        if (m === d) return true;
        if (m < d) lo = mid + 1;
        else hi = mid;
      }
    }
    return false;
  }

  // ---- the search cache ----------------------------------------------------------------------

  /** Sealed, without dead documents (so the saved averages are those of the saved documents). */
  toSaved(): SavedShard {
    this.seal(true);
    return {
      paths: this.paths,
      lexicon: this.lexicon,
      termStarts: toBase64(this.termStarts),
      avg: this.avg,
      starts: toBase64(this.starts),
      docs: toBase64(this.docs),
      wide: this.docs instanceof Uint32Array,
      tfs: toBase64(this.tfs),
      bigTfs: [...this.bigTfs],
      lengths: toBase64(this.lengths),
    };
  }

  /**
   * A shard from the search cache, each document with the version `versionOf` gives it
   * (none: it is marked dead); throws when the saved arrays do not fit together.
   */
  static fromSaved(saved: SavedShard, versionOf: (path: GardenPath) => string | undefined): PostingShard {
    const shard = new PostingShard();
    const { paths, lexicon, avg } = saved;
    const termStarts = new Uint32Array(fromBase64(saved.termStarts));
    const terms = termStarts.length - 1;
    const starts = new Uint32Array(fromBase64(saved.starts));
    const docs = saved.wide ? new Uint32Array(fromBase64(saved.docs)) : new Uint16Array(fromBase64(saved.docs));
    const tfs = new Uint8Array(fromBase64(saved.tfs));
    const lengths = new Uint32Array(fromBase64(saved.lengths));
    const fits =
      Array.isArray(paths) && typeof lexicon === 'string' && Array.isArray(avg) && avg.length === F &&
      terms >= 0 && termStarts[terms] === lexicon.length &&
      starts.length === terms * F + 1 && starts[terms * F] === docs.length &&
      tfs.length === docs.length && lengths.length === paths.length * F && docs.every((d) => d < paths.length);
    if (!fits) throw new Error('a search cache shard that does not fit together');
    const versions = paths.map((p) => versionOf(p) ?? '');
    Object.assign(shard, { paths, versions, lexicon, termStarts, avg, starts, docs, tfs, lengths, bigTfs: new Map(saved.bigTfs) });
    shard.sortByPath();
    versions.forEach((v, d) => {
      if (v === '') shard.markDead(d);
    });
    return shard;
  }
}
