import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStateFile } from '../../../../electron/garden/state-file';
import { appStateSchema, defaultAppState, defaultGardenState, gardenStateSchema } from '../../../../electron/garden/state-schemas';
import { tempDir } from './helpers';

const NOW = () => new Date('2026-11-25T10:20:30.456Z');
const ASIDE = 'state.json.corrupt-2026-11-25T10-20-30-456Z';

describe('openStateFile', () => {
  it('starts from defaults when there is no file, and persists writes to disk', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '.garden', 'state.json');
    const { db, warning } = await openStateFile(file, gardenStateSchema, defaultGardenState, NOW);
    expect(warning).toBeNull();
    expect(db.data).toEqual(defaultGardenState);
    db.data.layout['notes/A.md'] = [10, -5];
    await db.write();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...defaultGardenState, layout: { 'notes/A.md': [10, -5] } });
    // The defaults object handed in was not mutated.
    expect(defaultGardenState.layout).toEqual({});
    expect(await readdir(path.dirname(file))).toEqual(['state.json']);
  });

  it('round-trips a valid file and keeps keys it does not know about', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'state.json');
    const stored = { version: 1, recent: [{ root: '/g', name: 'g', openedAt: '2026-11-01T00:00:00.000Z' }], fromNewerVersion: { keep: [1, 2] } };
    await writeFile(file, JSON.stringify(stored));
    const { db, warning } = await openStateFile(file, appStateSchema, defaultAppState, NOW);
    expect(warning).toBeNull();
    expect(db.data.recent).toEqual(stored.recent);
    db.data.recent = [];
    await db.write();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...stored, recent: [] });

    const again = await openStateFile(file, appStateSchema, defaultAppState, NOW);
    expect(again.db.data).toEqual({ ...stored, recent: [] });
  });

  it.each([
    ['an empty file', ''],
    ['truncated JSON', '{"version": 1, "recent": [{"root": "/g", "na'],
    ['the wrong shape', JSON.stringify({ version: 1, recent: 'not a list' })],
    ['a newer version', JSON.stringify({ version: 2, recent: [] })],
    ['JSON null', 'null'],
    ['a bare list', '[]'],
  ])('moves %s aside, keeps its bytes, starts with defaults and says so', async (_label, content) => {
    const dir = await tempDir();
    const file = path.join(dir, 'state.json');
    await writeFile(file, content);
    const { db, warning } = await openStateFile(file, appStateSchema, defaultAppState, NOW);
    expect(db.data).toEqual(defaultAppState);
    expect(await readFile(path.join(dir, ASIDE), 'utf8')).toBe(content);
    expect(warning).toBe(`Settings in state.json could not be read, so defaults are used. The old file was kept as ${ASIDE}.`);
    expect((await readdir(dir)).sort()).toEqual([ASIDE]);

    // Saving afterwards writes a fresh file and never touches the one set aside.
    db.data.recent.push({ root: '/x', name: 'x', openedAt: 'now' });
    await db.write();
    expect(JSON.parse(await readFile(file, 'utf8')).recent).toHaveLength(1);
    expect(await readFile(path.join(dir, ASIDE), 'utf8')).toBe(content);
  });

  it('does not treat an unreadable file (a folder in its place) as corrupt: the error surfaces, nothing is moved', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'state.json');
    await mkdir(file);
    await expect(openStateFile(file, appStateSchema, defaultAppState, NOW)).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});
