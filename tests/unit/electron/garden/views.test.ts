/** Saved views of the garden map persist in .garden/state.json, validated on the way in and out. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGardenService } from '../../../../electron/garden/service';
import { tempDir, writeTree } from './helpers';

async function open(root: string, userDataDir?: string) {
  return createGardenService({ userDataDir: userDataDir ?? (await tempDir()), resourcesDir: '/nowhere', initialRoot: root, watch: false });
}

describe('views.list / views.save / views.delete', () => {
  it('saves named views, replaces one of the same name (without case), and reads them back after a reopen', async () => {
    const root = await tempDir();
    const userDataDir = await tempDir();
    await writeTree(root, { 'A.md': '' });
    let service = await open(root, userDataDir);
    expect(await service.call('views.list', {})).toEqual({ ok: true, value: [] });
    const people = { name: 'People', options: { kinds: ['person'], colourBy: 'circle' }, forces: { repulsion: 2, linkDistance: 1, centrePull: 0.5 } };
    expect((await service.call('views.save', people)).ok).toBe(true);
    expect((await service.call('views.save', { name: 'Around A', options: { focus: 'A.md', depth: 2 } })).ok).toBe(true);
    const replaced = await service.call('views.save', { name: 'people', options: { kinds: ['person', 'source'] } });
    expect(replaced).toEqual({ ok: true, value: [{ name: 'Around A', options: { focus: 'A.md', depth: 2 } }, { name: 'people', options: { kinds: ['person', 'source'] } }] });
    await service.close();
    const onDisk = JSON.parse(await readFile(path.join(root, '.garden', 'state.json'), 'utf8'));
    expect(onDisk.views.map((v: { name: string }) => v.name)).toEqual(['Around A', 'people']);
    service = await open(root, userDataDir);
    expect((await service.call('views.list', {})).ok && (await service.call('views.list', {}))).toMatchObject({ value: [{ name: 'Around A' }, { name: 'people' }] });
    expect(await service.call('views.delete', { name: 'AROUND a' })).toEqual({ ok: true, value: [{ name: 'people', options: { kinds: ['person', 'source'] } }] });
    const gone = await service.call('views.delete', { name: 'nope' });
    expect(gone).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no view named "nope".' } });
    await service.close();
  });

  it('refuses a view without a name, with unknown filters or wild forces, with a readable message', async () => {
    const root = await tempDir();
    const service = await open(root);
    for (const bad of [
      { name: '  ', options: {} },
      { name: 'x', options: { kinds: ['planet'] } },
      { name: 'x', options: {}, forces: { repulsion: 1e9, linkDistance: 1, centrePull: 1 } },
      { name: 'x', options: { depth: 7 } },
    ]) {
      const result = await service.call('views.save', bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-input');
    }
    await service.close();
  });

  it('skips views edited by hand into something unreadable, keeping them in the file', async () => {
    const root = await tempDir();
    await writeTree(root, {
      '.garden/state.json': JSON.stringify({ version: 1, settings: {}, layout: {}, views: [{ name: 'ok', options: {} }, { name: 'bad', options: { depth: 'deep' } }] }),
    });
    const service = await open(root);
    expect(await service.call('views.list', {})).toEqual({ ok: true, value: [{ name: 'ok', options: {} }] });
    await service.call('views.save', { name: 'new', options: {} });
    await service.close();
    const onDisk = JSON.parse(await readFile(path.join(root, '.garden', 'state.json'), 'utf8'));
    expect(onDisk.views.map((v: { name: string }) => v.name)).toEqual(['bad', 'new', 'ok']);
  });
});
