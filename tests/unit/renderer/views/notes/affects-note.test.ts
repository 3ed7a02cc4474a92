import { describe, expect, it } from 'vitest';
import { affectsNote } from '../../../../../renderer/src/views/notes/affects-note';
import { change, gp, noteDoc } from '../../helpers/plants';

const doc = noteDoc('notes/me.md', { backlinks: [{ from: gp('notes/fan.md'), title: 'fan', line: 2, context: '[[me]]' }] });

describe('affectsNote', () => {
  it.each([
    ['its own file changed', change({ changed: [gp('notes/me.md')] })],
    ['a plant that links here changed', change({ changed: [gp('notes/fan.md')] })],
    ['a plant that links here was removed', change({ removed: [gp('notes/fan.md')] })],
    ['a plant now links here', change({ links: [{ from: gp('notes/new.md'), to: [gp('notes/me.md')] }] })],
    ['its own links resolve anew', change({ links: [{ from: gp('notes/me.md'), to: [] }] })],
  ])('is true when %s', (_why, delta) => {
    expect(affectsNote(delta, doc)).toBe(true);
  });

  it('is false for unrelated changes', () => {
    expect(affectsNote(change({ changed: [gp('notes/other.md')], links: [{ from: gp('notes/other.md'), to: [gp('notes/x.md')] }] }), doc)).toBe(false);
  });
});
