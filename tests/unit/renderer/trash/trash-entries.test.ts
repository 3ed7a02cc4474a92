import { describe, expect, it } from 'vitest';
import { fileTitle, newestFirst, timeAgo } from '../../../../renderer/src/trash/trash-entries';
import { gp } from '../helpers/plants';

const entry = (originalPath: string, deletedAt: string) => ({ trashPath: `.garden/trash/x/${originalPath}`, originalPath: gp(originalPath), deletedAt });

describe('trash entries', () => {
  it('puts the newest first and unreadable times last', () => {
    const sorted = newestFirst([entry('a.md', '2026-11-01T10:00:00Z'), entry('b.md', 'garbage'), entry('c.md', '2026-11-02T10:00:00Z')]);
    expect(sorted.map((e) => e.originalPath)).toEqual(['c.md', 'a.md', 'b.md']);
  });

  it('names the file without its folder and extension', () => {
    expect(fileTitle('notes/Scaffolding.md')).toBe('Scaffolding');
    expect(fileTitle('x.MD')).toBe('x');
  });

  it('says when, in words', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(timeAgo('2026-11-25T11:59:50Z', now)).toBe('just now');
    expect(timeAgo('2026-11-25T11:59:00Z', now)).toBe('1 minute ago');
    expect(timeAgo('2026-11-25T11:35:00Z', now)).toBe('25 minutes ago');
    expect(timeAgo('2026-11-25T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2026-11-24T10:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-11-20T12:00:00Z', now)).toBe('5 days ago');
    expect(timeAgo('2026-10-01T12:00:00Z', now)).toBe('on 2026-10-01');
    expect(timeAgo('2026-11-26T12:00:00Z', now)).toBe('just now');
    expect(timeAgo('nope', now)).toBe('at an unknown time');
  });
});
