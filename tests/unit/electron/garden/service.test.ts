import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, MethodName } from '../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../electron/garden/service';
import { RESOURCES, tempDir, writeTree } from './helpers';
import { value, failure } from './call-result';

const NOW = () => new Date('2026-11-25T12:00:00Z');
const services: GardenService[] = [];

afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

async function start(userDataDir: string, extra: { initialRoot?: string } = {}) {
  const service = await createGardenService({ userDataDir, resourcesDir: RESOURCES, now: NOW, watch: false, ...extra });
  services.push(service);
  return service;
}

describe('createGardenService', () => {
  it('on first run copies the sample into the user data folder and opens the copy', async () => {
    const userData = await tempDir();
    const service = await start(userData);
    const info = value(await service.call('garden.info', {}));
    expect(info).toEqual({ root: path.join(userData, 'Sample Garden'), name: 'Sample Garden', plantCount: 35, warnings: [] });
    expect((await stat(path.join(userData, 'Sample Garden', 'people', 'Priya Raman.md'))).isFile()).toBe(true);
    const recent = value(await service.call('garden.recent', {}));
    expect(recent).toEqual([{ root: info.root, name: 'Sample Garden', openedAt: '2026-11-25T12:00:00.000Z' }]);
    // Persisted for the next start.
    expect(JSON.parse(await readFile(path.join(userData, 'state.json'), 'utf8')).recent).toEqual(recent);
    const snapshot = value(await service.call('garden.snapshot', {}));
    expect(snapshot.today).toBe('2026-11-25');
    expect(snapshot.plants.find((p) => p.title === 'Priya Raman')?.health.state).toBe('wilting');
  });

  it('answers bad input with a readable bad-input error, never a throw', async () => {
    const service = await start(await tempDir());
    const cases: [MethodName, unknown, RegExp][] = [
      ['note.read', { path: 42 }, /path/],
      ['note.read', {}, /path/],
      ['note.read', { path: '' }, /A path is required/],
      ['note.read', { path: 'a\0b.md' }, /NUL/],
      ['note.create', { title: '   ' }, /A title is required/],
      ['note.create', { title: 'x', kind: 'planet' }, /kind/],
      ['note.write', { path: 'a.md', text: 'x' }, /baseHash/],
      ['garden.open', { root: '' }, /Choose a folder/],
      ['note.read', 'not an object', /./],
    ];
    for (const [name, input, message] of cases) {
      const error = failure(await service.call(name, input));
      expect(error.code).toBe('bad-input');
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/ZodError|\n\s+at /);
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'garden.nope', ''])('refuses the unknown method %j', async (name) => {
    const service = await start(await tempDir());
    const error = failure(await service.call(name as MethodName, {}));
    expect(error).toEqual({ code: 'bad-input', message: `Unknown request "${name}".` });
  });

  it('opens another garden, records it first in the recent list, and reports a missing folder as not-found', async () => {
    const userData = await tempDir();
    const other = await tempDir();
    await writeTree(other, { 'A.md': '[[B]]', 'B.md': 'b' });
    const service = await start(userData);
    const events: EventName[] = [];
    service.subscribe((event) => events.push(event));

    const opened = value(await service.call('garden.open', { root: other }));
    expect(opened).toMatchObject({ root: other, name: path.basename(other), plantCount: 2 });
    expect(events).toContain('garden.opened');
    expect(events.filter((e) => e === 'index.progress').length).toBeGreaterThan(0);
    expect(value(await service.call('garden.recent', {})).map((r) => r.root)).toEqual([other, path.join(userData, 'Sample Garden')]);

    const missing = failure(await service.call('garden.open', { root: path.join(other, 'does-not-exist') }));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/There is no folder/);
    // The open garden is still the one that worked.
    expect(value(await service.call('garden.info', {})).root).toBe(other);
  });

  it('reads, writes (with conflicts), creates, resolves and deletes through the contract', async () => {
    const other = await tempDir();
    await writeTree(other, { 'A.md': '[[B]]' });
    const service = await start(await tempDir(), { initialRoot: other });
    const changes: unknown[] = [];
    service.subscribe((event, payload) => event === 'garden.changed' && changes.push(payload));

    const doc = value(await service.call('note.read', { path: 'A.md' }));
    expect(doc.outgoing).toEqual([{ target: 'B', resolved: null, embed: false }]);
    expect(value(await service.call('note.create', { title: 'B' }))).toEqual({ path: 'B.md' });
    expect(value(await service.call('link.resolve', { target: 'b', from: 'A.md' }))).toEqual({ path: 'B.md' });
    expect(changes).toContainEqual(expect.objectContaining({ changed: ['B.md', 'A.md'], removed: [] }));

    expect(value(await service.call('note.write', { path: 'A.md', text: 'edited', baseHash: doc.hash }))).toMatchObject({ status: 'saved' });
    expect(value(await service.call('note.write', { path: 'A.md', text: 'stale', baseHash: doc.hash }))).toMatchObject({ status: 'conflict', diskText: 'edited' });
    expect(await readFile(path.join(other, 'A.md'), 'utf8')).toBe('edited');

    expect(failure(await service.call('note.read', { path: '../outside.md' })).code).toBe('outside-garden');
    expect(failure(await service.call('note.create', { title: 'B' })).code).toBe('exists');
    const trashed = value(await service.call('note.delete', { path: 'B.md' })).trashed;
    expect(trashed.startsWith('.garden/trash/')).toBe(true);
    expect(failure(await service.call('note.read', { path: 'B.md' })).code).toBe('not-found');
  });

  it('close() leaves no garden open; the next start reopens the most recent garden instead of a new sample', async () => {
    const userData = await tempDir();
    const other = await tempDir();
    await writeTree(other, { 'A.md': 'a' });
    const first = await start(userData, { initialRoot: other });
    await first.close();
    expect(failure(await first.call('garden.info', {}))).toMatchObject({ code: 'no-garden' });

    const second = await start(userData);
    expect(value(await second.call('garden.info', {})).root).toBe(other);
    expect(await readdir(userData)).not.toContain('Sample Garden');
  });

  it('refuses to start on a given garden that does not exist', async () => {
    const userData = await tempDir();
    await expect(start(userData, { initialRoot: path.join(userData, 'nope') })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('starts with defaults after a corrupt app state file, keeps it aside and says so', async () => {
    const userData = await tempDir();
    await writeFile(path.join(userData, 'state.json'), '{"version":1,"recent":[');
    const service = await start(userData);
    const info = value(await service.call('garden.info', {}));
    expect(info.name).toBe('Sample Garden');
    expect(info.warnings).toEqual([expect.stringMatching(/could not be read, so defaults are used/)]);
    const names = await readdir(userData);
    const aside = names.find((n) => n.startsWith('state.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(userData, aside as string), 'utf8')).toBe('{"version":1,"recent":[');
  });
});
