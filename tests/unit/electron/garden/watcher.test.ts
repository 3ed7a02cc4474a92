import { appendFile, mkdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FSWatcher } from 'chokidar';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { Garden } from '../../../../electron/garden/garden';
import { hashBytes } from '../../../../electron/garden/parse-file';
import { watchGarden } from '../../../../electron/garden/watcher';
import { sleep, tempDir, waitFor, writeTree } from './helpers';

const p = (s: string) => s as GardenPath;
const watchers: FSWatcher[] = [];

afterEach(async () => {
  for (const w of watchers.splice(0)) await w.close();
});

async function watched(files: Record<string, string>) {
  const root = await tempDir();
  await writeTree(root, files);
  const events: ChangedEvent[] = [];
  /** Hash of each indexed version of a path, captured at the moment its change was announced. */
  const seenHashes = new Map<string, string[]>();
  const errors: string[] = [];
  let garden: Garden | null = null;
  garden = await Garden.open(root, {
    onChange: (event) => {
      events.push(event);
      for (const changed of event.changed) {
        const hash = garden?.index.records.get(changed)?.hash;
        if (hash) seenHashes.set(changed, [...(seenHashes.get(changed) ?? []), hash]);
      }
    },
  });
  const watcher = watchGarden(garden, { onError: (m) => errors.push(m) });
  watchers.push(watcher);
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { root, garden, events, seenHashes, errors };
}

const mentions = (events: ChangedEvent[], rel: string, key: 'changed' | 'removed') => events.some((e) => e[key].includes(p(rel)));

describe('watchGarden', () => {
  it('adopts an outside edit and an outside delete within about two seconds', async () => {
    const { root, garden, events, errors } = await watched({ 'A.md': 'no links', 'B.md': 'b' });
    await writeFile(path.join(root, 'A.md'), 'now links to [[B]]');
    expect(await waitFor(() => mentions(events, 'A.md', 'changed'), 2500)).toBe(true);
    expect([...garden.index.linksFrom(p('A.md'))]).toEqual(['B.md']);

    await unlink(path.join(root, 'B.md'));
    expect(await waitFor(() => mentions(events, 'B.md', 'removed'), 2500)).toBe(true);
    expect(garden.index.records.has(p('B.md'))).toBe(false);
    expect(garden.index.seeds().map((s) => s.target)).toEqual(['B']);
    expect(errors).toEqual([]);
  });

  it('adopts a new file and forgets a removed folder', async () => {
    const { root, garden, events } = await watched({ 'A.md': '[[C]] [[D]]', 'x/D.md': 'd' });
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'sub', 'C.md'), 'c');
    expect(await waitFor(() => garden.index.records.has(p('sub/C.md')), 2500)).toBe(true);
    expect([...garden.index.linksFrom(p('A.md'))].sort()).toEqual(['sub/C.md', 'x/D.md']);

    await rm(path.join(root, 'x'), { recursive: true });
    expect(await waitFor(() => !garden.index.records.has(p('x/D.md')), 2500)).toBe(true);
    expect(mentions(events, 'x/D.md', 'removed')).toBe(true);
    expect(garden.index.seeds().map((s) => s.target)).toEqual(['D']);
  });

  it('ignores hidden folders and the temp files of the app own saves', async () => {
    const { root, garden, events } = await watched({ 'A.md': 'a' });
    await writeTree(root, { '.obsidian/workspace.md': '[[X]]', '.garden/notes.md': 'y', 'notes/.pln-tmp-A.md.0001': 'half' });
    const doc = await garden.readNote('A.md');
    await garden.writeNote('A.md', 'saved in the app', doc.hash);
    await sleep(600);
    const paths = events.flatMap((e) => [...e.changed, ...e.removed]);
    expect(paths.filter((x) => x.includes('/.') || x.startsWith('.'))).toEqual([]);
    expect([...garden.index.records.keys()]).toEqual(['A.md']);
  });

  it('does not follow symlinks out of the garden or round a loop', async () => {
    const outside = await tempDir('pln-outside-');
    await writeTree(outside, { 'secret.md': 'outside' });
    const root = await tempDir();
    await writeTree(root, { 'notes/A.md': 'a' });
    await symlink(outside, path.join(root, 'out'), 'dir');
    await symlink(root, path.join(root, 'notes', 'up'), 'dir');
    await symlink(root, path.join(root, 'notes', 'up2'), 'dir');
    await symlink(path.join(root, 'b'), path.join(root, 'a'));
    await symlink(path.join(root, 'a'), path.join(root, 'b'));
    const events: ChangedEvent[] = [];
    const garden = await Garden.open(root, { onChange: (e) => events.push(e) });
    const errors: string[] = [];
    const watcher = watchGarden(garden, { onError: (m) => errors.push(m) });
    watchers.push(watcher);
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    // Only the garden's own folders are watched: root, notes.
    expect(Object.keys(watcher.getWatched()).length).toBeLessThanOrEqual(4);
    await writeFile(path.join(outside, 'secret.md'), 'changed outside [[A]]');
    await writeFile(path.join(outside, 'new.md'), 'new outside');
    await writeFile(path.join(root, 'notes', 'A.md'), 'a changed inside');
    expect(await waitFor(() => mentions(events, 'notes/A.md', 'changed'), 2500)).toBe(true);
    await sleep(300);
    expect([...garden.index.records.keys()]).toEqual(['notes/A.md']);
    expect(events.flatMap((e) => e.changed)).toEqual(['notes/A.md']);
    expect(errors).toEqual([]);
  });

  it.each([
    ['a new file', false],
    ['an existing file', true],
  ])('adopts a slow chunked outside save of %s once, whole, never half-written', async (_label, exists) => {
    const { root, garden, seenHashes } = await watched(exists ? { 'Slow.md': 'old version', 'B.md': 'b' } : { 'B.md': 'b' });
    const file = path.join(root, 'Slow.md');
    const chunks = Array.from({ length: 12 }, (_, i) => `line ${i} of a slow save ${'x'.repeat(200)}\n`);
    chunks[11] = 'the last line links to [[B]]\n';
    const final = chunks.join('');
    await writeFile(file, chunks[0] as string);
    // Pauses well inside the 100 ms settle, as a streaming editor or sync tool leaves them.
    for (const chunk of chunks.slice(1)) {
      await sleep(30);
      await appendFile(file, chunk);
    }
    const finalHash = hashBytes(Buffer.from(final));
    expect(await waitFor(() => garden.index.records.get(p('Slow.md'))?.hash === finalHash, 3000)).toBe(true);
    await sleep(400); // nothing else may arrive late
    expect(seenHashes.get('Slow.md')).toEqual([finalHash]);
    expect([...garden.index.linksFrom(p('Slow.md'))]).toEqual(['B.md']);
  });
});
