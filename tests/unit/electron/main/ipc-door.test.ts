/**
 * The whole IPC door in one process, with the real garden service on a temp garden:
 * page → bridge (preload) → fake ipcRenderer/ipcMain → handlers (main) → service, and
 * service events → forwarder → webContents.send → bridge listener. Only Electron's
 * transport is faked; everything on either side of it is the shipped code.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../electron/garden/service';
import { connectIpcDoor } from './fakes';

let dir: string;
let service: GardenService;
let door: ReturnType<typeof connectIpcDoor>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pln-ipc-door-'));
  const garden = path.join(dir, 'My Garden');
  await mkdir(garden, { recursive: true });
  await writeFile(path.join(garden, 'hello.md'), '# Hello\n\nSee [[world]].\n');
  service = await createGardenService({
    userDataDir: path.join(dir, 'user-data'),
    resourcesDir: path.join(dir, 'no-resources'),
    initialRoot: garden,
    watch: false,
  });
  door = connectIpcDoor(service);
});

afterAll(async () => {
  door?.dispose();
  await service?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the IPC door, end to end', () => {
  it('answers our window with the open garden', async () => {
    await expect(door.ours.bridge.call('garden.info', {})).resolves.toMatchObject({ ok: true, value: { name: 'My Garden' } });
  });

  it('reads a note through every layer', async () => {
    const note = await door.ours.bridge.call('note.read', { path: 'hello.md' });
    expect(note.ok).toBe(true);
    if (note.ok) expect(note.value.text).toBe('# Hello\n\nSee [[world]].\n');
  });

  it('refuses a foreign window before the service sees anything', async () => {
    await expect(door.foreign.bridge.call('garden.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives a readable error for hostile input, and the garden keeps answering', async () => {
    await expect(door.ours.bridge.call('note.read', { path: 7 } as never)).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: '"path" should be a string.' },
    });
    const escape = await door.ours.bridge.call('note.read', { path: '../../../etc/passwd' });
    expect(escape.ok).toBe(false);
    await expect(door.ours.bridge.call('garden.info', {})).resolves.toMatchObject({ ok: true });
  });

  it('pushes change events to our window only, payload only', async () => {
    const received: ChangedEvent[] = [];
    const stop = door.ours.bridge.on('garden.changed', (payload) => received.push(payload));
    const leaked: unknown[] = [];
    door.foreign.bridge.on('garden.changed', (payload) => leaked.push(payload));

    const read = await door.ours.bridge.call('note.read', { path: 'hello.md' });
    if (!read.ok) throw new Error(read.error.message);
    const saved = await door.ours.bridge.call('note.write', {
      path: 'hello.md',
      text: '# Hello\n\nEdited.\n',
      baseHash: read.value.hash,
    });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(received).toContainEqual(expect.objectContaining({ changed: ['hello.md'] }));
    expect(leaked).toEqual([]);
    stop();
  });
});
