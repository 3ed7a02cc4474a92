import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  differingLines, hasMergeMarkers, MERGE_MINE, MERGE_SEPARATOR, MERGE_THEIRS, mergeWithMarkers, minimalChange,
} from '../../../../renderer/src/editor/text-change';

const apply = (text: string, change: { from: number; to: number; insert: string } | null) =>
  change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;

describe('minimalChange', () => {
  it('replaces only what differs', () => {
    expect(minimalChange('abcdef', 'abXYef')).toEqual({ from: 2, to: 4, insert: 'XY' });
    expect(minimalChange('same', 'same')).toBeNull();
    expect(minimalChange('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
  });

  it('turns any text into any other (property), never splitting a surrogate pair', () => {
    const unit = fc.constantFrom('a', 'b', '\n', '😀', 'é');
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit }), (before, after) => {
        const change = minimalChange(before, after);
        expect(apply(before, change)).toBe(after);
        if (change) {
          expect(before.charCodeAt(change.from) >= 0xdc00 && before.charCodeAt(change.from) <= 0xdfff).toBe(false);
        }
      }),
    );
  });
});

describe('merging by hand', () => {
  it('keeps shared lines once and both differing parts between markers, yours first', () => {
    const merged = mergeWithMarkers('a\nmine\nz', 'a\ntheirs\nmore\nz');
    expect(merged).toBe(`a\n${MERGE_MINE}\nmine\n${MERGE_SEPARATOR}\ntheirs\nmore\n${MERGE_THEIRS}\nz`);
    expect(hasMergeMarkers(merged)).toBe(true);
    expect(hasMergeMarkers('Title\n=======\n')).toBe(false);
    expect(mergeWithMarkers('same', 'same')).toBe('same');
  });

  it('loses no line of either side (property)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 6 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(lines, lines, (mine, theirs) => {
        const { a, b, start, endA, endB } = differingLines(mine, theirs);
        expect([...a.slice(0, start), ...a.slice(start, endA), ...a.slice(endA)]).toEqual(mine.split('\n'));
        expect([...b.slice(0, start), ...b.slice(start, endB), ...b.slice(endB)]).toEqual(theirs.split('\n'));
        const merged = mergeWithMarkers(mine, theirs);
        if (mine === theirs) return;
        const kept = merged.split('\n');
        const mineBlock = kept.slice(kept.indexOf(MERGE_MINE) + 1, kept.indexOf(MERGE_SEPARATOR));
        const theirsBlock = kept.slice(kept.indexOf(MERGE_SEPARATOR) + 1, kept.indexOf(MERGE_THEIRS));
        expect(mineBlock).toEqual(a.slice(start, endA));
        expect(theirsBlock).toEqual(b.slice(start, endB));
      }),
    );
  });
});
