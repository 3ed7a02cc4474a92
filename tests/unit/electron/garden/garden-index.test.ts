import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { Garden } from '../../../../electron/garden/garden';
import { GardenIndex } from '../../../../electron/garden/garden-index';
import { parsePlantFile } from '../../../../electron/garden/parse-file';
import { gardenStats } from '../../../../electron/garden/stats';
import { copyFixture, tempDir, writeTree } from './helpers';

const p = (s: string) => s as GardenPath;

async function openWith(files: Record<string, string>) {
  const root = await tempDir();
  await writeTree(root, files);
  const events: ChangedEvent[] = [];
  const garden = await Garden.open(root, { onChange: (e) => events.push(e) });
  return { root, garden, events };
}

const out = (garden: Garden, from: string) => [...garden.index.linksFrom(p(from))].sort();
const into = (garden: Garden, to: string) => [...garden.index.linksTo(p(to))].sort();
const seeds = (garden: Garden) => garden.index.seeds().map((s) => [s.target, [...s.mentionedIn].sort()]);

describe('incremental index through applyFile / forget', () => {
  it('creating B plants the seed that A named; deleting B turns it back into a seed', async () => {
    const { root, garden, events } = await openWith({ 'A.md': 'See [[B]] and [[C]].', 'notes/C.md': 'c' });
    expect(seeds(garden)).toEqual([['B', ['A.md']]]);
    expect(out(garden, 'A.md')).toEqual(['notes/C.md']);

    await writeTree(root, { 'notes/B.md': 'I am B' });
    expect(await garden.applyFile(path.join(root, 'notes/B.md'))).toBe(true);
    expect(out(garden, 'A.md')).toEqual(['notes/B.md', 'notes/C.md']);
    expect(into(garden, 'notes/B.md')).toEqual(['A.md']);
    expect(seeds(garden)).toEqual([]);
    expect(events.at(-1)).toMatchObject({ changed: ['notes/B.md', 'A.md'], removed: [] });

    await unlink(path.join(root, 'notes/B.md'));
    garden.forget(p('notes/B.md'));
    expect(out(garden, 'A.md')).toEqual(['notes/C.md']);
    expect(into(garden, 'notes/B.md')).toEqual([]);
    expect(seeds(garden)).toEqual([['B', ['A.md']]]);
    expect(events.at(-1)).toMatchObject({ changed: ['A.md'], removed: ['notes/B.md'] });
  });

  it('re-resolves links when aliases are added, renamed and removed', async () => {
    const { root, garden } = await openWith({ 'A.md': '[[Dr. Chen]] and [[Maya]]', 'people/Maya Chen.md': '---\naliases: [Dr. Chen]\n---\n' });
    expect(out(garden, 'A.md')).toEqual(['people/Maya Chen.md']);
    expect(seeds(garden)).toEqual([['Maya', ['A.md']]]);

    await writeFile(path.join(root, 'people/Maya Chen.md'), '---\naliases: [Maya]\n---\n');
    await garden.applyFile(path.join(root, 'people/Maya Chen.md'));
    expect(out(garden, 'A.md')).toEqual(['people/Maya Chen.md']);
    expect(seeds(garden)).toEqual([['Dr. Chen', ['A.md']]]);

    await writeFile(path.join(root, 'people/Maya Chen.md'), 'no aliases any more');
    await garden.applyFile(path.join(root, 'people/Maya Chen.md'));
    expect(out(garden, 'A.md')).toEqual([]);
    expect(seeds(garden).map(([t]) => t)).toEqual(['Dr. Chen', 'Maya']);
    expect(into(garden, 'people/Maya Chen.md')).toEqual([]);
  });

  it('an alias with a slash (TCP/IP) plants the seed that names it', async () => {
    const { root, garden } = await openWith({ 'A.md': 'about [[TCP/IP]]', 'Networking.md': 'net' });
    expect(seeds(garden)).toEqual([['TCP/IP', ['A.md']]]);
    await writeFile(path.join(root, 'Networking.md'), '---\naliases: [TCP/IP]\n---\nnet');
    await garden.applyFile(path.join(root, 'Networking.md'));
    expect(out(garden, 'A.md')).toEqual(['Networking.md']);
    expect(seeds(garden)).toEqual([]);
    await writeFile(path.join(root, 'Networking.md'), 'aliases gone');
    await garden.applyFile(path.join(root, 'Networking.md'));
    expect(seeds(garden)).toEqual([['TCP/IP', ['A.md']]]);
  });

  it('a rename (delete + add) moves backlinks and same-folder preference follows the file', async () => {
    const { root, garden } = await openWith({ 'a/src.md': '[[Note]]', 'b/Note.md': 'b', 'zzzz/Note.md': 'z' });
    expect(out(garden, 'a/src.md')).toEqual(['b/Note.md']);
    await rename(path.join(root, 'zzzz/Note.md'), path.join(root, 'a/Note.md'));
    garden.forget(p('zzzz/Note.md'));
    await garden.applyFile(path.join(root, 'a/Note.md'));
    expect(out(garden, 'a/src.md')).toEqual(['a/Note.md']);
    expect(into(garden, 'b/Note.md')).toEqual([]);
  });

  it('an attachment appearing resolves links that name it; a changed link list re-resolves only the file', async () => {
    const { root, garden } = await openWith({ 'A.md': '![[pic.png]]', 'B.md': 'nothing' });
    expect(seeds(garden)).toEqual([['pic.png', ['A.md']]]);
    await writeTree(root, { 'img/pic.png': new Uint8Array([1, 2, 3]) });
    await garden.applyFile(path.join(root, 'img/pic.png'));
    expect(out(garden, 'A.md')).toEqual(['img/pic.png']);
    expect(seeds(garden)).toEqual([]);

    await writeFile(path.join(root, 'B.md'), '[[A]] [[Z]]');
    await garden.applyFile(path.join(root, 'B.md'));
    expect(into(garden, 'A.md')).toEqual(['B.md']);
    expect(seeds(garden)).toEqual([['Z', ['B.md']]]);
  });

  it('applying unchanged bytes is a no-op without an event', async () => {
    const { root, garden, events } = await openWith({ 'A.md': '[[B]]' });
    expect(await garden.applyFile(path.join(root, 'A.md'))).toBe(false);
    expect(events).toEqual([]);
  });

  it('forgetFolder forgets every file below a vanished folder', async () => {
    const { garden } = await openWith({ 'A.md': '[[x/B]] [[x/y/C]]', 'x/B.md': '', 'x/y/C.md': '', 'xy.md': '' });
    garden.forgetFolder(p('x'));
    expect([...garden.index.records.keys()].sort()).toEqual(['A.md', 'xy.md']);
    expect(seeds(garden).map(([t]) => t)).toEqual(['x/B', 'x/y/C']);
  });
});

describe('incremental updates agree with a fresh build (property)', () => {
  const names = ['A', 'B', 'C', 'sub/A', 'sub/D', 'Other/b', 'a', 'sub/Cafe\u0301', 'x/y/TCP'];
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('put' as const),
      file: fc.constantFrom(...names),
      links: fc.array(fc.constantFrom('A', 'b', 'C', 'D', 'sub/A', 'Alias1', 'alias2', 'TCP/IP', 'pic.png', 'Missing', '../A', './D', 'Caf\u00e9', 'y/tcp', 'sub/a.md', 'PIC.PNG'), { maxLength: 4 }),
      aliases: fc.array(fc.constantFrom('Alias1', 'Alias2', 'TCP/IP'), { maxLength: 2 }),
    }),
    fc.record({ kind: fc.constant('remove' as const), file: fc.constantFrom(...names, 'pic.png') }),
    fc.record({ kind: fc.constant('attach' as const) }),
  );

  function record(file: string, links: string[], aliases: string[]) {
    const text = `---\naliases: ${JSON.stringify(aliases)}\n---\n${links.map((l) => `[[${l}]]`).join(' ')}\n`;
    const bytes = Buffer.from(text);
    return parsePlantFile(p(`${file}.md`), bytes, { size: bytes.length, mtimeMs: 1 });
  }

  function picture(index: GardenIndex) {
    const plants = [...index.records.keys()].sort();
    return {
      out: plants.map((x) => [x, [...index.linksFrom(x)].sort()]),
      in: [...plants, ...index.attachments].sort().map((x) => [x, [...index.linksTo(x)].sort()]),
      seeds: index.seeds().map((s) => [s.key, [...s.mentionedIn].sort()]),
    };
  }

  it('after any sequence of puts, removes and attachments', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const live = new GardenIndex();
        const records = new Map<string, ReturnType<typeof record>>();
        let attached = false;
        for (const o of ops) {
          if (o.kind === 'put') {
            const r = record(o.file, o.links, o.aliases);
            records.set(r.path, r);
            live.upsertPlant(r);
          } else if (o.kind === 'attach') {
            attached = true;
            live.upsertAttachment(p('pic.png'));
          } else if (o.file === 'pic.png') {
            attached = false;
            live.remove(p('pic.png'));
          } else {
            records.delete(`${o.file}.md`);
            live.remove(p(`${o.file}.md`));
          }
        }
        const fresh = new GardenIndex();
        fresh.load(records.values(), attached ? [p('pic.png')] : []);
        expect(picture(live)).toEqual(picture(fresh));
      }),
      { numRuns: 600 },
    );
  });
});

describe('gardenStats', () => {
  it('counts the fixture vault exactly as stats.ts defines', async () => {
    const root = await copyFixture('obsidian-vault');
    const garden = await Garden.open(root);
    // 13 .md files: Maya Chen is a person by folder; Team list is a note by its type:.
    // links (distinct ordered pairs of different .md files):
    //   Maya→ZPD paper, Maya→Sold a Story (frontmatter), Maya→Zone; Team list→Maya; Sold a Story→Maya;
    //   ZPD paper→Scaffolding, ZPD paper→Zone; Scaffolding→Zone, Scaffolding→Maya (alias), Scaffolding→notes/Index;
    //   Zone→Scaffolding (twice, one pair), Zone→Maya (markdown link), Zone→Sold a Story; notes/Index→Scaffolding,
    //   notes/Index→Zone; Old thoughts→archive/Index; Broken→Scaffolding; Evil→Scaffolding = 18.
    //   Not counted: links to diagram.png (attachment), Self→Self.
    // unresolved: "Missing idea" (twice, differing case) and "Sam Unknown" = 2.
    // orphans: Lonely (only an https link) and Self (only itself) = 2.
    // tags: reading, phonics (Phonics), admin, zpd, learning (Learning), solitude = 6;
    //   #not-a-tag and #nor-this sit in code.
    expect(gardenStats(garden.index)).toEqual({ notes: 10, people: 1, sources: 1, goals: 1, links: 18, unresolved: 2, orphans: 2, tags: 6 });
  });

  it('follows changes: a new note links two orphans, an unresolved link is planted', async () => {
    const { root, garden } = await openWith({ 'A.md': '#One', 'B.md': '#one #Two [[Seed]] [[seed]]', 'pic.png': 'x' });
    expect(gardenStats(garden.index)).toEqual({ notes: 2, people: 0, sources: 0, goals: 0, links: 0, unresolved: 1, orphans: 2, tags: 2 });
    await writeTree(root, { 'Seed.md': '[[A]] [[B]] [[pic.png]] [[A]]' });
    await garden.applyFile(path.join(root, 'Seed.md'));
    expect(gardenStats(garden.index)).toEqual({ notes: 3, people: 0, sources: 0, goals: 0, links: 3, unresolved: 0, orphans: 0, tags: 2 });
  });
});
