/** Moving a source along the reading list: the status, and the day it changed. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Garden } from '../../../../../electron/garden/garden';
import { setSourceStatus, withStatus } from '../../../../../electron/garden/network/source-status';
import { tempDir, writeTree } from '../helpers';

describe('source.status', () => {
  it('writes the status and status_since, keeps every other byte, and the index reads the age', async () => {
    const root = await tempDir();
    const text = '---\ntype: source\ntitle: Sold a Story\nstatus: to-read   # from Priya\nadded: 2026-09-18\nx: y\n---\nNotes.\n';
    await writeTree(root, { 'sources/Sold a Story.md': text, 'notes/N.md': '# N\n' });
    const garden = await Garden.open(root, { now: () => new Date('2026-11-25T12:00:00Z') });
    expect(await setSourceStatus(garden, 'sources/Sold a Story.md', 'read')).toMatchObject({ status: 'saved' });
    expect(await readFile(path.join(root, 'sources', 'Sold a Story.md'), 'utf8')).toBe(
      '---\ntype: source\ntitle: Sold a Story\nstatus: read   # from Priya\nadded: 2026-09-18\nx: y\nstatus_since: 2026-11-25\n---\nNotes.\n',
    );
    expect(garden.index.records.get('sources/Sold a Story.md' as never)?.source).toMatchObject({ status: 'read', statusSince: '2026-11-25' });
    await expect(setSourceStatus(garden, 'notes/N.md', 'read')).rejects.toThrow('is not a source');
  });

  it('the same status again changes nothing; a written spelling such as "To Read" counts as the same', () => {
    const text = '---\nStatus: To Read\n---\n';
    expect(withStatus(text, 'to-read', '2026-11-25')).toBe(text);
    expect(withStatus(text, 'reading', '2026-11-25')).toBe('---\nStatus: reading\nstatus_since: 2026-11-25\n---\n');
    expect(withStatus('---\nstatus: read\nstatus_since: 2026-01-01\n---\n', 'applied', '2026-11-25')).toBe('---\nstatus: applied\nstatus_since: 2026-11-25\n---\n');
  });
});
