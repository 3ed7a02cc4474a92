/** Default cadence per circle: saved in .garden/state.json, read by the health model, announced to the views. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangedEvent } from '../../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../../electron/garden/service';
import { Garden } from '../../../../../electron/garden/garden';
import { readSettings, saveSettings } from '../../../../../electron/garden/network/settings';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { value } from '../call-result';

const services: GardenService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
});

const person = (name: string, circle: string, cadence = '') =>
  `---\ntype: person\nname: ${name}\ncircle: ${circle}\n${cadence}interactions:\n  - { date: 2026-11-05, kind: call, direction: mutual }\n---\n`;

describe('cadence settings', () => {
  it('starts from the defaults, saves to the state file, and re-assesses people without a cadence of their own', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'people/Ana.md': person('Ana', 'personal'),
      'people/Ben.md': person('Ben', 'personal', 'cadence: 7\n'),
      'notes/N.md': '# N\n',
    });
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: root, now: () => new Date('2026-11-25T12:00:00Z'), watch: false });
    services.push(service);
    const changes: ChangedEvent[] = [];
    service.subscribe((event, payload) => event === 'garden.changed' && changes.push(payload as ChangedEvent));

    expect(value(await service.call('settings.get', {}))).toEqual({
      cadenceByCircle: { professional: 30, personal: 14, both: 21 },
      defaults: { cadenceByCircle: { professional: 30, personal: 14, both: 21 } },
      writable: true,
    });
    // 20 days since contact: personal default 14 → thirsty.
    let snapshot = value(await service.call('garden.snapshot', {}));
    expect(snapshot.plants.find((p) => p.path === 'people/Ana.md')?.health).toMatchObject({ state: 'thirsty', cadence: 14 });

    const saved = value(await service.call('settings.save', { cadenceByCircle: { professional: 30, personal: 60, both: 21 } }));
    expect(saved.cadenceByCircle.personal).toBe(60);
    expect(JSON.parse(await readFile(path.join(root, '.garden', 'state.json'), 'utf8')).settings.cadenceByCircle).toEqual({ professional: 30, personal: 60, both: 21 });

    // Everyone hears of it at once; the cadence in Ben's own file still wins.
    const delta = changes.at(-1);
    expect(delta?.changed.sort()).toEqual(['people/Ana.md', 'people/Ben.md']);
    expect(delta?.plants.find((p) => p.path === 'people/Ana.md')?.health).toMatchObject({ state: 'thriving', cadence: 60 });
    expect(delta?.plants.find((p) => p.path === 'people/Ben.md')?.health).toMatchObject({ state: 'wilting', cadence: 7 });
    snapshot = value(await service.call('garden.snapshot', {}));
    expect(snapshot.plants.find((p) => p.path === 'people/Ana.md')?.health.cadence).toBe(60);
  });

  it('refuses a cadence that is not a whole number of days, with a sentence', async () => {
    const service = await createGardenService({ userDataDir: await tempDir(), resourcesDir: RESOURCES, initialRoot: await tempDir(), watch: false });
    services.push(service);
    for (const [bad, message] of [
      [0, 'A cadence is at least 1 day.'],
      [2.5, 'A cadence is a whole number of days.'],
      [99999, 'A cadence is at most 3,650 days (ten years).'],
    ] as const) {
      expect(await service.call('settings.save', { cadenceByCircle: { professional: bad, personal: 14, both: 21 } })).toEqual({ ok: false, error: { code: 'bad-input', message } });
    }
  });

  it('a save the disk refuses changes nothing: not the file, not the cadences in use, not a later state write', async () => {
    const root = await tempDir();
    await writeTree(root, { 'people/Ana.md': person('Ana', 'personal') });
    const garden = await Garden.open(root, { now: () => new Date('2026-11-25T12:00:00Z') });
    const state = garden.state;
    if (!state) throw new Error('the garden should have a state file');
    const write = state.write.bind(state);
    state.write = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await expect(saveSettings(garden, { professional: 30, personal: 60, both: 21 })).rejects.toThrow('Could not save the settings: the disk is full.');
    expect(readSettings(garden).cadenceByCircle.personal).toBe(14);
    // The next write of the state (the map's layout, say) must not save what was refused.
    state.write = write;
    await state.write();
    const saved = JSON.parse(await readFile(path.join(root, '.garden', 'state.json'), 'utf8')) as { settings: { cadenceByCircle?: unknown } };
    expect(saved.settings.cadenceByCircle).toBeUndefined();
  });

  it('a read-only garden shows its settings but does not save them', async () => {
    const root = await tempDir();
    const garden = await Garden.open(root, { readOnly: true });
    expect(readSettings(garden).writable).toBe(false);
    await expect(saveSettings(garden, { professional: 10, personal: 10, both: 10 })).rejects.toThrow('opened read-only');
  });
});
