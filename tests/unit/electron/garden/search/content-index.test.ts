/**
 * The full-text index against MiniSearch as an oracle: MiniSearch set up as the index used
 * to be (same fields, folding, boosts, AND, last word a prefix, typo edits) must find the
 * same documents with the same scores and matched terms, on a generated corpus.
 */
import MiniSearch, { type Options, type Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { ContentIndex, type ContentDoc } from '../../../../../electron/garden/search/content-index';
import { allowedEdits } from '../../../../../electron/garden/search/edit-distance';
import { fold, MAX_WORD, splitWords } from '../../../../../electron/garden/search/fold';
import { PostingShard, type SavedShard } from '../../../../../electron/garden/search/posting-shard';
import type { GardenPath } from '../../../../../shared/types';
import { seededRandom } from '../../../../../shared/seeded-random';

const ORACLE_OPTIONS: Options<ContentDoc> = {
  fields: ['title', 'aliases', 'tags', 'body'],
  storeFields: [],
  tokenize: splitWords,
  processTerm: (term) => {
    const folded = fold(term);
    return folded && folded.length <= MAX_WORD ? folded : null;
  },
  searchOptions: { combineWith: 'AND', boost: { title: 3, aliases: 2, tags: 1.5 }, maxFuzzy: 2 },
};

function oracleQuery(words: readonly string[], typos: boolean): Query {
  const last = words.length - 1;
  return {
    combineWith: 'AND',
    queries: words.map((word, i) => {
      const edits = typos ? allowedEdits(word.length) : 0;
      return { queries: [word], prefix: i === last && word.length >= 2, fuzzy: edits > 0 ? edits : false };
    }),
  };
}


const VOCABULARY = 'learning learner learned scaffold scaffolding phonics reading reader vygotsky zone proximal note notes child café Café cafe straße strasse memory attention practice feedback network podcast paper teacher research evidence decoding fluency'.split(' ');

function corpus(count: number, seed: number): ContentDoc[] {
  const random = seededRandom(seed);
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;
  const words = (n: number) => Array.from({ length: n }, pick).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `notes/${i}.md` as GardenPath,
    version: `v${i}`,
    title: `${words(1 + Math.floor(random() * 3))} ${i}`,
    aliases: random() < 0.2 ? words(2) : '',
    tags: random() < 0.5 ? `${pick()} psych/${pick()}` : '',
    // Some documents repeat a word hundreds of times (counts beyond one byte).
    body: `${words(5 + Math.floor(random() * 40))}${random() < 0.02 ? ` ${'reading '.repeat(300)}` : ''} ${i * 7}`,
  }));
}

type Found = Map<string, { score: number; terms: string[] }>;

function oracleSearch(mini: MiniSearch<ContentDoc>, words: string[], typos: boolean, accept?: (p: GardenPath) => boolean): Found {
  const options = accept ? { boostDocument: (id: GardenPath) => (accept(id) ? 1 : 0) } : {};
  return new Map(mini.search(oracleQuery(words, typos), options).map((r) => [r.id as string, { score: r.score, terms: [...r.terms].sort() }]));
}

function ownSearch(index: ContentIndex, words: string[], typos: boolean, accept?: (p: GardenPath) => boolean): Found {
  return new Map(index.search(words, Infinity, accept, typos).map((h) => [h.path as string, { score: h.score, terms: [...h.terms].sort() }]));
}

/** What differs (empty when nothing does); plain comparisons, as expect() per hit is slow. */
function differences(own: Found, oracle: Found, query: string, tolerance = 1e-9): string[] {
  const out: string[] = [];
  for (const path of own.keys()) if (!oracle.has(path)) out.push(`${query}: ${path} found, not by the oracle`);
  for (const [path, want] of oracle) {
    const got = own.get(path);
    if (!got) out.push(`${query}: ${path} missed`);
    else if (got.terms.join() !== want.terms.join()) out.push(`${query}: ${path} terms ${got.terms.join()} ≠ ${want.terms.join()}`);
    // Sums taken in another order may differ in the last bits, nothing more.
    else if (Math.abs(got.score - want.score) / want.score > tolerance) out.push(`${query}: ${path} score ${got.score} ≠ ${want.score}`);
  }
  return out;
}

/** Queries as people type them: whole words, word starts, two words, typos, accents, misses. */
function queries(seed: number): string[][] {
  const random = seededRandom(seed);
  const pick = () => fold(VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string);
  const typo = (w: string) => {
    const p = 1 + Math.floor(random() * (w.length - 2));
    const r = random();
    if (r < 0.33) return w.slice(0, p) + w.slice(p + 1);
    if (r < 0.66) return w.slice(0, p) + (w[p + 1] ?? '') + (w[p] ?? '') + w.slice(p + 2);
    return `${w.slice(0, p)}x${w.slice(p + 1)}`;
  };
  const out: string[][] = [['zzz'], ['caf'], ['strasse'], ['7'], ['note', 'note'], ['le'], ['l']];
  for (let i = 0; i < 60; i += 1) {
    const w = pick();
    out.push([w], [w.slice(0, 2 + (i % 4))], [pick(), w.slice(0, 3)], [typo(w)], [pick(), typo(w)], [pick(), pick(), w]);
  }
  return out;
}

describe('ContentIndex against MiniSearch', () => {
  const docs = corpus(600, 42);
  const mini = new MiniSearch<ContentDoc>(ORACLE_OPTIONS);
  mini.addAll(docs);
  const index = new ContentIndex(10_000);
  for (const doc of docs) index.appendOlder(doc);

  it('finds the same documents, scores and matched terms, exact and with typos', () => {
    const diff: string[] = [];
    let hits = 0;
    for (const words of queries(7)) {
      for (const typos of [false, true]) {
        const oracle = oracleSearch(mini, words, typos);
        hits += oracle.size;
        diff.push(...differences(ownSearch(index, words, typos), oracle, `${words.join(' ')} typos=${typos}`));
      }
    }
    expect(diff).toEqual([]);
    expect(hits).toBeGreaterThan(10_000); // the queries do find things
  });

  it('keeps filtered documents out before scoring, as boostDocument 0 did', () => {
    const accept = (p: GardenPath) => Number(/\d+/.exec(p)?.[0]) % 3 === 0;
    const diff = queries(8).slice(0, 80).flatMap((words) => differences(ownSearch(index, words, true, accept), oracleSearch(mini, words, true, accept), words.join(' ')));
    expect(diff).toEqual([]);
  });

  it('after removals and additions scores as a fresh index of what is left', () => {
    const changed = new ContentIndex(10_000);
    for (const doc of docs) changed.appendOlder(doc);
    changed.seal();
    const added = corpus(40, 43).map((d) => ({ ...d, id: `new/${d.id}` as GardenPath }));
    // 5% removed: only marked dead (few); then 30% more and new documents (merged, the dead dropped).
    for (const [step, share, extra] of [[20, 0.05, []], [3, 0.3, added]] as const) {
      for (const d of docs.filter((_, i) => i % step === 1).slice(0, Math.round(docs.length * share))) changed.remove(d.id);
      for (const d of extra) changed.appendOlder(d);
      const fresh = new MiniSearch<ContentDoc>(ORACLE_OPTIONS);
      fresh.addAll([...docs, ...added].filter((d) => changed.has(d.id)));
      // Averages kept up to date on a removal differ from fresh ones in the last bits.
      const diff = queries(9).slice(0, 60).flatMap((words) => differences(ownSearch(changed, words, true), oracleSearch(fresh, words, true), words.join(' '), 1e-6));
      expect(diff).toEqual([]);
      expect(changed.documentCount).toBe(fresh.documentCount);
    }
    expect(changed.documentCount).toBeLessThan(docs.length - 100);
  });

  it('a shard saved to JSON and loaded back searches the same', () => {
    const shard = new PostingShard();
    for (const doc of docs) shard.add(doc);
    const saved = JSON.parse(JSON.stringify(shard.toSaved())) as SavedShard;
    const loaded = new ContentIndex(10_000);
    expect(loaded.appendSaved(saved, () => 'v')).toBe(docs.length);
    expect(loaded.versionOf(docs[3]?.id as GardenPath)).toBe('v');
    const diff = queries(10).slice(0, 60).flatMap((words) => differences(ownSearch(loaded, words, true), oracleSearch(mini, words, true), words.join(' ')));
    expect(diff).toEqual([]);
  });

  it('refuses a saved shard whose arrays do not fit together', () => {
    const shard = new PostingShard();
    for (const doc of docs.slice(0, 10)) shard.add(doc);
    const saved = shard.toSaved();
    const version = () => 'v';
    expect(() => PostingShard.fromSaved({ ...saved, lexicon: saved.lexicon.slice(1) }, version)).toThrow();
    expect(() => PostingShard.fromSaved({ ...saved, paths: saved.paths.slice(1) }, version)).toThrow();
    const shuffled = Buffer.from(saved.termStarts, 'base64').reverse().toString('base64');
    expect(() => PostingShard.fromSaved({ ...saved, termStarts: shuffled }, version)).toThrow();
    expect(PostingShard.fromSaved(saved, version).documentCount).toBe(10);
  });
});
