/** Search over a real garden in a temp folder: build, ranking, filters, changes, cache, shards. */
import { existsSync } from 'node:fs';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Garden } from '../../../../../electron/garden/garden';
import { GardenSearch, type GardenSearchOptions } from '../../../../../electron/garden/search/garden-search';
import { SEARCH_CACHE_VERSION, searchCachePath } from '../../../../../electron/garden/search/search-cache';
import type { GardenPath } from '../../../../../shared/types';
import { tempDir, waitFor, writeTree } from '../helpers';

const NOW = () => new Date('2026-11-25T12:00:00Z');
const open: GardenSearch[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.dispose();
});

const FILES: Record<string, string> = {
  'notes/Scaffolding.md': '---\ntags: [reading/phonics]\naliases: [Scaffold]\n---\n# Scaffolding\n\nSupport that is taken away as the learner grows.\nVygotsky never used the word.\n',
  'notes/Zone of proximal development.md': '---\ntags: [psych/dev]\naliases: [ZPD]\n---\nWhat a learner can do with help. Related to scaffolding.\nCafé conversations with Vygotsky.\n',
  'notes/Phonics first.md': '---\ntags: [reading]\n---\nSynthetic phonics teaches decoding.\n',
  'people/Lev Vygotsky.md': '---\ntype: person\nname: Lev Vygotsky\ncircle: professional\n---\nPsychologist.\n',
  'sources/Thought and Language.md': '---\ntype: source\ntitle: Thought and Language\nurl: "https://example.org/t"\n---\nA book by [[Lev Vygotsky]] on inner speech.\n',
};

async function garden(files: Record<string, string> = FILES): Promise<Garden> {
  const root = await tempDir();
  await writeTree(root, files);
  return Garden.open(root, { now: NOW });
}

function search(g: Garden, options: GardenSearchOptions = {}): GardenSearch {
  const s = new GardenSearch(g, options);
  open.push(s);
  return s;
}

const paths = (hits: { path: string }[]) => hits.map((h) => h.path);

describe('search.query', () => {
  it('ranks name matches first, then text matches, with snippets and highlights', async () => {
    const s = search(await garden());
    const hits = await s.query('vygotsky');
    expect(paths(hits)).toEqual([
      'people/Lev Vygotsky.md', // the name: a word of the title
      // then the text, by BM25 (shorter texts first)
      'sources/Thought and Language.md',
      'notes/Zone of proximal development.md',
      'notes/Scaffolding.md',
    ]);
    expect(hits[0]).toMatchObject({ kind: 'person', title: 'Lev Vygotsky', score: 800 });
    expect(hits[1]?.score).toBeGreaterThanOrEqual(400);
    expect(hits[1]?.score).toBeLessThan(700);
    expect(hits[1]?.snippets).toEqual([{ text: 'A book by [[Lev Vygotsky]] on inner speech.', highlights: [[16, 24]] }]);
    expect(hits[2]?.snippets).toEqual([{ text: 'Café conversations with Vygotsky.', highlights: [[24, 32]] }]);
  });

  it('waits for the background build when asked before it is ready', async () => {
    const s = search(await garden());
    expect(s.isReady).toBe(false);
    const hits = await s.query('decoding');
    expect(s.isReady).toBe(true);
    expect(paths(hits)).toEqual(['notes/Phonics first.md']);
    expect(s.buildReport).toMatchObject({ filesRead: 5, fromCache: 0 });
  });

  it('finds by prefix (last word) and through typos, accent- and case-insensitively', async () => {
    const s = search(await garden());
    expect(paths(await s.query('synth'))).toEqual(['notes/Phonics first.md']);
    expect(paths(await s.query('cafe CONVERSATION'))).toEqual(['notes/Zone of proximal development.md']);
    // A typo in a name: the near miss is found.
    expect((await s.query('scafolding'))[0]).toMatchObject({ path: 'notes/Scaffolding.md', score: 398 });
    // A typo in the text only (a swap, two Levenshtein edits, allowed from 7 letters).
    const typo = await s.query('psychologsit');
    expect(paths(typo)).toEqual(['people/Lev Vygotsky.md']);
    expect(typo[0]?.snippets).toEqual([{ text: 'Psychologist.', highlights: [[0, 12]] }]);
    // Aliases count as names.
    expect((await s.query('zpd'))[0]).toMatchObject({ path: 'notes/Zone of proximal development.md', score: 700 });
  });

  it('needs every word (AND), across title and body', async () => {
    const s = search(await garden());
    expect(paths(await s.query('scaffolding learner'))).toEqual(['notes/Scaffolding.md', 'notes/Zone of proximal development.md']);
    expect(paths(await s.query('scaffolding decoding'))).toEqual([]);
  });

  it('applies filters, and lists matching plants A–Z for a query of filters only', async () => {
    const s = search(await garden());
    expect(paths(await s.query('tag:reading'))).toEqual(['notes/Phonics first.md', 'notes/Scaffolding.md']);
    expect((await s.query('tag:reading'))[0]).toEqual({ path: 'notes/Phonics first.md', kind: 'note', title: 'Phonics first', score: 0, snippets: [] });
    expect(paths(await s.query('vygotsky kind:note'))).toEqual(['notes/Zone of proximal development.md', 'notes/Scaffolding.md']);
    expect(paths(await s.query('vygotsky path:sources/'))).toEqual(['sources/Thought and Language.md']);
    expect(paths(await s.query('vygotsky tag:psych'))).toEqual(['notes/Zone of proximal development.md']);
    expect(paths(await s.query('kind:goal'))).toEqual([]);
    await expect(s.query('kind:robot')).rejects.toThrow('"kind:robot" is not a kind');
  });

  it('returns nothing for an empty query or no match, and respects the limit', async () => {
    const s = search(await garden());
    expect(await s.query('   ')).toEqual([]);
    expect(await s.query('xylophone')).toEqual([]);
    expect(await s.query('vygotsky', 2)).toHaveLength(2);
  });
});

describe('never blocking the page', () => {
  it('a query asked before the names are read lets other work run while it reads them, then finds them all', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 1200; i += 1) many[`notes/Note ${i}.md`] = `# Note ${i}\n`;
    const s = search(await garden(many), { sliceMs: 0 });
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });
    const hits = await s.query('path:notes/', 2000);
    expect(otherWorkRan).toBe(true);
    expect(hits).toHaveLength(1200);
  });
});

describe('keeping current', () => {
  it('follows in-app saves, deletes and outside edits (through the watcher path)', async () => {
    const g = await garden();
    const s = search(g);
    await s.start();
    const doc = await g.readNote('notes/Phonics first.md');
    await g.writeNote(doc.path, `${doc.text}Now about blending too.\n`, doc.hash);
    expect(paths(await s.query('blending'))).toEqual(['notes/Phonics first.md']);

    await g.trash('notes/Scaffolding.md');
    expect(paths(await s.query('scaffolding'))).toEqual(['notes/Zone of proximal development.md']);
    expect(s.complete('scaffold')).toEqual([]);

    const outside = path.join(g.root, 'notes/Zone of proximal development.md');
    await writeFile(outside, '---\ntitle: Zone\n---\nRewritten elsewhere: metacognition.\n');
    await g.applyFile(outside);
    expect(paths(await s.query('metacognition'))).toEqual(['notes/Zone of proximal development.md']);
    expect(await s.query('conversations')).toEqual([]);
    expect(s.complete('zone')).toEqual([{ path: 'notes/Zone of proximal development.md', kind: 'note', title: 'Zone' }]);

    await writeTree(g.root, { 'notes/New idea.md': 'Emergent literacy.\n' });
    await g.applyFile(path.join(g.root, 'notes/New idea.md'));
    expect(paths(await s.query('literacy'))).toEqual(['notes/New idea.md']);
  });

  it('updates the full-text index soon after a change even with no query', async () => {
    const g = await garden();
    const s = search(g);
    await s.start();
    const doc = await g.readNote('notes/Phonics first.md');
    await g.writeNote(doc.path, `${doc.text}Orthographic mapping.\n`, doc.hash);
    // The content index flushes in the background: look without a query (which would flush).
    const content = (s as unknown as { pending: Set<GardenPath> }).pending;
    expect(await waitFor(() => content.size === 0, 2000)).toBe(true);
  });

  it('stops following the garden once disposed', async () => {
    const g = await garden();
    const s = search(g);
    s.dispose();
    const doc = await g.readNote('notes/Phonics first.md');
    await g.writeNote(doc.path, 'Replaced.\n', doc.hash);
    expect(s.complete('phonics').map((c) => c.title)).toEqual(['Phonics first']); // names as they were
  });
});

describe('the search cache', () => {
  it('is written after a build, then a reopen reads only the files that changed', async () => {
    const g = await garden();
    const first = search(g, { writeCache: true });
    await first.start();
    expect(await waitFor(() => existsSync(searchCachePath(g.root)))).toBe(true);
    first.dispose();

    // Touch one file so its size and mtime change, then reopen the garden.
    const changed = path.join(g.root, 'notes/Phonics first.md');
    await writeFile(changed, '---\ntags: [reading]\n---\nSynthetic phonics teaches decoding and blending.\n');
    await utimes(changed, new Date('2026-01-01'), new Date('2026-01-02'));
    const reopened = await Garden.open(g.root, { now: NOW });
    // Without writeCache: a cache written in the background after the test ended raced the
    // removal of the temp garden (ENOTEMPTY). Reading the cache is what this step checks.
    const second = search(reopened);
    await second.start();
    expect(second.buildReport).toMatchObject({ fromCache: 4, filesRead: 1 });
    expect(paths(await second.query('blending'))).toEqual(['notes/Phonics first.md']);
    expect(paths(await second.query('vygotsky'))).toHaveLength(4);
  });

  it('drops removed files from the cache and ignores a corrupt one', async () => {
    const g = await garden();
    const first = search(g, { writeCache: true });
    await first.start();
    await first.saveCache();
    await rm(path.join(g.root, 'notes/Scaffolding.md'));
    const reopened = await Garden.open(g.root, { now: NOW });
    const second = search(reopened);
    await second.start();
    expect(second.buildReport).toMatchObject({ fromCache: 4, filesRead: 0 });
    expect(paths(await second.query('support'))).toEqual([]);

    // A cache of an older version (MiniSearch's shards) and one of this version whose shard is broken: both rebuilt from the files.
    const docs = JSON.stringify([['notes/Phonics first.md', 0, 0]]);
    for (const version of [1, SEARCH_CACHE_VERSION]) {
      await writeFile(searchCachePath(g.root), `{"format":"pln-search/${version}/title,aliases,tags,body"}\n{"docs":${docs},"shard":{"paths":["notes/Phonics first.md"],"nonsense":true}}`);
      const third = search(await Garden.open(g.root, { now: NOW }));
      await third.start();
      expect(third.buildReport).toMatchObject({ fromCache: 0, filesRead: 4 });
      expect(paths(await third.query('decoding'))).toEqual(['notes/Phonics first.md']);
    }
  });

  it('is never written for a read-only use', async () => {
    const root = await tempDir();
    await writeTree(root, FILES);
    const g = await Garden.open(root, { readOnly: true });
    const s = search(g); // writeCache defaults to false
    await s.start();
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(searchCachePath(root))).toBe(false);
    expect(existsSync(path.join(root, '.garden'))).toBe(false);
  });
});

describe('shards', () => {
  const FRUIT = ['apple', 'banana', 'cherry', 'damson', 'elder', 'fig', 'grape', 'hazel'];

  /** Eight notes; "common" is in all of them, each has its own fruit; Note 7 is the newest. */
  async function sharded(shardSize: number) {
    const files: Record<string, string> = {};
    FRUIT.forEach((fruit, i) => (files[`n/Note ${i}.md`] = `common words here\n${fruit} only here\n${i % 2 ? 'odd' : 'even'} number\n`));
    const root = await tempDir();
    await writeTree(root, files);
    for (let i = 0; i < 8; i += 1) {
      const t = new Date(Date.UTC(2026, 0, 1 + i));
      await utimes(path.join(root, `n/Note ${i}.md`), t, t);
    }
    const g = await Garden.open(root, { now: NOW });
    const s = search(g, { shardSize });
    await s.start();
    return { g, s };
  }

  it('finds a rare word in the oldest shard and needs every word across shards', async () => {
    const { s } = await sharded(2);
    expect(paths(await s.query('apple'))).toEqual(['n/Note 0.md']);
    expect(paths(await s.query('odd damson'))).toEqual(['n/Note 3.md']);
    expect(paths(await s.query('even damson'))).toEqual([]);
    expect(paths(await s.query('common hazel'))).toEqual(['n/Note 7.md']);
    expect(paths(await s.query('common apple number'))).toEqual(['n/Note 0.md']);
  });

  it('stops at enough hits for a common word, newest shards first', async () => {
    const { s } = await sharded(2);
    // Two notes per shard: the first two shards (Notes 7–4) give enough; their best 3 are kept.
    const three = paths(await s.query('common', 3));
    expect(three).toHaveLength(3);
    for (const p of three) expect(['n/Note 4.md', 'n/Note 5.md', 'n/Note 6.md', 'n/Note 7.md']).toContain(p);
    expect(await s.query('common', 20)).toHaveLength(8);
  });

  it('gives the same hits for rare words as one big index', async () => {
    const { s: small } = await sharded(2);
    const { s: big } = await sharded(1000);
    for (const q of ['banana', 'odd number', 'even elder', 'common gra', 'zzz', 'chery', 'odd figs']) {
      expect(paths(await small.query(q)).sort(), q).toEqual(paths(await big.query(q)).sort());
    }
  });

  it('moves a changed note to the newest shard', async () => {
    const { g, s } = await sharded(2);
    const doc = await g.readNote('n/Note 0.md');
    await g.writeNote(doc.path, `${doc.text}common again\n`, doc.hash);
    expect(paths(await s.query('common', 1))).toEqual(['n/Note 0.md']);
    expect(await readFile(path.join(g.root, 'n/Note 0.md'), 'utf8')).toContain('common again');
  });
});
