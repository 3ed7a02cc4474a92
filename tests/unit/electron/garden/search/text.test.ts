/** Folding, word splitting, the typo distance, the query language and snippets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, prefixDistance } from '../../../../../electron/garden/search/edit-distance';
import { fold, foldedWords, wordsWithOffsets } from '../../../../../electron/garden/search/fold';
import { parseQuery, passesFilters } from '../../../../../electron/garden/search/query';
import { buildSnippets, cut, highlight, MAX_SNIPPET_CHARS } from '../../../../../electron/garden/search/snippets';
import { GardenError } from '../../../../../shared/api';
import { plant } from './records';

describe('fold and words', () => {
  it('ignores case and accents, in NFC and NFD alike, and meets ß with ss', () => {
    expect(fold('Café')).toBe('cafe');
    expect(fold('Cafe\u0301')).toBe('cafe');
    expect(fold('VYGOTSKY')).toBe('vygotsky');
    expect(fold('Straße')).toBe(fold('STRASSE'));
    expect(fold('Łódź')).toBe('łodz'); // ł has no decomposition: kept, lower-cased
  });

  it('splits words on anything but letters, digits and marks, and drops absurdly long ones', () => {
    expect(foldedWords('[[Person 1|someone]] #psych/dev, e-mail: ZPD!')).toEqual(['person', '1', 'someone', 'psych', 'dev', 'e', 'mail', 'zpd']);
    expect(foldedWords(`short ${'x'.repeat(65)} end`)).toEqual(['short', 'end']);
  });

  it('gives the offsets of words in the original text', () => {
    expect(wordsWithOffsets('Hi, Café!')).toEqual([{ word: 'hi', start: 0, end: 2 }, { word: 'cafe', start: 4, end: 8 }]);
    const nfd = 'e\u0301cole';
    expect(wordsWithOffsets(nfd)).toEqual([{ word: 'ecole', start: 0, end: 6 }]);
  });
});

describe('prefixDistance', () => {
  it('measures typos against the start of a word, swaps counting one', () => {
    expect(prefixDistance('scaf', 'scaffolding', 1)).toBe(0);
    expect(prefixDistance('scafolding', 'scaffolding', 2)).toBe(1);
    expect(prefixDistance('scafold', 'scaffolding', 1)).toBe(1);
    expect(prefixDistance('vygotksy', 'vygotsky', 2)).toBe(1);
    expect(prefixDistance('phonisc', 'phonics', 1)).toBe(1);
    expect(prefixDistance('zone', 'bone', 1)).toBe(1);
    expect(prefixDistance('zone', 'note', 1)).toBe(2); // two letters differ: over the bound
    expect(prefixDistance('zzzz', 'note', 1)).toBe(2); // over the bound: max + 1
    expect(prefixDistance('abcd', 'ab', 1)).toBe(2); // too short to be within one
    expect(prefixDistance('abc', 'abx', 0)).toBe(1);
  });

  it('allows no typo below 4 letters, one up to 6, two from 7', () => {
    expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('is never more than a plain edit distance to the whole word, and 0 exactly for prefixes (property)', () => {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          const row = d[i] as number[];
          row[j] = Math.min((d[i - 1] as number[])[j] as number + 1, (row[j - 1] as number) + 1, ((d[i - 1] as number[])[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      }
      return (d[a.length] as number[])[b.length] as number;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (typed, known, max) => {
        const d = prefixDistance(typed, known, max);
        const best = Math.min(...Array.from({ length: known.length + 1 }, (_, k) => osa(typed, known.slice(0, k))));
        expect(d).toBe(best <= max ? best : max + 1);
        if (known.startsWith(typed)) expect(d).toBe(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the query language', () => {
  it('takes filters out of the text, in any order and case', () => {
    expect(parseQuery('Vygotsky tag:Reading KIND:people path:notes/ zone')).toEqual({
      text: 'Vygotsky zone', words: ['vygotsky', 'zone'], tags: ['reading'], kinds: ['person'], paths: ['notes/'],
    });
    expect(parseQuery('#phonics path:"my notes/" x')).toMatchObject({ text: 'x', tags: ['phonics'], paths: ['my notes/'] });
    expect(parseQuery('tag:#a/b/ kind:note kind:goal')).toMatchObject({ text: '', words: [], tags: ['a/b'], kinds: ['note', 'goal'] });
    // Not filters: a word with a colon, and C#.
    expect(parseQuery('title:x C#')).toMatchObject({ text: 'title:x C#', words: ['title', 'x', 'c'], tags: [] });
  });

  it('rejects an unknown kind or an empty filter with a sentence', () => {
    expect(() => parseQuery('kind:robot')).toThrow(new GardenError('bad-input', '"kind:robot" is not a kind; use note, person, source or goal.'));
    expect(() => parseQuery('tag: x')).toThrow('"tag:" needs a value, for example tag:reading.');
  });

  it('matches nested tags, any of several kinds or paths, and all of several tags', () => {
    const phonics = plant('notes/Reading/Phonics.md', 'Phonics', { tags: ['reading/phonics', 'Method'] });
    const pass = (query: string) => passesFilters(phonics, parseQuery(query));
    expect(pass('tag:reading')).toBe(true);
    expect(pass('tag:reading/phonics tag:method')).toBe(true);
    expect(pass('tag:read')).toBe(false); // a tag, not a tag prefix
    expect(pass('tag:reading tag:zpd')).toBe(false);
    expect(pass('kind:person kind:note')).toBe(true);
    expect(pass('kind:person')).toBe(false);
    expect(pass('path:notes/reading')).toBe(true);
    expect(pass('path:people/ path:notes/')).toBe(true);
    expect(pass('path:people/')).toBe(false);
  });
});

describe('snippets', () => {
  const matcher = { exact: new Set(['vygotsky', 'cafe']), prefixes: ['scaf'] };

  it('returns matching lines with [start, end) highlights, accent- and case-insensitive', () => {
    const body = 'Intro line.\nVygotsky wrote about the café.\n\nNothing here.\nScaffolding helps.';
    expect(buildSnippets(body, matcher)).toEqual([
      { text: 'Vygotsky wrote about the café.', highlights: [[0, 8], [25, 29]] },
      { text: 'Scaffolding helps.', highlights: [[0, 11]] },
    ]);
    const [first] = buildSnippets(body, matcher);
    expect(first?.text.slice(25, 29)).toBe('café');
  });

  it('keeps at most three lines, those matching the most words, in reading order', () => {
    const body = ['scaffold a', 'vygotsky b', 'vygotsky and scaffolding c', 'cafe d', 'vygotsky, cafe and scaffolds e'].join('\n');
    // e matches 3 words, c 2; then the first of the one-word lines.
    expect(buildSnippets(body, matcher).map((s) => s.text)).toEqual(['scaffold a', 'vygotsky and scaffolding c', 'vygotsky, cafe and scaffolds e']);
  });

  it('cuts long lines to 200 characters around the first match, with … where cut', () => {
    const long = `${'word '.repeat(60)}Vygotsky ${'more '.repeat(60)}`;
    const [s] = buildSnippets(long, matcher);
    expect(s?.text.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
    expect(s?.text.startsWith('…')).toBe(true);
    expect(s?.text.endsWith('…')).toBe(true);
    const [[start, end]] = s?.highlights as [[number, number]];
    expect(s?.text.slice(start, end)).toBe('Vygotsky');
  });

  it('never splits a surrogate pair and keeps offsets right after emoji (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('🌱', 'word', 'Vygotsky', ' ', 'é', 'x'), { maxLength: 120 }), (parts) => {
        const line = parts.join('');
        const hl = highlight(line.trim(), matcher);
        const s = cut(line, highlight(line, matcher));
        expect(s.text.length).toBeLessThanOrEqual(MAX_SNIPPET_CHARS);
        expect(/^[\udc00-\udfff]/.test(s.text.replace(/^…/, ''))).toBe(false);
        expect(/[\ud800-\udbff]$/.test(s.text.replace(/…$/, ''))).toBe(false);
        for (const [a, b] of s.highlights) expect(fold(s.text.slice(a, b))).toBe('vygotsky');
        if (line.trim().length <= MAX_SNIPPET_CHARS) expect(s.highlights).toEqual(hl);
      }),
    );
  });

  it('is plain text: markup in a note comes back as the characters it is', () => {
    const [s] = buildSnippets('<img src=x onerror=alert(1)> Vygotsky', matcher);
    expect(s).toEqual({ text: '<img src=x onerror=alert(1)> Vygotsky', highlights: [[29, 37]] });
  });
});
