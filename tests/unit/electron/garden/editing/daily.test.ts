import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Garden } from '../../../../../electron/garden/garden';
import { openDailyNote } from '../../../../../electron/garden/daily';
import type { GardenPath } from '../../../../../shared/types';
import { tempDir, writeTree } from '../helpers';

const at = (iso: string) => () => new Date(iso);

describe('note.daily', () => {
  it("creates today's note from its template once, then returns it untouched", async () => {
    const root = await tempDir();
    const garden = await Garden.open(root, { now: at('2026-11-25T09:00:00Z') });
    expect(await openDailyNote(garden)).toBe('daily/2026-11-25.md');
    const file = path.join(root, 'daily', '2026-11-25.md');
    expect(await readFile(file, 'utf8')).toBe('---\ncreated: 2026-11-25\ntags: [daily]\n---\n\n# 2026-11-25\n\n');
    const record = garden.index.records.get('daily/2026-11-25.md' as GardenPath);
    expect([record?.created, record?.tags]).toEqual(['2026-11-25', ['daily']]);

    await writeFile(file, 'my day');
    expect(await openDailyNote(garden)).toBe('daily/2026-11-25.md');
    expect(await readFile(file, 'utf8')).toBe('my day');
  });

  it('follows the injected clock and returns an existing case twin as it is', async () => {
    const root = await tempDir();
    await writeTree(root, { 'Daily/2026-01-02.md': 'kept' });
    const garden = await Garden.open(root, { now: at('2026-01-02T23:59:59Z') });
    expect(await openDailyNote(garden)).toBe('Daily/2026-01-02.md');
    expect(await readFile(path.join(root, 'Daily/2026-01-02.md'), 'utf8')).toBe('kept');
  });

  it('refuses with a readable message when a folder sits at the path', async () => {
    const root = await tempDir();
    await writeTree(root, { 'daily/2026-11-25.md/x.txt': 'odd' });
    const garden = await Garden.open(root, { now: at('2026-11-25T09:00:00Z') });
    await expect(openDailyNote(garden)).rejects.toMatchObject({ code: 'exists', message: expect.stringMatching(/is a folder/) });
  });
});
