import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { Garden } from '../../../../electron/garden/garden';
import { cachePath, readIndexCache } from '../../../../electron/garden/index-cache';
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
    expect((await readIndexCache(root)).records.size).toBe(3);

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
    expect([...(await readIndexCache(root)).records.keys()].sort()).toEqual(['A.md', 'New.md']);
  });

  it('ignores a corrupt or foreign cache file and rebuilds it', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '[[B]]', 'B.md': 'b', '.garden/cache/index.v8': 'not a v8 blob at all' });
    const { garden, filesRead } = await openCounting(root);
    expect(filesRead).toBe(2);
    expect([...garden.index.linksFrom(p('A.md'))]).toEqual(['B.md']);
    expect((await readIndexCache(root)).records.size).toBe(2);
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
});
