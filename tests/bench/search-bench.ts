/**
 * Search figures (issue 3, QUALITY.md): search.query p95 for prefix and for typo queries,
 * completion p95, the background build of the full-text index (from files and from the
 * search cache), how long the main thread is blocked meanwhile, and the memory it adds.
 * Each figure sits beside a baseline measured in the same run on the same files:
 *   - queries: MiniSearch's default setup (prefix + fuzzy 0.2, OR, one index) over the
 *     same documents and queries, i.e. what "just use MiniSearch" would give;
 *   - completion: a plain lower-case `includes` scan over every title;
 *   - build: readFileSync of every file (the least any full-text index must do).
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { Garden } from '../../electron/garden/garden';
import { GardenSearch } from '../../electron/garden/search/garden-search';
import { FIELDS, type ContentDoc } from '../../electron/garden/search/content-index';
import { searchCachePath } from '../../electron/garden/search/search-cache';
import { splitFrontmatter } from '../../shared/links';
import type { Row } from './core-bench';
import type { GeneratedGarden } from './generate-garden';
import { percentile, settledHeap, time } from './measure';

/** The generator's vocabulary (tests/bench/generate-garden.ts). */
const WORDS = 'learning scaffolding phonics reading vygotsky zone proximal development child memory attention practice feedback network community podcast paper teacher student research method evidence decoding fluency comprehension motivation language'.split(' ');

/** A typo: one deletion, swap or substitution, away from the ends. */
function typo(word: string, i: number): string {
  const p = 1 + (i % (word.length - 2));
  if (i % 3 === 0) return word.slice(0, p) + word.slice(p + 1);
  if (i % 3 === 1) return word.slice(0, p) + (word[p + 1] ?? '') + (word[p] ?? '') + word.slice(p + 2);
  return `${word.slice(0, p)}${word[p] === 'x' ? 'q' : 'x'}${word.slice(p + 1)}`;
}

/** Queries as a person types them: word starts, two words with the last unfinished, title words. */
export function prefixQueries(size: number): string[] {
  return WORDS.flatMap((w, i) => [
    w.slice(0, 3 + (i % 3)),
    `${WORDS[(i + 7) % WORDS.length]} ${w.slice(0, 4)}`,
    `note ${(i * 397) % size}`,
  ]);
}

/** The same with a typo in a word (and a typo'd word in a two-word query). */
export function typoQueries(): string[] {
  return WORDS.flatMap((w, i) => [typo(w, i), typo(w, i + 1), `${WORDS[(i + 3) % WORDS.length]} ${typo(w, i + 2)}`]);
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Longest time the event loop could not turn while `task` ran (polls with setImmediate). */
async function longestBlock<T>(task: () => Promise<T>): Promise<{ value: T; ms: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const value = await task();
  running = false;
  return { value, ms: longest };
}

async function p95Of(queries: string[], reps: number, run: (q: string) => unknown): Promise<number> {
  for (const q of queries.slice(0, 5)) await run(q); // warm up
  const samples: number[] = [];
  for (let r = 0; r < reps; r += 1) {
    for (const q of queries) samples.push((await time(async () => run(q))).ms);
  }
  return percentile(samples, 95);
}

export async function benchSearch(garden: GeneratedGarden, size: number): Promise<Row[]> {
  const rows: Row[] = [];
  const reps = size >= 50_000 ? 1 : 3;
  const cacheFile = searchCachePath(garden.root);
  rmSync(cacheFile, { force: true });

  const heap0 = await settledHeap();
  const g = await Garden.open(garden.root);
  const heapCore = await settledHeap();

  // Build from the files, in the background, as after opening a garden.
  const baseRead = (await time(async () => {
    for (const f of garden.files) readFileSync(f);
  })).ms;
  let search = new GardenSearch(g, { useCache: true, writeCache: false });
  const firstQuery = await longestBlock(() => time(() => search.query('scaffolding', 20)));
  const build = search.buildReport?.ms ?? Number.NaN;
  rows.push({ size, figure: 'search: full-text build in background', value: fmt(build), baseline: `${fmt(baseRead)} readFileSync of all`, ratio: (build / baseRead).toFixed(2), target: '—' });
  rows.push({ size, figure: '  longest main-thread block meanwhile', value: fmt(firstQuery.ms), baseline: '—', ratio: '—', target: '≤ 50 ms' });
  rows.push({ size, figure: '  first query right after open (waits)', value: fmt(firstQuery.value.ms), baseline: '—', ratio: '—', target: '—' });

  const heapSearch = await settledHeap();
  const core = heapCore - heap0;
  const added = heapSearch - heapCore;
  rows.push({ size, figure: 'search: memory added (names + full text)', value: mb(added), baseline: `${mb(garden.bytes)} on disk`, ratio: (added / garden.bytes).toFixed(2), target: '—' });
  rows.push({ size, figure: '  core + search memory (heap)', value: mb(core + added), baseline: `${mb(garden.bytes)} on disk`, ratio: ((core + added) / garden.bytes).toFixed(2), target: '≤ 4×' });

  // The search cache: saved once, then a reopen reads only what changed.
  const save = await longestBlock(() => time(() => search.saveCache()));
  const cacheBytes = statSync(cacheFile).size;
  search.dispose();
  search = new GardenSearch(g, { useCache: true, writeCache: false });
  await search.start();
  const fromCache = search.buildReport?.ms ?? Number.NaN;
  rows.push({ size, figure: 'search: build from the search cache', value: fmt(fromCache), baseline: `${fmt(build)} from files`, ratio: (fromCache / build).toFixed(2), target: '< 1×' });
  rows.push({ size, figure: '  saving it (background; longest block)', value: `${fmt(save.value.ms)} (${fmt(save.ms)})`, baseline: `${mb(cacheBytes)} file`, ratio: '—', target: '—' });

  // Queries through the real path (names, shards, snippets read from the files).
  const prefix = prefixQueries(size);
  const typos = typoQueries();
  const baseline = new MiniSearch<ContentDoc>({ fields: [...FIELDS], storeFields: [], searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 } } });
  for (const record of g.index.records.values()) {
    const text = readFileSync(path.join(g.root, record.path), 'utf8');
    baseline.add({ id: record.path, version: record.hash, title: record.title, aliases: record.aliases.join('\n'), tags: record.tags.join(' '), body: splitFrontmatter(text).body });
  }
  const basePrefix = await p95Of(prefix, reps, (q) => baseline.search(q).slice(0, 20));
  const baseTypo = await p95Of(typos, reps, (q) => baseline.search(q).slice(0, 20));
  const s = search;
  const ourPrefix = await p95Of(prefix, reps, (q) => s.query(q, 20));
  const ourTypo = await p95Of(typos, reps, (q) => s.query(q, 20));
  const target = size >= 50_000 ? '≤ 33 ms' : size >= 10_000 ? '≤ 16 ms' : '—';
  rows.push({ size, figure: 'search.query p95, prefix queries', value: fmt(ourPrefix), baseline: `${fmt(basePrefix)} MiniSearch default`, ratio: (ourPrefix / basePrefix).toFixed(2), target });
  rows.push({ size, figure: 'search.query p95, queries with a typo', value: fmt(ourTypo), baseline: `${fmt(baseTypo)} MiniSearch default`, ratio: (ourTypo / baseTypo).toFixed(2), target });

  // Completion: names only, no file read.
  const titles = [...g.index.records.values()].map((r) => r.title);
  const scan = (q: string) => {
    const lower = q.toLowerCase();
    return titles.filter((t) => t.toLowerCase().includes(lower)).slice(0, 20);
  };
  const completePrefix = prefix.map((q) => q.replace(/^\S+ (?=\S+$)/, ''));
  const baseComplete = await p95Of(completePrefix, reps, scan);
  const ourComplete = await p95Of(completePrefix, reps, (q) => s.complete(q, 20));
  const ourCompleteTypo = await p95Of(typos, reps, (q) => s.complete(q, 20));
  rows.push({ size, figure: 'search.complete p95, prefixes', value: fmt(ourComplete), baseline: `${fmt(baseComplete)} includes-scan of titles`, ratio: (ourComplete / baseComplete).toFixed(2), target });
  rows.push({ size, figure: 'search.complete p95, with a typo', value: fmt(ourCompleteTypo), baseline: `${fmt(baseComplete)} includes-scan of titles`, ratio: (ourCompleteTypo / baseComplete).toFixed(2), target });

  // One saved note is found by a word it just gained.
  const notes = [...g.index.records.values()].filter((r) => r.kind === 'note').slice(0, 20);
  const samples: number[] = [];
  const stamp = Date.now().toString(36);
  for (const [i, note] of notes.entries()) {
    const doc = await g.readNote(note.path);
    const word = `zebrafinch${stamp}x${i}`;
    await g.writeNote(note.path, `${doc.text}\n${word}\n`, doc.hash);
    const { ms, value } = await time(() => s.query(word, 5));
    if (value[0]?.path !== note.path) throw new Error(`search did not find the saved word ${word}`);
    samples.push(ms);
  }
  rows.push({ size, figure: 'search: saved note → found by its new word (p95)', value: fmt(percentile(samples, 95)), baseline: '—', ratio: '—', target: '—' });
  s.dispose();
  rmSync(cacheFile, { force: true });
  return rows;
}
