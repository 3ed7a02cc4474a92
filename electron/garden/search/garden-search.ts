/**
 * Search for one open garden: completion over names (instant, from the index records) and
 * full-text search (names first, then the full-text index over titles, aliases, tags and bodies).
 *
 * The garden keeps no note text in memory and a reopen from its cache reads no file, so the
 * full-text index is built in the background once search is first needed: files are read
 * synchronously a few milliseconds' worth at a time, yielding to the event loop between
 * slices. A query that arrives before it is ready waits for it (completion never waits).
 * With a search cache (.garden/cache/search.json) only changed files are read again.
 *
 * Every change the garden reports (in-app saves and the watcher alike) updates the names at
 * once and marks the file for the full-text index, which re-reads it soon after in the
 * background, or before the next query, whichever comes first. A file whose hash did not
 * change (say, only its links were re-resolved) is not read again.
 *
 * RANKING OF search.query, in bands, each looked for only while the limit leaves room, and
 * the typo bands only when the exact ones found fewer than FEW hits:
 *   1. names match (completion order: exact title, title prefix, words of the title, alias
 *      or file name)                                     score 700–1000
 *   2. the text matches (BM25, last word a prefix)            score 400–699
 *   3. names match within a typo (completion's near misses)   score 300–399
 *   4. the text matches within a typo                          score 0–299
 * A query made only of filters lists the matching plants A–Z (score 0).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Completion, SearchHit } from '../../../shared/api';
import { splitFrontmatter } from '../../../shared/links';
import type { GardenPath } from '../../../shared/types';
import type { PlantRecord } from '../file-record';
import { decodeText } from '../parse-file';
import { yieldToEventLoop } from '../walk';
import { ContentIndex, SHARD_SIZE, type ContentDoc, type ContentHit } from './content-index';
import { NameIndex, type NameMatch } from './names';
import { allowedPaths, hasFilters, parseQuery } from './query';
import { readSearchCache, writeSearchCache, type SavedDoc, type SavedShard } from './search-cache';
import { buildSnippets, type Snippet, type WordMatcher } from './snippets';

/** What search needs of a garden (the Garden class has it; tests may pass less). */
export interface SearchableGarden {
  readonly root: string;
  readonly index: { readonly records: ReadonlyMap<GardenPath, PlantRecord> };
  subscribe(listener: (changed: GardenPath[], removed: GardenPath[]) => void): () => void;
}

export interface GardenSearchOptions {
  /** Read .garden/cache/search.json if present (default true). */
  useCache?: boolean;
  /** Write it after a build that had to read files (default false: read-only uses leave the garden as found). */
  writeCache?: boolean;
  /** Documents per full-text shard. */
  shardSize?: number;
  /** Milliseconds of reading and indexing between two yields to the event loop. */
  sliceMs?: number;
}

export const DEFAULT_QUERY_LIMIT = 50;
export const DEFAULT_COMPLETE_LIMIT = 20;
/** Typo tolerance is for when the exact passes find fewer hits than this. */
export const FEW = 5;
/** A BM25 score (0 to ∞) squashed into [0, 299) so that each kind of hit keeps its band. */
const squash = (score: number): number => (299 * score) / (score + 10);

export interface BuildReport {
  /** Milliseconds from start() until the full-text index was ready. */
  ms: number;
  filesRead: number;
  /** Documents taken from the search cache unchanged. */
  fromCache: number;
}

export class GardenSearch {
  private readonly names: NameIndex;
  /** Records whose names are not in `names` yet (the Map's live iterator), null once all are. */
  private namesToAdd: Iterator<PlantRecord> | null;
  private readonly content: ContentIndex;
  /** Changed or removed since indexed, waiting for the full-text index. */
  private readonly pending = new Set<GardenPath>();
  private readonly unsubscribe: () => void;
  private building: Promise<void> | null = null;
  private ready = false;
  private flushScheduled = false;
  private disposed = false;
  private report: BuildReport | null = null;

  constructor(private readonly garden: SearchableGarden, private readonly options: GardenSearchOptions = {}) {
    this.names = new NameIndex();
    // Names are read from the records lazily: in slices by start() or a query, at once by a completion.
    this.namesToAdd = garden.index.records.values();
    this.content = new ContentIndex(options.shardSize ?? SHARD_SIZE);
    this.unsubscribe = garden.subscribe((changed, removed) => this.onChange(changed, removed));
  }

  /** Adds the names not added yet, until `deadline` (performance.now()); true when all are in. */
  private addNames(deadline = Infinity): boolean {
    const pending = this.namesToAdd;
    if (!pending) return true;
    for (let n = 0; ; n += 1) {
      if (n % 256 === 255 && performance.now() >= deadline) return false;
      const next = pending.next();
      if (next.done) break;
      this.names.upsert(next.value);
    }
    this.namesToAdd = null;
    return true;
  }

  /**
   * Adds the names not added yet a slice at a time, yielding between: a query may wait for
   * them, but does not block the page (all at once took ~0.1 s at 50k notes).
   */
  private async sliceNames(): Promise<void> {
    const slice = this.options.sliceMs ?? 8;
    while (!this.addNames(performance.now() + slice)) {
      await yieldToEventLoop();
      if (this.disposed) return;
    }
  }

  /** Starts the background build of the full-text index (once); resolves when it is ready. */
  start(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** How the last build went (null until it is done). */
  get buildReport(): BuildReport | null {
    return this.report;
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
  }

  // ---- completion -------------------------------------------------------------------------

  complete(prefix: string, limit = DEFAULT_COMPLETE_LIMIT): Completion[] {
    this.addNames();
    return this.names.match(prefix, limit).map(({ path, kind, title, alias }) => ({ path, kind, title, ...(alias !== undefined ? { alias } : {}) }));
  }

  // ---- full-text search --------------------------------------------------------------------

  async query(text: string, limit = DEFAULT_QUERY_LIMIT): Promise<SearchHit[]> {
    const q = parseQuery(text);
    const records = this.garden.index.records;
    if (q.words.length === 0 && !hasFilters(q)) return [];
    await this.sliceNames();
    const allowed = allowedPaths(records.values(), q);
    const accept = allowed ? (p: GardenPath) => allowed.has(p) : undefined;
    if (q.words.length === 0) {
      return this.names.match('', limit, { accept }).map((m) => ({ path: m.path, kind: m.kind, title: m.title, score: 0, snippets: [] }));
    }
    await this.start();
    this.flush();
    const lastWord = q.words[q.words.length - 1] as string;
    const base: WordMatcher = { exact: new Set(q.words), prefixes: lastWord.length >= 2 ? [lastWord] : [] };
    const shown = new Set<GardenPath>();
    const fresh = (p: GardenPath) => !shown.has(p) && (!accept || accept(p));
    const hits: SearchHit[] = [];
    const room = () => limit - hits.length;
    const addNames = (matches: NameMatch[], score: (m: NameMatch) => number) => {
      for (const m of matches) {
        shown.add(m.path);
        hits.push(this.hit(m.path, score(m), { exact: new Set([...base.exact, ...m.matchedWords]), prefixes: base.prefixes }));
      }
    };
    const addText = (found: ContentHit[], band: number) => {
      for (const h of found) {
        shown.add(h.path);
        hits.push(this.hit(h.path, band + squash(h.score), { exact: new Set([...base.exact, ...h.terms]), prefixes: base.prefixes }));
      }
    };
    // 1. names, 2. text; only when they found few: 3. names within a typo, 4. text within a typo.
    addNames(this.names.match(q.text, limit, { accept, nearMisses: false }), (m) => 1000 - 100 * m.matchClass - Math.min(m.sub, 9));
    if (room() > 0) addText(this.content.search(q.words, room(), fresh), 400);
    if (hits.length >= FEW) return hits;
    if (room() > 0) addNames(this.names.nearMisses(q.text, room(), { accept, exclude: shown }), (m) => 399 - Math.min(m.sub, 99));
    if (room() > 0) addText(this.content.search(q.words, room(), fresh, true), 0);
    return hits;
  }

  private hit(rel: GardenPath, score: number, matcher: WordMatcher): SearchHit {
    const record = this.garden.index.records.get(rel);
    return {
      path: rel,
      kind: record?.kind ?? 'note',
      title: record?.title ?? rel,
      score: Math.round(score * 1000) / 1000,
      snippets: this.snippets(rel, matcher),
    };
  }

  private snippets(rel: GardenPath, matcher: WordMatcher): Snippet[] {
    const text = this.readText(rel);
    return text === null ? [] : buildSnippets(splitFrontmatter(text).body, matcher);
  }

  private readText(rel: GardenPath): string | null {
    try {
      return decodeText(readFileSync(path.join(this.garden.root, rel))).text;
    } catch {
      return null;
    }
  }

  // ---- building and keeping current ---------------------------------------------------------

  private async build(): Promise<void> {
    const started = performance.now();
    const records = this.garden.index.records;
    const slice = this.options.sliceMs ?? 8;
    await this.sliceNames();
    if (this.disposed) return;
    let fromCache = 0;
    let dropped = 0;
    if (this.options.useCache !== false) ({ fromCache, dropped } = await this.loadCache());
    if (this.disposed) return;
    const fresh = this.content.documentCount === 0;
    const indexed = this.content.paths();
    const toRead = [...records.values()].filter((r) => !indexed.has(r.path)).sort((a, b) => b.mtimeMs - a.mtimeMs);
    let sliceStart = performance.now();
    let filesRead = 0;
    for (const record of toRead) {
      const doc = this.readDoc(record);
      filesRead += 1;
      if (doc) {
        if (fresh) this.content.appendOlder(doc);
        else this.content.addNewest(doc); // toRead holds only documents not indexed
      }
      if (performance.now() - sliceStart >= slice) {
        await yieldToEventLoop();
        if (this.disposed) return;
        sliceStart = performance.now();
      }
    }
    this.content.seal();
    this.ready = true;
    this.flush();
    this.report = { ms: performance.now() - started, filesRead, fromCache };
    if (this.options.writeCache && (filesRead > 0 || dropped > 0)) {
      // In the background: the index is ready; the cache only speeds up the next open.
      void this.saveCache().catch(() => undefined);
    }
  }

  /** Loads the shards saved in the search cache, dropping documents whose file changed. */
  private async loadCache(): Promise<{ fromCache: number; dropped: number }> {
    const records = this.garden.index.records;
    let fromCache = 0;
    let dropped = 0;
    const loaded = new Set<GardenPath>(); // a path is taken from one saved shard only
    try {
      for await (const saved of readSearchCache(this.garden.root)) {
        if (this.disposed) break;
        const valid = new Set<GardenPath>();
        for (const [p, size, mtimeMs] of saved.docs) {
          const record = records.get(p);
          if (record && record.size === size && record.mtimeMs === mtimeMs && !loaded.has(p)) {
            valid.add(p);
            loaded.add(p);
          }
        }
        // The records' own path strings, not the copies JSON.parse made (11k paths are ~0.5 MB).
        saved.shard.paths = saved.shard.paths.map((p) => records.get(p)?.path ?? p);
        const kept = this.content.appendSaved(saved.shard, (p) => (valid.has(p) ? records.get(p)?.hash : undefined));
        fromCache += kept;
        dropped += saved.shard.paths.length - kept;
      }
    } catch {
      // An unusable cache: start over from the files.
      this.content.clear();
      return { fromCache: 0, dropped: 0 };
    }
    return { fromCache, dropped };
  }

  /** Saves the full-text index so the next open reads only changed files (shard by shard, yielding between). */
  async saveCache(): Promise<void> {
    if (!this.ready) return;
    this.flush();
    const records = this.garden.index.records;
    const content = this.content;
    async function* shards(): AsyncGenerator<SavedShard> {
      for (const { saved, versions } of content.savedShards()) {
        const docs: SavedDoc[] = [];
        for (const id of saved.paths) {
          const record = records.get(id);
          if (record && versions.get(id) === record.hash) docs.push([id, record.size, record.mtimeMs]);
        }
        yield { docs, shard: saved };
        await yieldToEventLoop();
      }
    }
    await writeSearchCache(this.garden.root, shards());
  }

  private onChange(changed: GardenPath[], removed: GardenPath[]): void {
    const records = this.garden.index.records;
    for (const p of removed) {
      this.names.remove(p);
      this.pending.add(p);
    }
    for (const p of changed) {
      const record = records.get(p);
      if (!record) continue; // an attachment
      this.names.upsert(record);
      if (this.content.versionOf(p) !== record.hash) this.pending.add(p);
    }
    if (this.ready && this.pending.size > 0 && !this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        if (!this.disposed) this.flush();
      });
    }
  }

  /** Brings the full-text index up to date with every change reported so far. */
  private flush(): void {
    if (!this.ready) return;
    const records = this.garden.index.records;
    for (const p of this.pending) {
      this.pending.delete(p);
      const record = records.get(p);
      if (!record) {
        this.content.remove(p);
        continue;
      }
      if (this.content.versionOf(p) === record.hash) continue;
      const doc = this.readDoc(record);
      if (doc) this.content.upsertNewest(doc);
      else this.content.remove(p);
    }
  }

  private readDoc(record: PlantRecord): ContentDoc | null {
    const text = this.readText(record.path);
    if (text === null) return null;
    return {
      id: record.path,
      version: record.hash,
      title: record.title,
      aliases: record.aliases.join('\n'),
      tags: record.tags.join(' '),
      body: splitFrontmatter(text).body,
    };
  }
}
