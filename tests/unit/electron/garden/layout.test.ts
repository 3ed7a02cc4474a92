/** Graph positions persist in .garden/state.json, only for plants that exist. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGardenService } from '../../../../electron/garden/service';
import { tempDir, writeTree } from './helpers';

describe('layout.get / layout.save', () => {
  it('saves positions and pins of existing plants and reads them back after a reopen', async () => {
    const root = await tempDir();
    const userDataDir = await tempDir();
    await writeTree(root, { 'A.md': '[[B]]', 'B.md': '' });
    let service = await createGardenService({ userDataDir, resourcesDir: '/nowhere', initialRoot: root, watch: false });
    expect(await service.call('layout.get', {})).toEqual({ ok: true, value: { positions: {}, pinned: [] } });
    const saved = await service.call('layout.save', { positions: { 'A.md': [1, 2], 'B.md': [-3.5, 4], 'Ghost.md': [9, 9] }, pinned: ['A.md', 'Ghost.md'] });
    expect(saved).toEqual({ ok: true, value: { saved: 2 } });
    await service.close();
    const onDisk = JSON.parse(await readFile(path.join(root, '.garden', 'state.json'), 'utf8'));
    expect(onDisk.layout).toEqual({ 'A.md': [1, 2], 'B.md': [-3.5, 4] });
    service = await createGardenService({ userDataDir, resourcesDir: '/nowhere', initialRoot: root, watch: false });
    expect(await service.call('layout.get', {})).toEqual({ ok: true, value: { positions: { 'A.md': [1, 2], 'B.md': [-3.5, 4] }, pinned: ['A.md'] } });
    await service.close();
  });

  it('keeps the map’s derived hubs (platforms, seeds), but never more of them than the garden has room for', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '[[Idea]]' });
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: '/nowhere', initialRoot: root, watch: false });
    const hostile = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`seed:junk ${i}`, [i, i] as [number, number]]));
    const saved = await service.call('layout.save', {
      positions: { 'platform:reddit': [5, 6], 'seed:Idea': [7, 8], 'A.md': [1, 1], 'elsewhere:x': [0, 0], ...hostile },
      pinned: ['platform:reddit', 'elsewhere:x'],
    });
    expect(saved.ok && saved.value.saved).toBe(201); // A.md and the first 200 derived ids
    const back = await service.call('layout.get', {});
    expect(back.ok && back.value.positions['platform:reddit']).toEqual([5, 6]);
    expect(back.ok && back.value.positions['seed:Idea']).toEqual([7, 8]);
    expect(back.ok && back.value.positions['elsewhere:x']).toBeUndefined();
    expect(back.ok && back.value.pinned).toEqual(['platform:reddit']);
    await service.close();
  });

  it('takes the positions as JSON text, as the map sends them, and refuses text that is not JSON or not positions', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '', 'B.md': '' });
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: '/nowhere', initialRoot: root, watch: false });
    const saved = await service.call('layout.save', { positionsJson: '{"A.md":[1,2],"B.md":[-3.5,4],"Ghost.md":[9,9]}', pinned: ['B.md'] });
    expect(saved).toEqual({ ok: true, value: { saved: 2 } });
    expect(await service.call('layout.get', {})).toEqual({ ok: true, value: { positions: { 'A.md': [1, 2], 'B.md': [-3.5, 4] }, pinned: ['B.md'] } });
    const notJson = await service.call('layout.save', { positionsJson: '{"A.md":[1,', pinned: [] });
    expect(notJson).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('could not be read') } });
    const notPositions = await service.call('layout.save', { positionsJson: '{"A.md":"here"}', pinned: [] });
    expect(notPositions).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    // Nothing refused was written: the layout saved first is still there.
    expect(await service.call('layout.get', {})).toEqual({ ok: true, value: { positions: { 'A.md': [1, 2], 'B.md': [-3.5, 4] }, pinned: ['B.md'] } });
    await service.close();
  });

  it('refuses non-finite coordinates with a readable message', async () => {
    const root = await tempDir();
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: '/nowhere', initialRoot: root, watch: false });
    const result = await service.call('layout.save', { positions: { 'A.md': [Number.NaN, 1] }, pinned: [] });
    expect(result.ok).toBe(false);
    await service.close();
  });
});
