/** The trash view and restore, on real temp gardens. */
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GardenError, type ChangedEvent } from '../../../../../shared/api';
import type { GardenPath } from '../../../../../shared/types';
import { Garden } from '../../../../../electron/garden/garden';
import { listTrash, parseTrashStamp, restoreFromTrash } from '../../../../../electron/garden/trash';
import { tempDir, writeTree } from '../helpers';

const p = (s: string) => s as GardenPath;

async function refusal(promise: Promise<unknown>): Promise<GardenError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GardenError) return error;
    throw error;
  }
  throw new Error('expected a GardenError');
}

/** A garden whose clock is set by the test. */
async function garden(tree: Record<string, string>, events: ChangedEvent[] = []) {
  const root = await tempDir();
  await writeTree(root, tree);
  const clock = { now: new Date('2026-11-25T12:00:00.000Z') };
  const g = await Garden.open(root, { now: () => clock.now, onChange: (e) => events.push(e) });
  return { root, g, clock };
}

describe('parseTrashStamp', () => {
  it('reads the stamps Garden.trash writes, and nothing else', () => {
    expect(parseTrashStamp('2026-11-25T12-00-00-000Z')).toEqual({ deletedAt: '2026-11-25T12:00:00.000Z', sequence: 1 });
    expect(parseTrashStamp('2026-11-25T12-00-00-000Z-3')).toEqual({ deletedAt: '2026-11-25T12:00:00.000Z', sequence: 3 });
    expect(parseTrashStamp('my old stuff')).toBeNull();
    expect(parseTrashStamp('2026-13-45T99-00-00-000Z')).toBeNull();
  });
});

describe('trash.list', () => {
  it('lists every trashed file newest first, with where it was and when', async () => {
    const { root, g, clock } = await garden({ 'notes/a.md': 'a', 'notes/deep/b.md': 'b', 'c.md': 'c', 'd.md': 'd' });
    expect(await listTrash(g)).toEqual([]);
    await g.trash('notes/a.md');
    clock.now = new Date('2026-11-26T08:30:15.250Z');
    await g.trash('notes/deep/b.md');
    await g.trash('c.md');
    await writeTree(root, { 'c.md': 'c again' });
    await g.trash('c.md'); // the same path in the same instant: goes to "<stamp>-2"
    await writeTree(root, { '.garden/trash/my old stuff/x.md': 'put here by hand' });
    await utimes(path.join(root, '.garden/trash/my old stuff'), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    const entries = await listTrash(g);
    expect(entries.map((e) => [e.originalPath, e.deletedAt, e.trashPath])).toEqual([
      ['c.md', '2026-11-26T08:30:15.250Z', '.garden/trash/2026-11-26T08-30-15-250Z-2/c.md'],
      ['c.md', '2026-11-26T08:30:15.250Z', '.garden/trash/2026-11-26T08-30-15-250Z/c.md'],
      ['notes/deep/b.md', '2026-11-26T08:30:15.250Z', '.garden/trash/2026-11-26T08-30-15-250Z/notes/deep/b.md'],
      ['notes/a.md', '2026-11-25T12:00:00.000Z', '.garden/trash/2026-11-25T12-00-00-000Z/notes/a.md'],
      ['x.md', '2020-01-01T00:00:00.000Z', '.garden/trash/my old stuff/x.md'],
    ]);
  });
});

describe('trash.restore', () => {
  it('moves the file back through the update path, links and all, and tidies the trash', async () => {
    const events: ChangedEvent[] = [];
    const { root, g } = await garden({ 'notes/a.md': '[[b]]', 'notes/deep/b.md': 'b' }, events);
    const trashed = await g.trash('notes/deep/b.md');
    expect(g.index.resolve('b', p('notes/a.md'))).toBeNull();
    events.length = 0;
    expect(await restoreFromTrash(g, trashed)).toBe('notes/deep/b.md');
    expect(await readFile(path.join(root, 'notes/deep/b.md'), 'utf8')).toBe('b');
    expect(g.index.resolve('b', p('notes/a.md'))).toBe('notes/deep/b.md');
    expect(events.at(-1)?.changed).toContain('notes/deep/b.md');
    expect(await listTrash(g)).toEqual([]);
    expect(await readdir(path.join(root, '.garden', 'trash'))).toEqual([]);
  });

  it('never overwrites: something at the original path now is an "exists" error and both stay', async () => {
    const { root, g } = await garden({ 'a.md': 'old a' });
    const trashed = await g.trash('a.md');
    await writeFile(path.join(root, 'a.md'), 'new a');
    const error = await refusal(restoreFromTrash(g, trashed));
    expect(error.code).toBe('exists');
    expect(error.message).toMatch(/"a\.md" exists now/);
    expect(await readFile(path.join(root, 'a.md'), 'utf8')).toBe('new a');
    expect(await readFile(path.join(root, trashed), 'utf8')).toBe('old a');
  });

  it('refuses to restore next to a case twin', async () => {
    const { root, g } = await garden({ 'Note.md': 'one' });
    const trashed = await g.trash('Note.md');
    await writeTree(root, { 'note.md': 'two' });
    await g.applyFile(path.join(root, 'note.md'));
    const error = await refusal(restoreFromTrash(g, trashed));
    expect(error.code).toBe('exists');
    expect(error.message).toMatch(/differs only in case/);
  });

  it.each([
    ['.garden/state.json', 'bad-input', /not a file in the trash/],
    ['notes/a.md', 'bad-input', /not a file in the trash/],
    ['.garden/trash/2026-11-25T12-00-00-000Z', 'bad-input', /not a file in the trash/],
    ['.garden/trash/../state.json', 'outside-garden', /outside the garden/],
    ['.garden/trash/x/../../state.json', 'outside-garden', /outside the garden/],
    ['.garden/trash/2026-11-25T12-00-00-000Z/gone.md', 'not-found', /no longer in the trash/],
    ['.garden/trash/2026-11-25T12-00-00-000Z/.obsidian/x.md', 'outside-garden', /cannot go back to "\.obsidian\/x\.md".*hidden folder/],
  ])('refuses %s', async (trashPath, code, message) => {
    const { root, g } = await garden({ 'notes/a.md': 'a' });
    await writeTree(root, { '.garden/trash/2026-11-25T12-00-00-000Z/.obsidian/x.md': 'x', '.garden/state.json': '{}' });
    const error = await refusal(restoreFromTrash(g, trashPath));
    expect([error.code, error.message]).toEqual([code, expect.stringMatching(message)]);
  });
});
