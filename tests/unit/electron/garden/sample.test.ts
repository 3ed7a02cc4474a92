import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Garden } from '../../../../electron/garden/garden';
import { copySampleGarden, lastTendedDate, shiftDates } from '../../../../electron/garden/sample';
import { buildSnapshot } from '../../../../electron/garden/snapshot';
import { RESOURCES, tempDir } from './helpers';

const SAMPLE = path.join(RESOURCES, 'sample-garden');

async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}

describe('shiftDates and lastTendedDate', () => {
  it('moves every valid date, across month and year ends, and leaves impossible ones alone', () => {
    expect(shiftDates('due: 2026-12-25, done 2027-02-28 and 2024-02-30', 10)).toBe('due: 2027-01-04, done 2027-03-10 and 2024-02-30');
    expect(shiftDates('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDates('id 12026-01-01x', 5)).toBe('id 12026-01-01x');
  });

  it('takes updated, else created/added, else the latest interaction', () => {
    expect(lastTendedDate('---\ncreated: 2026-01-02\nupdated: 2026-03-04\n---\n')).toBe('2026-03-04');
    expect(lastTendedDate('---\nadded: "2026-05-06"\n---\n')).toBe('2026-05-06');
    expect(lastTendedDate('---\ninteractions:\n  - { date: 2026-02-01 }\n  - { date: 2026-04-01 }\n---\n')).toBe('2026-04-01');
    expect(lastTendedDate('no frontmatter 2026-01-01')).toBeNull();
  });
});

describe('copySampleGarden', () => {
  it('shifts dates by (today − anchor), sets file times, and never changes the bundled original', async () => {
    const anchor = JSON.parse(await readFile(path.join(RESOURCES, 'sample-garden.json'), 'utf8')) as { anchor: string };
    expect(anchor.anchor).toBe('2026-11-25');
    const before = await fingerprint(SAMPLE);
    const dest = path.join(await tempDir(), 'Sample Garden');
    const today = new Date('2026-12-05T09:00:00Z'); // anchor + 10 days
    await copySampleGarden(RESOURCES, dest, today);

    const original = await readFile(path.join(SAMPLE, 'people', 'Priya Raman.md'), 'utf8');
    const copy = await readFile(path.join(dest, 'people', 'Priya Raman.md'), 'utf8');
    expect(original).toContain('{ date: 2026-10-16, kind: call');
    expect(copy).toContain('{ date: 2026-10-26, kind: call');
    expect(copy).not.toContain('2026-10-16');
    expect(copy.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE')).toBe(original.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE'));
    // The file looks last touched on its last interaction, shifted.
    expect((await stat(path.join(dest, 'people', 'Priya Raman.md'))).mtime.toISOString()).toBe('2026-10-26T12:00:00.000Z');
    // Attachments are copied byte for byte.
    expect(await readFile(path.join(dest, 'attachments', 'zpd-diagram.png'))).toEqual(await readFile(path.join(SAMPLE, 'attachments', 'zpd-diagram.png')));

    expect(await fingerprint(SAMPLE)).toEqual(before);
    expect(Object.keys(await fingerprint(dest)).sort()).toEqual(Object.keys(before).sort());
  });

  it('refuses to copy over an existing garden', async () => {
    const dest = path.join(await tempDir(), 'Sample Garden');
    await copySampleGarden(RESOURCES, dest, new Date('2026-11-25T12:00:00Z'));
    await expect(copySampleGarden(RESOURCES, dest, new Date('2026-11-25T12:00:00Z'))).rejects.toMatchObject({ code: 'ERR_FS_CP_EEXIST' });
  });

  it.each([
    ['on its anchor day', '2026-11-25T12:00:00Z'],
    ['ten days after the anchor', '2026-12-05T12:00:00Z'],
    ['a year and a half later', '2028-05-17T12:00:00Z'],
  ])('looks the same %s: Priya Raman is wilting and Jordan Ellis only takes', async (_label, iso) => {
    const today = new Date(iso);
    const dest = path.join(await tempDir(), 'Sample Garden');
    await copySampleGarden(RESOURCES, dest, today);
    const garden = await Garden.open(dest, { now: () => today });
    expect(garden.index.plantCount).toBe(35);
    const snapshot = buildSnapshot(garden.index, garden.name, garden.today());
    const byTitle = new Map(snapshot.plants.map((plant) => [plant.title, plant]));
    const priya = byTitle.get('Priya Raman');
    const jordan = byTitle.get('Jordan Ellis');
    expect(priya?.kind).toBe('person');
    expect(priya?.health.state).toBe('wilting');
    expect(priya?.health.daysSince).toBe(40);
    expect(jordan?.health.reciprocity).toBe('only-taking');
    expect(snapshot.plants.every((plant) => plant.problems.length === 0)).toBe(true);
    // The sample's seeds are planted on purpose; the embedded diagram resolves as an attachment.
    expect(snapshot.seeds.map((seed) => seed.target)).toEqual(['Dynamic assessment', 'More knowledgeable other', 'Morphology instruction']);
    expect([...garden.index.linksTo('attachments/zpd-diagram.png' as never)]).toEqual(['notes/Zone of proximal development.md']);
  });
});
