/**
 * Disk faults under a note being written, through the real service, the renderer's client and
 * its autosave controller (what the person sees is `saveStateText` of the controller's state).
 * Each test checks: the exact message, the buffer kept, no partial or temp file, nothing
 * recreated where the garden was, and at the end every word typed is in the note, a conflict
 * copy or the trash, with nothing outside the garden changed.
 */
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../../../../shared/api';
import { TEMP_PREFIX } from '../../../../../electron/garden/atomic-write';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { createClient, messageOf, type Client, type Transport } from '../../../../../renderer/src/api/client';
import { SaveController, type SaveState } from '../../../../../renderer/src/editor/autosave';
import { saveStateText } from '../../../../../renderer/src/views/notes/SaveStatus';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { faultyDisk, type Fault } from './faulty-disk';

const NOW = () => new Date('2026-11-25T12:00:00Z');
const ORIGINAL = '---\ntags: [idea]\n---\n# Idea\n\nThe first thought, linked to [[Other]].\n';
const TYPED = '\nWords typed while the disk misbehaves: scaffolding, zone, proximal.';
const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

/** Every file below `dir` (relative path → bytes as text), hidden folders included. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true }).catch(() => [])) {
      const absolute = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else out.set(path.relative(dir, absolute), await readFile(absolute, 'latin1'));
    }
  };
  await walk(dir);
  return out;
}

function serviceTransport(service: GardenService): Transport {
  return { kind: 'test', call: (name, input) => service.call(name, input), on: () => () => undefined };
}

async function setup() {
  const base = await tempDir('pln-faults-');
  const root = path.join(base, 'Garden');
  await writeTree(root, { 'notes/Idea.md': ORIGINAL, 'notes/Other.md': 'Other, pointing back at [[Idea]].\n' });
  await writeTree(path.join(base, 'outside'), { 'keep.md': 'a file next to the garden', 'deep/also.md': 'untouched' });
  const service = await createGardenService({ userDataDir: path.join(base, 'user-data'), resourcesDir: RESOURCES, initialRoot: root, watch: false, now: NOW });
  services.push(service);
  const client = createClient(serviceTransport(service));
  const outsideBefore = await tree(path.join(base, 'outside'));
  return {
    base,
    root,
    service,
    client,
    /** Nothing beside the garden changed: the same folders, and `outside/` byte for byte. */
    async outsideUnchanged(gardenNames = ['Garden']) {
      expect((await readdir(base)).sort()).toEqual([...gardenNames, 'outside', 'user-data'].sort());
      expect(await tree(path.join(base, 'outside'))).toEqual(outsideBefore);
    },
  };
}

/** The note page: the buffer the person types into, saved by the real SaveController. */
async function openEditor(client: Client, rel: string) {
  const doc = await client.call('note.read', { path: rel });
  let buffer = doc.text;
  const controller = new SaveController(
    { text: doc.text, hash: doc.hash },
    {
      write: (text, baseHash) => client.call('note.write', { path: rel, text, baseHash }),
      getText: () => buffer,
      adopt: (text) => (buffer = text),
      replace: (text) => (buffer = text),
      onState: () => undefined,
      describeError: messageOf,
      // Autosave's timer never fires by itself here: the test saves with flush(), as blur does.
      timers: { set: () => 0, clear: () => undefined },
    },
  );
  return {
    controller,
    get buffer() {
      return buffer;
    },
    type(words: string) {
      buffer += words;
      controller.edited();
    },
    /** What the page shows beside the note. */
    get status(): string {
      return saveStateText(controller.current as SaveState);
    },
  };
}

async function tempFilesIn(root: string): Promise<string[]> {
  return [...(await tree(root)).keys()].filter((rel) => path.basename(rel).startsWith(TEMP_PREFIX));
}

/** Where the typed words are now: the note, a conflict copy or the trash (any file of the garden). */
async function filesHolding(root: string, words: string): Promise<string[]> {
  return [...(await tree(root))].filter(([, text]) => text.includes(words)).map(([rel]) => rel.split(path.sep).join('/'));
}

const isNote = (file: string) => file.endsWith(`${path.sep}Idea.md`);
const isTempOfNote = (file: string) => path.basename(file).startsWith(`${TEMP_PREFIX}Idea.md`);

const saveFaults: [string, Fault, string][] = [
  ['the disk fills up half-way through the write', { call: 'writeNewFile', code: 'ENOSPC', partial: true }, 'the disk is full'],
  ['permission to create the file is denied', { call: 'writeNewFile', code: 'EACCES' }, 'permission was denied'],
  ['the disk is mounted read-only', { call: 'writeNewFile', code: 'EROFS' }, 'the disk is read-only'],
  ['replacing the note is not permitted (Windows: open in another program)', { call: 'rename', code: 'EPERM', when: isTempOfNote }, 'the operation is not permitted (the file may be locked or read-only)'],
  ['the note is locked by another program', { call: 'rename', code: 'EBUSY', when: isTempOfNote }, 'the file is locked by another program'],
  ['reading the version on disk fails', { call: 'readFile', code: 'EIO', when: isNote }, 'the disk reported a read/write error'],
];

describe('a save that meets a failing disk', () => {
  it.each(saveFaults)('%s: says why, keeps the buffer and the old file, and saves once the disk works', async (_label, fault, reason) => {
    const { root, client, outsideUnchanged } = await setup();
    const editor = await openEditor(client, 'notes/Idea.md');
    const disk = faultyDisk().inject(fault);
    editor.type(TYPED);
    await editor.controller.flush();

    expect(disk.failed.length).toBeGreaterThan(0);
    expect(editor.status).toBe(`Not saved: Could not save "notes/Idea.md": ${reason}. Your text is kept in the editor.`);
    expect(editor.buffer).toBe(ORIGINAL + TYPED);
    expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(ORIGINAL);
    expect(await tempFilesIn(root)).toEqual([]);

    disk.heal();
    await editor.controller.flush(); // "Try again", the next edit or blur
    expect(editor.status).toBe('Saved');
    expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(ORIGINAL + TYPED);
    expect(await filesHolding(root, TYPED)).toEqual(['notes/Idea.md']);
    expect(await tempFilesIn(root)).toEqual([]);
    await outsideUnchanged();
  });

  it('a disk that stays full fails every retry the same way and never leaves a partial file', async () => {
    const { root, client, outsideUnchanged } = await setup();
    const editor = await openEditor(client, 'notes/Idea.md');
    const disk = faultyDisk().inject({ call: 'writeNewFile', code: 'ENOSPC', partial: true });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      editor.type(` attempt ${attempt}`);
      await editor.controller.flush();
      expect(editor.status).toBe('Not saved: Could not save "notes/Idea.md": the disk is full. Your text is kept in the editor.');
      expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(ORIGINAL);
      expect(await tempFilesIn(root)).toEqual([]);
    }
    expect(disk.failed.filter((f) => f.startsWith('writeNewFile'))).toHaveLength(3);
    disk.heal();
    await editor.controller.flush();
    expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(`${ORIGINAL} attempt 1 attempt 2 attempt 3`);
    await outsideUnchanged();
  });
});

describe('other operations on a failing disk', () => {
  it('opening a note whose bytes cannot be read says so, as a read', async () => {
    const { root, client, outsideUnchanged } = await setup();
    faultyDisk().inject({ call: 'readFile', code: 'EIO', when: isNote });
    await expect(client.call('note.read', { path: 'notes/Idea.md' })).rejects.toMatchObject({
      code: 'io',
      message: 'Could not read "notes/Idea.md": the disk reported a read/write error.',
    });
    expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(ORIGINAL);
    await outsideUnchanged();
  });

  it('a delete that cannot move the note to the trash says so and leaves it where it was', async () => {
    const { root, client, outsideUnchanged } = await setup();
    const disk = faultyDisk().inject({ call: 'rename', code: 'EACCES', when: isNote });
    await expect(client.call('note.delete', { path: 'notes/Idea.md' })).rejects.toMatchObject({
      code: 'io',
      message: 'Could not move "notes/Idea.md" to the trash: permission was denied. It is still where it was.',
    });
    expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(ORIGINAL);
    expect((await client.call('garden.snapshot', {})).plants.map((p) => p.path)).toContain('notes/Idea.md');
    disk.heal();
    await client.call('note.delete', { path: 'notes/Idea.md' });
    expect(await filesHolding(root, 'The first thought')).toEqual([expect.stringMatching(/^\.garden\/trash\/[^/]+\/notes\/Idea\.md$/)]);
    await outsideUnchanged();
  });

  it('a file that cannot be read while the garden opens is left out with a warning, never written', async () => {
    const { base, root } = await setup();
    await rm(path.join(root, '.garden', 'cache'), { recursive: true, force: true }); // so the open reads every file
    const disk = faultyDisk().inject({ call: 'readFileSync', code: 'EIO', when: isNote });
    const userData = path.join(base, 'user-data');
    const service = await createGardenService({ userDataDir: userData, resourcesDir: RESOURCES, initialRoot: root, watch: false, now: NOW });
    services.push(service);
    const info = await service.call('garden.info', {});
    expect(info).toMatchObject({ ok: true, value: { plantCount: 1 } });
    expect((info as Extract<CallResult<{ warnings: string[] }>, { ok: true }>).value.warnings).toEqual([
      '"notes/Idea.md" could not be read (the disk reported a read/write error), so it is left out until the garden is opened again.',
    ]);
    disk.heal();
    const created = await service.call('note.create', { title: 'Idea', kind: 'note', folder: 'notes' });
    expect(created).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await readFile(path.join(root, 'notes', 'Idea.md'), 'utf8')).toBe(ORIGINAL);
  });
});

describe('the garden folder goes away while the app runs', () => {
  const gone = (root: string) => `The garden folder ${root} is no longer there (moved, renamed or deleted), so nothing was written to it. Open it again from where it is now.`;

  it('deleted: every write refuses with one clear message, the buffer stays, and nothing is recreated there', async () => {
    const { base, root, service, client, outsideUnchanged } = await setup();
    const editor = await openEditor(client, 'notes/Idea.md');
    await rm(root, { recursive: true, force: true });
    editor.type(TYPED);
    await editor.controller.flush();
    expect(editor.status).toBe(`Not saved: ${gone(root)}`);
    expect(editor.buffer).toBe(ORIGINAL + TYPED);

    for (const [name, input] of [
      ['note.create', { title: 'New thought', kind: 'note' }],
      ['note.delete', { path: 'notes/Other.md' }],
      ['note.rename', { path: 'notes/Other.md', newPath: 'notes/Renamed.md' }],
      ['layout.save', { positions: { 'notes/Other.md': [1, 2] }, pinned: [] }],
    ] as const) {
      expect(await service.call(name, input as never)).toEqual({ ok: false, error: { code: 'not-found', message: gone(root) } });
    }
    await service.close(); // writes the index cache of an open garden
    services.splice(0);
    await expect(stat(root)).rejects.toMatchObject({ code: 'ENOENT' });
    await outsideUnchanged([]);
    void base;
  });

  it('moved: nothing appears at the old path, and the words reach the note once it is opened where it went', async () => {
    const { base, root, client, outsideUnchanged } = await setup();
    const editor = await openEditor(client, 'notes/Idea.md');
    const moved = path.join(base, 'Garden (moved)');
    await rename(root, moved);
    editor.type(TYPED);
    await editor.controller.flush();
    expect(editor.status).toBe(`Not saved: ${gone(root)}`);
    await expect(stat(root)).rejects.toMatchObject({ code: 'ENOENT' });

    await client.call('garden.open', { root: moved });
    await editor.controller.flush();
    expect(editor.status).toBe('Saved');
    expect(await filesHolding(moved, TYPED)).toEqual(['notes/Idea.md']);
    await expect(stat(root)).rejects.toMatchObject({ code: 'ENOENT' });
    await outsideUnchanged(['Garden (moved)']);
  });
});
