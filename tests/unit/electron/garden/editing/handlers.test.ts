/** The editing methods through the service (what both doors call): results and readable errors as data. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { value, failure } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

async function start(tree: Record<string, string>) {
  const root = await tempDir();
  await writeTree(root, tree);
  const service = await createGardenService({
    userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, watch: false, now: () => new Date('2026-11-25T12:00:00Z'),
  });
  services.push(service);
  return { root, service };
}

describe('editing methods through the service', () => {
  it('rename, trash, restore, headings, tags, mentions and the daily note', async () => {
    const { root, service } = await start({
      'Bee.md': '# Beta\n## Details',
      'A.md': '---\ntags: [topic/sub]\n---\nSee [[Bee]] and bee in prose, also Bee.',
    });
    const changes: ChangedEvent[] = [];
    service.subscribe((event, payload) => event === 'garden.changed' && changes.push(payload as ChangedEvent));

    expect(value(await service.call('note.headings', { path: 'Bee.md' }))).toEqual(['Beta', 'Details']);
    expect(value(await service.call('tags.list', {}))).toEqual([{ tag: 'topic', count: 1 }, { tag: 'topic/sub', count: 1 }]);
    const mentions = value(await service.call('note.mentions', { path: 'Bee.md' }));
    expect(mentions.map((m) => [m.from, m.text, m.line])).toEqual([['A.md', 'bee', 4], ['A.md', 'Bee', 4]]);

    expect(value(await service.call('note.rename', { path: 'Bee.md', newPath: 'beta/Better' }))).toEqual({ path: 'beta/Better.md', rewritten: ['A.md'] });
    expect(await readFile(path.join(root, 'A.md'), 'utf8')).toBe('---\ntags: [topic/sub]\n---\nSee [[Better]] and bee in prose, also Bee.');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ removed: ['Bee.md'] });
    expect(changes[0]?.links).toContainEqual({ from: 'A.md', to: ['beta/Better.md'] });

    const trashed = value(await service.call('note.delete', { path: 'beta/Better.md' })).trashed;
    expect(value(await service.call('trash.list', {}))).toEqual([
      { trashPath: trashed, originalPath: 'beta/Better.md', deletedAt: '2026-11-25T12:00:00.000Z' },
    ]);
    expect(value(await service.call('trash.restore', { trashPath: trashed }))).toEqual({ path: 'beta/Better.md' });
    expect(value(await service.call('trash.list', {}))).toEqual([]);
    expect(value(await service.call('link.resolve', { target: 'Better', from: 'A.md' }))).toEqual({ path: 'beta/Better.md' });

    expect(value(await service.call('note.daily', {}))).toEqual({ path: 'daily/2026-11-25.md' });
  });

  it('answers every refusal as a readable error, never a throw', async () => {
    const { service } = await start({ 'A.md': 'a', 'B.md': 'b' });
    expect(failure(await service.call('note.rename', { path: 'A.md', newPath: 'B' }))).toMatchObject({ code: 'exists' });
    expect(failure(await service.call('note.rename', { path: 'A.md', newPath: '' }))).toMatchObject({ code: 'bad-input', message: 'A path is required.' });
    expect(failure(await service.call('note.rename', { path: 'A.md' }))).toMatchObject({ code: 'bad-input', message: '"newPath" is required.' });
    expect(failure(await service.call('trash.restore', { trashPath: 'A.md' }))).toMatchObject({ code: 'bad-input' });
    expect(failure(await service.call('note.headings', { path: 'nope.md' }))).toMatchObject({ code: 'not-found' });
    expect(failure(await service.call('note.mentions', { path: '/etc/passwd' }))).toMatchObject({ code: 'outside-garden' });
  });
});
