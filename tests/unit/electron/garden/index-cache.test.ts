import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { Garden } from '../../../../electron/garden/garden';
import { cachePath, decodeCache, encodeCache, readIndexCache } from '../../../../electron/garden/index-cache';
import { buildSnapshot } from '../../../../electron/garden/snapshot';
import { tempDir, writeTree } from './helpers';

const p = (s: string) => s as GardenPath;

async function openCounting(root: string) {
  const events: ProgressEvent[] = [];
  const garden = await Garden.open(root, { onProgress: (e) => events.push(e) });
  const reading = events.find((e) => e.phase === 'reading');
  return { garden, filesRead: reading?.total ?? -1 };
}

describe('index cache', () => {
  it('reuses records whose size and mtime are unchanged, and re-reads a file that really changed', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': 'links to [[B]]', 'B.md': 'bee', 'C.md': '#tag' });
    // Whole-second times, so setting them again later reproduces them exactly (a Date has no sub-ms part).
    const when = new Date('2026-01-01T00:00:00Z');
    const a = path.join(root, 'A.md');
    await utimes(a, when, when);
    const first = await openCounting(root);
    expect(first.filesRead).toBe(3);
    expect((await readIndexCache(root)).order.length).toBe(3);

    // Same size and mtime, different content: trusted from the cache (proof the cache is used).
    expect((await stat(a)).mtimeMs).toBe(when.getTime());
    await writeFile(a, 'links to [[C]]');
    await utimes(a, when, when);
    const second = await openCounting(root);
    expect(second.filesRead).toBe(0);
    expect([...second.garden.index.linksFrom(p('A.md'))]).toEqual(['B.md']);

    // A real change with a new mtime is read again.
    await writeFile(a, 'now links to [[C]] only');
    await utimes(a, when, new Date(when.getTime() + 5000));
    const third = await openCounting(root);
    expect(third.filesRead).toBe(1);
    expect([...third.garden.index.linksFrom(p('A.md'))]).toEqual(['C.md']);
    expect(third.garden.index.records.get(p('C.md'))?.tags).toEqual(['tag']);
  });

  it('drops deleted files from the cache and picks up new ones', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': 'a', 'B.md': 'b' });
    await Garden.open(root);
    await writeTree(root, { 'New.md': '[[A]]' });
    await rm(path.join(root, 'B.md'));
    const { garden, filesRead } = await openCounting(root);
    expect(filesRead).toBe(1);
    expect([...garden.index.records.keys()].sort()).toEqual(['A.md', 'New.md']);
    expect((await readIndexCache(root)).order.map((r) => r.path).sort()).toEqual(['A.md', 'New.md']);
  });

  it('ignores a corrupt or foreign cache file and rebuilds it', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '[[B]]', 'B.md': 'b', '.garden/cache/index.bin': 'not a cache file at all' });
    const { garden, filesRead } = await openCounting(root);
    expect(filesRead).toBe(2);
    expect([...garden.index.linksFrom(p('A.md'))]).toEqual(['B.md']);
    expect((await readIndexCache(root)).order.length).toBe(2);
    expect((await readFile(cachePath(root))).length).toBeGreaterThan(20);
  });

  it('restores the link graph a reopen would build, ambiguous names, aliases, embeds and seeds included', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'A.md': '[[B]] [[x/Same]] [[Same]] ![[pic.png]] [[Nobody]] [[dr who]] [md](sub/C.md)',
      'B.md': '---\naliases: [Dr Who]\n---\n[[A#Top]]',
      'Same.md': '',
      'x/Same.md': '[[Same]] [[Ghost|label]]',
      'sub/C.md': '[[../A]]',
      'pic.png': 'png',
    });
    const fresh = await Garden.open(root); // resolves every link and caches how
    const shape = (g: Garden) => ({
      out: [...g.index.records.keys()].sort().map((k) => [k, [...g.index.linksFrom(k as GardenPath)].sort()]),
      in: [...g.index.records.keys()].sort().map((k) => [k, [...g.index.linksTo(k as GardenPath)].sort()]),
      seeds: g.index.seeds(),
    });
    const { garden: restored, filesRead } = await openCounting(root);
    expect(filesRead).toBe(0);
    expect(shape(restored)).toEqual(shape(fresh));
    expect([...restored.index.linksFrom(p('A.md'))].sort()).toEqual(['B.md', 'Same.md', 'pic.png', 'sub/C.md', 'x/Same.md']);
    expect(restored.index.seeds().map((s) => s.target)).toEqual(['Ghost', 'Nobody']);
    // The restored index keeps updating like a fresh one: planting a seed resolves its links.
    await writeFile(path.join(root, 'Nobody.md'), 'here now');
    await restored.applyFile(path.join(root, 'Nobody.md'));
    expect([...restored.index.linksFrom(p('A.md'))]).toContain('Nobody.md');
  });

  it('resolves afresh when a file or attachment came or went since the cache was written', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '[[Later]] ![[pic.png]]' });
    await Garden.open(root);
    await writeTree(root, { 'Later.md': '', 'pic.png': 'png' });
    const { garden } = await openCounting(root);
    expect([...garden.index.linksFrom(p('A.md'))].sort()).toEqual(['Later.md', 'pic.png']);
    expect(garden.index.seeds()).toEqual([]);
    await rm(path.join(root, 'pic.png'));
    const again = await Garden.open(root);
    expect([...again.index.linksFrom(p('A.md'))]).toEqual(['Later.md']);
    expect(again.index.seeds().map((s) => s.target)).toEqual(['pic.png']);
  });

  it('round-trips every kind of record and the graph exactly, and reads no cache of another version or a damaged one', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'A.md': '---\naliases: [Ay, "É"]\ntags: [x]\n---\n[[B]] ![[pic.png]] [md](B.md) [[Nobody]] #café',
      'B.md': '---\ncreated: 2026-01-02\nportfolio: public\n---\nno links',
      'people/P.md': '---\ntype: person\ncircle: personal\ncadence: 14\n---\n',
      'sources/S.md': '---\ntype: source\nurl: https://example.org\nshared_by: "[[P]]"\nstatus: read\nstatus_since: 2026-02-03\n---\n',
      'goals/G.md': '---\ntype: goal\nhorizon: year\nstatus: active\n---\n',
      'Bad.md': '---\n: : :\n---\nbroken yaml',
      'pic.png': 'png',
    });
    const garden = await Garden.open(root);
    const records = [...garden.index.records.values()];
    expect(records.some((r) => r.problems.length > 0 && r.readOnly)).toBe(true);
    expect(records.some((r) => r.source?.statusSince === '2026-02-03')).toBe(true);
    const linkCount = records.reduce((n, r) => n + r.links.length, 0);
    expect(linkCount).toBeGreaterThan(4);
    const resolved = Int32Array.from({ length: linkCount }, (_, i) => (i % 3 === 2 ? -1 : i));
    const graph = { attachments: [p('pic.png')], resolved };
    const bytes = encodeCache(records, graph);
    const decoded = decodeCache(bytes);
    // toStrictEqual: no property may appear or vanish (an optional field kept as undefined would).
    expect(decoded.order).toStrictEqual(records);
    expect([...decoded.positions]).toEqual(records.map((r, i) => [r.path, i]));
    expect(decoded.graph?.attachments).toEqual(['pic.png']);
    expect(decoded.graph?.resolved).toEqual(resolved);
    expect(decodeCache(encodeCache(records, null)).graph).toBeNull();

    // Damaged: cut anywhere (header, records, resolution), one byte too many, another version or magic.
    for (const cut of [0, 5, 11, 40, Math.floor(bytes.length / 2), bytes.length - 4, bytes.length - 1]) {
      expect(decodeCache(bytes.subarray(0, cut)).order).toEqual([]);
    }
    expect(decodeCache(Buffer.concat([bytes, Buffer.from([0])])).order).toEqual([]);
    const otherVersion = Buffer.from(bytes);
    otherVersion.writeUInt32LE(otherVersion.readUInt32LE(4) + 1, 4);
    expect(decodeCache(otherVersion).order).toEqual([]);
    const garbled = Buffer.from(bytes);
    garbled[12 + '{"records":[['.length - 1] = 0x7b; // `[{"…",…`: JSON that no longer parses
    expect(decodeCache(garbled).order).toEqual([]);
    const json = Buffer.from('{"records":[["A.md",1]],"attachments":null}'); // parses, but holds no record
    const header = Buffer.alloc(12);
    bytes.copy(header, 0, 0, 8);
    header.writeUInt32LE(json.length, 8);
    expect(decodeCache(Buffer.concat([header, json])).positions.size).toBe(0);
  });

  it('a truncated cache file is ignored: every file is read again and nothing is lost', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '[[B]] [[Nobody]]', 'B.md': 'b', 'pic.png': 'png' });
    await Garden.open(root);
    const whole = await readFile(cachePath(root));
    await writeFile(cachePath(root), whole.subarray(0, whole.length - 3));
    const { garden, filesRead } = await openCounting(root);
    expect(filesRead).toBe(2);
    expect([...garden.index.linksFrom(p('A.md'))]).toEqual(['B.md']);
    expect(garden.index.seeds().map((s) => s.target)).toEqual(['Nobody']);
    expect(await readFile(cachePath(root))).toEqual(whole); // written again, whole
  });

  it('removes the cache file of the old format when it writes the new one', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': 'a', '.garden/cache/index.v8': 'old cache' });
    await Garden.open(root);
    await expect(stat(path.join(root, '.garden/cache/index.v8'))).rejects.toThrow();
    expect((await readIndexCache(root)).order.length).toBe(1);
  });

  it('a restored graph answers like a fresh one before and after updates (duplicate links, self links, hubs)', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'Hub.md': '[[Hub]] [[A]] [[A]] [[B]] [[Hub#top]]',
      'A.md': '[[Hub]] [[Hub]] [[B]]',
      'B.md': '[[Hub]] ![[pic.png]] [[pic.png]]',
      'Lone.md': 'nothing',
      'pic.png': 'png',
    });
    const fresh = await Garden.open(root);
    const restored = await Garden.open(root);
    const shape = (g: Garden) => {
      const all = [...g.index.records.keys(), ...g.index.attachments].sort();
      return {
        out: all.map((k) => [k, [...g.index.linksFrom(k as GardenPath)]]),
        in: all.map((k) => [k, [...g.index.linksTo(k as GardenPath)]]),
        near: [...g.index.records.keys()].sort().map((k) => g.index.plantNeighbours(k as GardenPath)),
        seeds: g.index.seeds(),
      };
    };
    expect(shape(restored)).toEqual(shape(fresh));
    expect(restored.index.linksTo(p('Hub.md')).size).toBe(3);
    expect(restored.index.linksFrom(p('Nowhere.md')).size).toBe(0);
    // The same update on both keeps them equal (the restored one switches to its update form here).
    for (const g of [fresh, restored]) {
      await writeFile(path.join(root, 'Lone.md'), '[[Hub]] [[Ghost]]');
      await g.applyFile(path.join(root, 'Lone.md'));
      g.forget(p('B.md'));
    }
    expect(shape(restored)).toEqual(shape(fresh));
    expect([...restored.index.linksTo(p('Hub.md'))].sort()).toEqual(['A.md', 'Hub.md', 'Lone.md']);
  });

  it('a reopened garden names who shared a source and resolves any link like a fresh one, before and after its first update', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'people/Ann Lee.md': '---\ntype: person\naliases: [Dr Lee]\n---\n',
      'people/Bo.md': '---\ntype: person\n---\n',
      'sources/Linked.md': '---\ntype: source\nurl: https://example.org/1\nshared_by: "[[Ann Lee]]"\n---\n',
      'sources/Bare.md': '---\ntype: source\nurl: https://example.org/2\nshared_by: Dr Lee\n---\n',
      'sources/Piped.md': '---\ntype: source\nurl: https://example.org/3\nshared_by: "[[Bo|my friend Bo]]"\n---\n',
      'sources/Ghost.md': '---\ntype: source\nurl: https://example.org/4\nshared_by: "[[Nobody]]"\n---\n',
    });
    const fresh = await Garden.open(root);
    const restored = await Garden.open(root);
    const sharers = (g: Garden) => buildSnapshot(g.index, 'g', '2026-12-01' as never).plants.filter((plant) => plant.kind === 'source').map((plant) => [plant.path, plant.sharedByPath ?? null]).sort();
    expect(sharers(restored)).toEqual(sharers(fresh));
    expect(sharers(restored)).toEqual([
      ['sources/Bare.md', 'people/Ann Lee.md'],
      ['sources/Ghost.md', null],
      ['sources/Linked.md', 'people/Ann Lee.md'],
      ['sources/Piped.md', 'people/Bo.md'],
    ]);
    for (const target of ['ann lee', 'Dr Lee', 'people/Bo', 'Nobody', 'sources/Bare']) {
      expect(restored.index.resolve(target, p('sources/Linked.md'))).toBe(fresh.index.resolve(target, p('sources/Linked.md')));
    }
    // The first update is a removal: the names it drops are the only ones that stop resolving.
    for (const g of [fresh, restored]) g.forget(p('people/Bo.md'));
    expect(sharers(restored)).toEqual(sharers(fresh));
    expect(restored.index.resolve('Bo', p('sources/Piped.md'))).toBeNull();
    expect(restored.index.resolve('Dr Lee', p('sources/Piped.md'))).toBe('people/Ann Lee.md');
  });
});
