/** Per-garden state (.garden/state.json): settings reach the health model; corruption is survivable. */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Garden } from '../../../../electron/garden/garden';
import { buildSnapshot } from '../../../../electron/garden/snapshot';
import { tempDir, writeTree } from './helpers';

const person = (cadenceLine: string) =>
  `---\ntype: person\nname: Ana\ncircle: personal\n${cadenceLine}interactions:\n  - { date: 2026-11-05, kind: call, direction: mutual }\n---\n`;

describe('garden state', () => {
  it('writes nothing into a garden just by opening it', async () => {
    const root = await tempDir();
    await Garden.open(root);
    expect(await readdir(root)).toEqual([]);
  });

  it('uses the per-circle cadence from the garden settings', async () => {
    const root = await tempDir();
    await writeTree(root, { 'people/Ana.md': person('') });
    const today = '2026-11-25' as never;
    // Default personal cadence is 14 days: 20 days since contact is thirsty (20/14 < 2).
    let garden = await Garden.open(root);
    expect(buildSnapshot(garden.index, 'g', today, garden.healthSettings()).plants[0]?.health.state).toBe('thirsty');
    // With a 60-day personal cadence the same 20 days is thriving (20/60 < 0.5).
    const state = garden.state;
    if (!state) throw new Error('a writable open has state');
    state.data.settings.cadenceByCircle = { professional: 30, personal: 60, both: 21 };
    await state.write();
    garden = await Garden.open(root);
    expect(buildSnapshot(garden.index, 'g', today, garden.healthSettings()).plants[0]?.health.state).toBe('thriving');
    expect(JSON.parse(await readFile(path.join(root, '.garden', 'state.json'), 'utf8')).settings.cadenceByCircle.personal).toBe(60);
  });

  it('moves a corrupt state file aside, opens with defaults and says so', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, '.garden'));
    await writeFile(path.join(root, '.garden', 'state.json'), '{"version": 1, "settings": {');
    const garden = await Garden.open(root);
    expect(garden.warnings).toHaveLength(1);
    expect(garden.warnings[0]).toMatch(/could not be read, so defaults are used.*kept as state\.json\.corrupt-/);
    const names = await readdir(path.join(root, '.garden'));
    const aside = names.find((n) => n.startsWith('state.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(root, '.garden', aside as string), 'utf8')).toBe('{"version": 1, "settings": {');
  });

  it('a read-only open (pln stats) never moves a corrupt state file', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, '.garden'));
    await writeFile(path.join(root, '.garden', 'state.json'), 'not json');
    await Garden.open(root, { readOnly: true });
    expect(await readdir(path.join(root, '.garden'))).toEqual(['state.json']);
  });
});
