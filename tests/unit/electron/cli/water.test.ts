/** `pln water`: what needs watering, most urgent first, on the sample garden at its anchor date. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/main';
import { WATER_STATES, type WaterItem } from '../../../../electron/cli/commands/water';
import { RESOURCES, tempDir, writeTree } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

const SAMPLE = path.join(RESOURCES, 'sample-garden');

async function water(root: string, ...flags: string[]): Promise<WaterItem[]> {
  const io = capture();
  expect(await runCli(['water', root, '--json', ...flags], io)).toBe(0);
  expect(io.stdout).toHaveLength(1);
  expect(io.stderr).toEqual([]);
  return JSON.parse(io.stdout[0] as string) as WaterItem[];
}

describe('pln water on the sample garden (anchor 2026-11-25)', () => {
  it('lists Priya Raman as wilting and Jordan Ellis as only-taking, with the documented fields', async () => {
    const items = await water(SAMPLE, '--now', '2026-11-25');
    expect(items.find((i) => i.title === 'Priya Raman')).toEqual({
      path: 'people/Priya Raman.md', kind: 'person', title: 'Priya Raman', state: 'wilting',
      reason: 'Last contact 40 days ago; you meant to water every 14 days.',
      vitality: 0.5 ** (40 / 14), daysSince: 40, cadence: 14, balance: 1 / 7, reciprocity: 'balanced', suggestion: expect.stringMatching(/\.md$/),
    });
    // Jordan's vitality is fine (20 of 30 days), but every exchange is taking: listed as only-taking.
    expect(items.find((i) => i.title === 'Jordan Ellis')).toEqual({
      path: 'people/Jordan Ellis.md', kind: 'person', title: 'Jordan Ellis', state: 'only-taking',
      reason: 'Last contact 20 days ago; you meant to water every 30 days. You only take: 5 received, 0 given in the last year.',
      vitality: 0.5 ** (20 / 30), daysSince: 20, cadence: 30, balance: -1, reciprocity: 'only-taking', suggestion: expect.stringMatching(/\.md$/),
    });
  });

  it('orders by urgency: state first, people before other plants, then lower vitality', async () => {
    const items = await water(SAMPLE, '--now', '2026-11-25');
    const ranks = items.map((i) => WATER_STATES.indexOf(i.state));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const paths: string[] = items.map((i) => i.path);
    expect(paths.indexOf('people/Priya Raman.md')).toBeLessThan(paths.indexOf('people/Jordan Ellis.md'));
    for (const item of items) {
      expect(item.reason).toMatch(/\.$/);
      if (item.kind === 'person') expect(Object.keys(item)).toEqual(expect.arrayContaining(['daysSince', 'cadence', 'balance', 'suggestion']));
    }
  });

  it('prints a readable list without --json and leaves the sample garden exactly as it was', async () => {
    const before = await readdir(SAMPLE, { recursive: true });
    const io = capture();
    expect(await runCli(['water', SAMPLE, '--now', '2026-11-25'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^sample-garden: \d+ plants need watering on 2026-11-25, most urgent first/);
    expect(text).toContain('  wilting      Priya Raman (people/Priya Raman.md)\n               Last contact 40 days ago; you meant to water every 14 days.');
    expect(text).toContain('  only-taking  Jordan Ellis (people/Jordan Ellis.md)');
    expect(await readdir(SAMPLE, { recursive: true })).toEqual(before);
  });
});

describe('pln water rules', () => {
  it('uses the garden cadence settings and says when nothing needs watering', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'people/Ana.md': '---\ntype: person\nname: Ana\ncircle: personal\ninteractions:\n  - { date: 2026-11-01, kind: call, direction: mutual }\n---\n',
      '.garden/state.json': JSON.stringify({ version: 1, settings: { cadenceByCircle: { professional: 30, personal: 60, both: 21 } }, layout: {}, views: [] }),
    });
    const io = capture();
    expect(await runCli(['water', root, '--now', '2026-11-25'], io)).toBe(0);
    expect(io.stdout).toEqual([`Nothing needs watering in ${path.basename(root)} on 2026-11-25.`]);
    // With the default personal cadence (14 days), 24 days is thirsty.
    await writeTree(root, { '.garden/state.json': '{ not json' });
    expect((await water(root, '--now', '2026-11-25')).map((i) => [i.title, i.state, i.cadence])).toEqual([['Ana', 'thirsty', 14]]);
  });

  it('exit 2 for a date that is not a date, 1 for a garden that is not there', async () => {
    for (const argv of [['water', SAMPLE, '--now', '2026-02-30'], ['water', SAMPLE, '--now', 'tomorrow'], ['water'], ['water', SAMPLE, '--jsn']]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
    const io = capture();
    expect(await runCli(['water', '/no/such/garden'], io)).toBe(1);
    expect(io.stderr).toEqual(['pln: There is no folder at /no/such/garden.']);
  });
});
