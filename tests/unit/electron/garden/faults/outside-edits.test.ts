/**
 * Edits made by other programs while a note is open, through the real watcher, service, client
 * and autosave controller, wired as the note page wires them (a change event → read → `outside`;
 * a removal → `setStopped`). Each ends with every word typed in the app, and every word written
 * outside, in the note, a conflict copy the person chose, or the trash.
 */
import { readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { createClient, messageOf, type Client } from '../../../../../renderer/src/api/client';
import { SaveController } from '../../../../../renderer/src/editor/autosave';
import { saveStateText } from '../../../../../renderer/src/views/notes/SaveStatus';
import { RESOURCES, tempDir, waitFor, writeTree } from '../helpers';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

async function start(files: Record<string, string>) {
  const base = await tempDir('pln-outside-');
  const root = path.join(base, 'Garden');
  await writeTree(root, files);
  const service = await createGardenService({ userDataDir: path.join(base, 'user-data'), resourcesDir: RESOURCES, initialRoot: root });
  services.push(service);
  const events: ChangedEvent[] = [];
  service.subscribe((event, payload) => {
    if (event === 'garden.changed') events.push(payload as ChangedEvent);
  });
  const client = createClient({ kind: 'test', call: (name, input) => service.call(name, input), on: () => () => undefined });
  // Let the watcher finish its first scan.
  await new Promise((r) => setTimeout(r, 400));
  return { root, service, client, events };
}

async function openNote(client: Client, events: ChangedEvent[], rel: string) {
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
      timers: { set: () => 0, clear: () => undefined },
    },
  );
  let seen = events.length;
  /** What the note page does with the change events that arrived since it last looked. */
  const follow = async () => {
    for (const event of events.slice(seen)) {
      if (event.removed.includes(rel as never)) controller.setStopped('Deleted outside the app — not saved');
      else if (event.changed.includes(rel as never)) {
        const fresh = await client.call('note.read', { path: rel });
        controller.outside(fresh.text, fresh.hash);
      }
    }
    seen = events.length;
  };
  return {
    controller,
    follow,
    get buffer() {
      return buffer;
    },
    type(words: string) {
      buffer += words;
      controller.edited();
    },
    get status() {
      return saveStateText(controller.current);
    },
  };
}

const announced = (events: ChangedEvent[], rel: string, key: 'changed' | 'removed') => () => events.some((e) => (e[key] as string[]).includes(rel));

describe('outside edits to an open note', () => {
  it('a clean note follows the outside version', async () => {
    const { root, client, events } = await start({ 'Idea.md': 'first version\n' });
    const note = await openNote(client, events, 'Idea.md');
    await writeFile(path.join(root, 'Idea.md'), 'first version\nand a line added in another editor\n');
    expect(await waitFor(announced(events, 'Idea.md', 'changed'), 3000)).toBe(true);
    await note.follow();
    expect(note.buffer).toBe('first version\nand a line added in another editor\n');
    expect(note.status).toBe('Saved');
  });

  it('a note with unsaved edits becomes a conflict that keeps both; merging by hand saves both', async () => {
    const { root, client, events } = await start({ 'Idea.md': 'first version\n' });
    const note = await openNote(client, events, 'Idea.md');
    note.type('typed in the app before the outside save\n');
    await writeFile(path.join(root, 'Idea.md'), 'first version\nwritten on the phone\n');
    expect(await waitFor(announced(events, 'Idea.md', 'changed'), 3000)).toBe(true);
    await note.follow();
    expect(note.status).toBe('Not saved: the file changed on disk');
    expect(note.controller.current).toMatchObject({ kind: 'conflict', theirs: 'first version\nwritten on the phone\n' });
    expect(note.buffer).toBe('first version\ntyped in the app before the outside save\n');
    expect(await readFile(path.join(root, 'Idea.md'), 'utf8')).toBe('first version\nwritten on the phone\n');

    note.controller.startMerge();
    await note.controller.finishMerge();
    const saved = await readFile(path.join(root, 'Idea.md'), 'utf8');
    expect(saved).toContain('typed in the app before the outside save');
    expect(saved).toContain('written on the phone');
  });

  it('a note deleted outside while it has unsaved edits stops saving, keeps the text, and writes it back when asked', async () => {
    const { root, client, events } = await start({ 'Idea.md': 'first version\n', 'Other.md': 'links to [[Idea]]\n' });
    const note = await openNote(client, events, 'Idea.md');
    note.type('typed just before it was deleted\n');
    await unlink(path.join(root, 'Idea.md'));
    expect(await waitFor(announced(events, 'Idea.md', 'removed'), 3000)).toBe(true);
    await note.follow();
    await note.controller.flush();
    expect(note.status).toBe('Deleted outside the app — not saved');
    await expect(readFile(path.join(root, 'Idea.md'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(note.buffer).toBe('first version\ntyped just before it was deleted\n');

    await note.controller.writeBack();
    expect(note.status).toBe('Saved');
    expect(await readFile(path.join(root, 'Idea.md'), 'utf8')).toBe('first version\ntyped just before it was deleted\n');
  });

  it.each([
    ['a case-only rename', 'Idea.md', 'idea.md'],
    ['a rename from NFC to NFD (as macOS tools may write names)', 'Caf\u00e9.md', 'Cafe\u0301.md'],
  ])('%s outside is one note under its new name, links still find it, nothing is duplicated', async (_label, from, to) => {
    const { root, client, events } = await start({ [from]: 'the note itself\n', 'Other.md': `links to [[${from.slice(0, -3)}]]\n` });
    await rename(path.join(root, from), path.join(root, to));
    expect(await waitFor(announced(events, to, 'changed'), 3000)).toBe(true);
    expect(await waitFor(announced(events, from, 'removed'), 3000)).toBe(true);
    const snapshot = await client.call('garden.snapshot', {});
    expect(snapshot.plants.map((p) => p.path).sort()).toEqual(['Other.md', to].sort());
    const other = await client.call('note.read', { path: 'Other.md' });
    expect(other.outgoing).toEqual([{ target: from.slice(0, -3), resolved: to, embed: false }]);
    expect((await readdir(root)).filter((n) => !n.startsWith('.')).sort()).toEqual(['Other.md', to].sort());
    expect(await readFile(path.join(root, to), 'utf8')).toBe('the note itself\n');
  });
});
