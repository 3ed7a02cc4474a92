/** insertIntoList: an item lands where it is asked to; every line that was there stays. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, insertIntoList, readFrontmatter } from '../../../shared/frontmatter-edit';

const dataOf = (text: string) => {
  const read = readFrontmatter(text);
  if (read.status !== 'ok') throw new Error('does not parse');
  return read.data;
};

describe('insertIntoList', () => {
  it('inserts a line before the chosen item of a block list, after a comment above it', () => {
    const text = '---\nlog:\n  # oldest below\n  - b\n  - c\nafter: 1\n---\nbody\n';
    expect(insertIntoList(text, 'log', 0, 'a')).toBe('---\nlog:\n  # oldest below\n  - a\n  - b\n  - c\nafter: 1\n---\nbody\n');
    expect(insertIntoList(text, 'log', 1, 'x')).toBe('---\nlog:\n  # oldest below\n  - b\n  - x\n  - c\nafter: 1\n---\nbody\n');
    expect(insertIntoList(text, 'log', 9, 'z')).toBe('---\nlog:\n  # oldest below\n  - b\n  - c\n  - z\nafter: 1\n---\nbody\n');
  });

  it('inserts into a flow list between its brackets', () => {
    expect(insertIntoList('---\ntags: [b, c] # why\n---\n', 'tags', 0, 'a')).toBe('---\ntags: [a, b, c] # why\n---\n');
    expect(insertIntoList('---\ntags: [b, c]\n---\n', 'tags', 1, 'a b')).toBe('---\ntags: [b, a b, c]\n---\n');
  });

  it('keeps block maps as block maps, and falls back safely where the dash stands alone', () => {
    const maps = '---\nlog:\n  - date: 2026-01-02\n    kind: call\n---\n';
    expect(insertIntoList(maps, 'log', 0, { date: '2026-03-01', kind: 'message' })).toBe('---\nlog:\n  - date: 2026-03-01\n    kind: message\n  - date: 2026-01-02\n    kind: call\n---\n');
    const dangling = '---\nlog:\n  -\n    date: 2026-01-02\nkeep: me # here\n---\n';
    const out = insertIntoList(dangling, 'log', 0, { date: '2026-03-01' });
    expect(dataOf(out)).toEqual({ log: [{ date: '2026-03-01' }, { date: '2026-01-02' }], keep: 'me' });
    expect(out).toContain('keep: me # here\n');
  });

  it('refuses a value that is not a list', () => {
    expect(() => insertIntoList('---\nlog: text\n---\n', 'log', 0, 'a')).toThrow(FrontmatterError);
  });

  it('for any block list and position: the item is there, and no line that was there is lost', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/).filter((w) => !['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n'].includes(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(8), word, fc.boolean(), (items, at, item, flowMaps) => {
        const lines = items.map((w, i) => (flowMaps ? `  - { id: ${w}, n: ${i} }` : `  - ${w}`));
        const text = `---\nbefore: x # c\nlist:\n${lines.join('\n')}\nafter: y\n---\nBody ${items.join(' ')}\n`;
        const value = flowMaps ? { id: item, n: 99 } : item;
        const out = insertIntoList(text, 'list', at, value);
        const expected = [...(dataOf(text).list as unknown[])];
        expected.splice(Math.min(at, items.length), 0, value);
        expect(dataOf(out).list).toEqual(expected);
        const outLines = out.split('\n');
        for (const line of text.split('\n')) expect(outLines).toContain(line);
        expect(outLines).toHaveLength(text.split('\n').length + 1);
      }),
      { numRuns: 200 },
    );
  });
});
