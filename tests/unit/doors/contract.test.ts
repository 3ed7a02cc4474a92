/**
 * One contract suite, run against both doors (Electron IPC through the real preload bridge
 * and a fake ipcMain; the HTTP door on 127.0.0.1), so they cannot drift apart.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, type PlnBridge } from '../../../shared/api';
import { createGardenService, type GardenService } from '../../../electron/garden/service';
import { startHttpDoor } from '../../../electron/server/http-door';
import { connectIpcDoor } from '../electron/main/fakes';
import { connectHttp } from './http-bridge';

const resourcesDir = path.resolve(__dirname, '../../../resources');

interface Door {
  bridge: PlnBridge;
  dispose(): Promise<void>;
}

const doors: Record<string, (service: GardenService) => Promise<Door>> = {
  ipc: async (service) => {
    const door = connectIpcDoor(service);
    return { bridge: door.ours.bridge, dispose: async () => door.dispose() };
  },
  http: async (service) => {
    const door = await startHttpDoor({ service, rendererDir: path.join(os.tmpdir(), 'no-renderer-here') });
    const session = await connectHttp(door.url);
    return { bridge: session.bridge, dispose: async () => { session.close(); await door.close(); } };
  },
};

describe.each(Object.keys(doors))('the %s door', (kind) => {
  let dir: string;
  let service: GardenService;
  let door: Door;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), `pln-door-${kind}-`));
    service = await createGardenService({ userDataDir: dir, resourcesDir, watch: false });
    door = await (doors[kind] as (s: GardenService) => Promise<Door>)(service);
  });

  afterEach(async () => {
    await door.dispose();
    await service.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers garden.info for the first-run sample copy', async () => {
    const result = await door.bridge.call('garden.info', {});
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.name).toBe('Sample Garden');
      expect(result.value.root).toBe(path.join(dir, 'Sample Garden'));
      expect(result.value.plantCount).toBe(35);
    }
  });

  it('reads a note with its backlinks', async () => {
    const result = await door.bridge.call('note.read', { path: 'notes/Zone of proximal development.md' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('Zone of proximal development');
    expect(result.value.backlinks.map((b) => b.from)).toContain('notes/Research paper outline.md');
  });

  it('refuses bad input with a readable message and no side effect', async () => {
    const missing = await door.bridge.call('note.read', {} as never);
    expect(missing).toEqual({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/path/i) } });
    const escape = await door.bridge.call('note.read', { path: '../../etc/passwd' });
    expect(escape.ok || escape.error.code).toBe('outside-garden');
    const created = await door.bridge.call('note.create', { title: '   ' });
    expect(created.ok || created.error.message).toBe('A title is required.');
  });

  it('refuses names outside the contract', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'fs.readFile']) {
      const result = await door.bridge.call(name as keyof typeof api, {} as never);
      expect(result.ok).toBe(false);
    }
  });

  it('saves with the base hash, reports a conflict when the file changed on disk, and pushes the change', async () => {
    const rel = 'notes/Scaffolding.md';
    const read = await door.bridge.call('note.read', { path: rel });
    if (!read.ok) throw new Error(read.error.message);
    const changed = new Promise<unknown>((resolve) => door.bridge.on('garden.changed', resolve));
    const saved = await door.bridge.call('note.write', { path: rel, text: `${read.value.text}\nmine\n`, baseHash: read.value.hash });
    expect(saved.ok && saved.value.status).toBe('saved');
    const event = (await changed) as { changed: string[]; plants: { path: string }[] };
    expect(event.changed).toContain(rel);
    expect(event.plants.map((p) => p.path)).toContain(rel);

    const file = path.join(dir, 'Sample Garden', rel);
    await writeFile(file, 'outside version\n');
    const stale = await door.bridge.call('note.write', { path: rel, text: 'mine again', baseHash: read.value.hash });
    expect(stale.ok && stale.value).toMatchObject({ status: 'conflict', diskText: 'outside version\n' });
    expect(await readFile(file, 'utf8')).toBe('outside version\n');
  });

  it('creates a plant from a title with a safe file name and deletes it to the trash', async () => {
    const created = await door.bridge.call('note.create', { title: 'CON', kind: 'note' });
    expect(created.ok && created.value.path).toBe('CON (note).md');
    const trashed = await door.bridge.call('note.delete', { path: 'CON (note).md' });
    expect(trashed.ok && trashed.value.trashed).toMatch(/^\.garden\/trash\/.+\/CON \(note\)\.md$/);
  });
});
