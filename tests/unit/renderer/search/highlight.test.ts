import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRanges, splitHighlights } from '../../../../renderer/src/search/highlight';

const marked = (text: string, ranges: [number, number][]) => splitHighlights(text, ranges).filter((p) => p.marked).map((p) => p.text);

describe('splitting a snippet into highlighted pieces', () => {
  it('marks the ranges and keeps the text between them', () => {
    expect(splitHighlights('fading support is the point', [[0, 6], [15, 17]])).toEqual([
      { text: 'fading', marked: true },
      { text: ' support ', marked: false },
      { text: 'is', marked: true },
      { text: ' the point', marked: false },
    ]);
  });

  it('gives plain text for no ranges, and one piece for empty text', () => {
    expect(splitHighlights('plain', [])).toEqual([{ text: 'plain', marked: false }]);
    expect(splitHighlights('', [[0, 3]])).toEqual([{ text: '', marked: false }]);
  });

  it('merges overlapping, nested and touching ranges', () => {
    expect(marked('abcdefghij', [[2, 5], [4, 7]])).toEqual(['cdefg']);
    expect(marked('abcdefghij', [[1, 8], [2, 3]])).toEqual(['bcdefgh']);
    expect(marked('abcdefghij', [[0, 2], [2, 4]])).toEqual(['abcd']);
  });

  it('sorts ranges given out of order', () => {
    expect(marked('abcdefghij', [[6, 8], [0, 1]])).toEqual(['a', 'gh']);
  });

  it('clamps out-of-range ranges and drops empty, reversed and broken ones', () => {
    expect(marked('abc', [[-5, 1], [2, 99]])).toEqual(['a', 'c']);
    expect(marked('abc', [[5, 9], [2, 2], [2, 1]])).toEqual([]);
    expect(marked('abc', [[Number.NaN, 2], [0, Number.POSITIVE_INFINITY]])).toEqual([]);
    expect(marked('abc', [[0.7, 2.2]])).toEqual(['ab']);
    expect(normalizeRanges(3, [null as unknown as [number, number], [0, 1]])).toEqual([[0, 1]]);
  });

  it('never cuts a character made of two code units in half', () => {
    const text = 'a🌱b';
    expect(marked(text, [[1, 2]])).toEqual(['🌱']);
    expect(marked(text, [[2, 4]])).toEqual(['🌱b']);
  });

  it('always joins back to exactly the text, with marks inside the ranges given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: -10, max: 60 }), fc.integer({ min: -10, max: 60 })), { maxLength: 8 }), (text, ranges) => {
        const pieces = splitHighlights(text, ranges);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        // No two marked pieces side by side, and no empty piece unless the text is empty.
        pieces.forEach((piece, i) => {
          if (text !== '') expect(piece.text).not.toBe('');
          if (i > 0) expect(piece.marked && pieces[i - 1]!.marked).toBe(false);
        });
      }),
    );
  });
});
