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
 * since are kept as postings in a Map, and merged into new arrays by `seal()`, which
 * searching calls first. A removal only marks the document dead (its postings are skipped and not counted),
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

const toBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
/** A copy, so the array starts on its own aligned buffer (Node's Buffer pool may not). */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const nonDecreasing = (a: Uint32Array): boolean => a.every((v, i) => i === 0 || v >= (a[i - 1] as number));

export class PostingShard {
  /** Slot → path: the sealed documents (dead ones included), then those waiting. */
  private paths: GardenPath[] = [];
  /** Parallel to `paths` (not saved: a loaded document takes its record's hash). */
  private versions: string[] = [];
  /** Slots below this are in the arrays below; the others wait in `pending`. */
  private sealedSlots = 0;
  /**
   * Sealed slots in the order of their paths, to find a document by binary search: 2 bytes
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
  /** Field lengths of sealed slot d at [d·F, d·F + F). */
  private lengths = new Uint32Array(0);
  private avg: number[] = [0, 0, 0, 0];
  /** dead[d] = 1 for a removed slot (sealed or waiting). */
  private dead: Uint8Array | null = null;
  private deadSealed = 0;
  private deadPending = 0;
  /**
   * Documents added since the last seal, as postings: term → per field [slot, count, …].
   * Built as each document is added (the build yields between documents), so sealing is
   * only a sort and a copy, not a long block of the main thread.
   */
  private pending = new Map<string, number[][]>();
  private pendingLengths: number[] = [];

  /** Live documents. */
  get documentCount(): number {
    return this.paths.length - this.deadSealed - this.deadPending;
  }

  /** Slots of the sealed arrays (score arrays are this long). */
  get slots(): number {
    return this.sealedSlots;
  }

  get termCount(): number {
    return this.termStarts.length - 1;
  }

  add(doc: ContentDoc): void {
    const slot = this.paths.length;
    this.paths.push(doc.id);
    this.versions.push(doc.version);
    for (let f = 0; f < F; f += 1) {
      const tokens = splitWords(doc[FIELDS[f] as (typeof FIELDS)[number]]);
      // A field's length is its number of distinct words as written (MiniSearch's rule, kept for the same ranking).
      this.pendingLengths.push(new Set(tokens).size);
      const counts = new Map<string, number>();
      for (const token of tokens) {
        const term = fold(token);
        if (term && term.length <= MAX_WORD) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      for (const [term, tf] of counts) {
        let fields = this.pending.get(term);
        if (!fields) this.pending.set(term, (fields = [[], [], [], []]));
        (fields[f] as number[]).push(slot, tf);
      }
    }
  }

  /** Marks a document dead; false when it is not here. */
  remove(path: GardenPath): boolean {
    const d = this.localOf(path);
    if (d < 0) return false;
    this.markDead(d);
    return true;
  }

  private markDead(d: number): void {
    if (!this.dead || this.dead.length < this.paths.length) {
      const grown = new Uint8Array(Math.max(this.paths.length, this.sealedSlots + 64));
      if (this.dead) grown.set(this.dead);
      this.dead = grown;
    }
    this.dead[d] = 1;
    if (d >= this.sealedSlots) {
      this.deadPending += 1;
      return;
    }
    this.deadSealed += 1;
    // The averages without it, as MiniSearch updated them on a discard.
    const live = this.sealedSlots - this.deadSealed + 1;
    for (let f = 0; f < F; f += 1) this.avg[f] = live === 1 ? 0 : ((this.avg[f] as number) * live - (this.lengths[d * F + f] as number)) / (live - 1);
  }

  has(path: GardenPath): boolean {
    return this.localOf(path) >= 0;
  }

  /** The version indexed of a live document. */
  versionOf(path: GardenPath): string | undefined {
    const d = this.localOf(path);
    return d >= 0 ? this.versions[d] : undefined;
  }

  /** Live documents as [path, version], in slot order. */
  live(): [GardenPath, string][] {
    const out: [GardenPath, string][] = [];
    this.paths.forEach((p, d) => {
      if (!this.isDead(d)) out.push([p, this.versions[d] as string]);
    });
    return out;
  }

  /** The live slot of `path`, or -1: binary search over the sealed, a scan of those waiting. */
  private localOf(path: GardenPath): number {
    let lo = 0;
    let hi = this.byPath.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = this.byPath[mid] as number;
      const p = this.paths[d] as GardenPath;
      if (p === path) {
        if (!this.isDead(d)) return d;
        break;
      }
      if (p < path) lo = mid + 1;
      else hi = mid;
    }
    for (let d = this.sealedSlots; d < this.paths.length; d += 1) if (this.paths[d] === path && !this.isDead(d)) return d;
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

  /**
   * Merges the waiting documents into the sealed arrays, dropping the dead; without waiting
   * documents only when the dead are many or `vacuum` says (saving does, so the saved
   * averages are those of the saved documents).
   */
  seal(vacuum = false): void {
    const waiting = this.paths.length > this.sealedSlots;
    if (!waiting && !(this.deadSealed > 0 && (vacuum || this.deadSealed > this.sealedSlots * DEAD_SHARE))) return;
    const renumber = new Int32Array(this.paths.length).fill(-1);
    const paths: GardenPath[] = [];
    const versions: string[] = [];
    const lengths: number[] = [];
    for (let d = 0; d < this.paths.length; d += 1) {
      if (this.isDead(d)) continue;
      renumber[d] = paths.length;
      paths.push(this.paths[d] as GardenPath);
      versions.push(this.versions[d] as string);
      for (let f = 0; f < F; f += 1) lengths.push(d < this.sealedSlots ? (this.lengths[d * F + f] as number) : (this.pendingLengths[(d - this.sealedSlots) * F + f] as number));
    }
    const added = [...this.pending.keys()].sort();
    let bound = this.docs.length;
    for (const fields of this.pending.values()) for (const l of fields) bound += l.length >> 1;
    const termCap = this.termCount + added.length;
    const terms: string[] = [];
    const termStarts = new Uint32Array(termCap + 1);
    const starts = new Uint32Array(termCap * F + 1);
    const docs = paths.length > 0x10000 ? new Uint32Array(bound) : new Uint16Array(bound);
    const tfs = new Uint8Array(bound);
    const bigTfs = new Map<number, number>();
    let at = 0;
    const put = (d: number, tf: number) => {
      docs[at] = d;
      tfs[at] = Math.min(tf, BIG_TF);
      if (tf >= BIG_TF) bigTfs.set(at, tf);
      at += 1;
    };
    // The sealed terms and the waiting ones, both sorted, merged in order.
    let t = 0;
    let a = 0;
    while (t < this.termCount || a < added.length) {
      const order = t >= this.termCount ? 1 : a >= added.length ? -1 : this.compareTerm(t, added[a] as string);
      const term = order <= 0 ? this.term(t) : (added[a] as string);
      const old = order <= 0 ? t++ : -1;
      const fresh = order >= 0 ? this.pending.get(added[a++] as string) : undefined;
      const first = at;
      const row = terms.length;
      for (let f = 0; f < F; f += 1) {
        starts[row * F + f] = at;
        if (old >= 0) {
          const end = this.starts[old * F + f + 1] as number;
          for (let i = this.starts[old * F + f] as number; i < end; i += 1) {
            const d = renumber[this.docs[i] as number] as number;
            if (d >= 0) put(d, this.tf(i));
          }
        }
        const l = fresh?.[f];
        if (l) {
          for (let i = 0; i < l.length; i += 2) {
            const d = renumber[l[i] as number] as number;
            if (d >= 0) put(d, l[i + 1] as number);
          }
        }
      }
      if (at === first) continue; // every document with it is gone
      terms.push(term);
      termStarts[row + 1] = (termStarts[row] as number) + term.length;
    }
    starts[terms.length * F] = at;
    // Averages built up one document at a time, in order, exactly as MiniSearch did (same floats).
    const avg = [0, 0, 0, 0];
    for (let d = 0; d < paths.length; d += 1) for (let f = 0; f < F; f += 1) avg[f] = ((avg[f] as number) * d + (lengths[d * F + f] as number)) / (d + 1);
    Object.assign(this, {
      paths,
      versions,
      sealedSlots: paths.length,
      lexicon: terms.join(''),
      termStarts: termStarts.slice(0, terms.length + 1),
      starts: starts.slice(0, terms.length * F + 1),
      docs: docs.slice(0, at),
      tfs: tfs.slice(0, at),
      bigTfs,
      lengths: Uint32Array.from(lengths),
      avg,
      dead: null,
      deadSealed: 0,
      deadPending: 0,
      pending: new Map(),
      pendingLengths: [],
    });
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
    const n = this.sealedSlots - this.deadSealed;
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
      tfs.length === docs.length && lengths.length === paths.length * F && docs.every((d) => d < paths.length) &&
      nonDecreasing(termStarts) && nonDecreasing(starts);
    if (!fits) throw new Error('a search cache shard that does not fit together');
    const versions = paths.map((p) => versionOf(p) ?? '');
    Object.assign(shard, { paths, versions, sealedSlots: paths.length, lexicon, termStarts, avg, starts, docs, tfs, lengths, bigTfs: new Map(saved.bigTfs) });
    shard.sortByPath();
    versions.forEach((v, d) => {
      if (v === '') shard.markDead(d);
    });
    return shard;
  }
}
