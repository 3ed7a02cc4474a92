/** Logging an interaction into a person's frontmatter: the order of the log kept, every other byte kept. */
import { describe, expect, it } from 'vitest';
import { FrontmatterError, readFrontmatter } from '../../../shared/frontmatter-edit';
import { aboutLink, insertionIndex, interactionEntry, withInteraction, type NewInteraction } from '../../../shared/interaction-log';
import type { IsoDate } from '../../../shared/types';

const day = (d: string) => d as IsoDate;
const given: NewInteraction = { date: day('2026-11-25'), kind: 'shared-resource', direction: 'gave', note: 'Sent the decodable texts post', about: 'Why decodable texts are a bridge' };

const NEWEST_FIRST = `---
type: person
name: Priya Raman
cadence: 14          # we used to swap notes every other week
interactions:
  # last real exchange was just before midterms
  - { date: 2026-10-16, kind: call, direction: mutual, note: "Video call", about: "[[Phonics]]" }
  - { date: 2026-09-30, kind: feedback, direction: gave }
x-plugin: { keep: true }
---
# Priya

Body with [[links]].
`;

function interactionsOf(text: string): unknown {
  const read = readFrontmatter(text);
  return read.status === 'ok' ? read.data.interactions : read;
}

describe('withInteraction', () => {
  it('puts a new interaction at the top of a newest-first log, one line, everything else byte for byte', () => {
    const out = withInteraction(NEWEST_FIRST, given);
    const line = '  - { date: 2026-11-25, kind: shared-resource, direction: gave, note: Sent the decodable texts post, about: "[[Why decodable texts are a bridge]]" }\n';
    expect(out).toBe(NEWEST_FIRST.replace('  - { date: 2026-10-16', `${line}  - { date: 2026-10-16`));
    expect((interactionsOf(out) as unknown[])[0]).toEqual({
      date: '2026-11-25', kind: 'shared-resource', direction: 'gave', note: 'Sent the decodable texts post', about: '[[Why decodable texts are a bridge]]',
    });
  });

  it('puts a back-dated interaction where its date belongs in a newest-first log', () => {
    const out = withInteraction(NEWEST_FIRST, { date: day('2026-10-01'), kind: 'message', direction: 'received' });
    expect((interactionsOf(out) as { date: string }[]).map((i) => i.date)).toEqual(['2026-10-16', '2026-10-01', '2026-09-30']);
  });

  it('appends to an oldest-first log and to a log in no order', () => {
    const oldestFirst = '---\ninteractions:\n  - { date: 2026-01-01, kind: call, direction: gave }\n  - { date: 2026-02-01, kind: call, direction: gave }\n---\n';
    expect(withInteraction(oldestFirst, given)).toBe(`${oldestFirst.slice(0, -4)}  - { date: 2026-11-25, kind: shared-resource, direction: gave, note: Sent the decodable texts post, about: "[[Why decodable texts are a bridge]]" }\n---\n`);
    const mixed = '---\ninteractions:\n  - { date: 2026-03-01, kind: call, direction: gave }\n  - { date: 2026-01-01, kind: call, direction: gave }\n  - { date: 2026-02-01, kind: call, direction: gave }\n---\n';
    expect((interactionsOf(withInteraction(mixed, given)) as { date: string }[]).map((i) => i.date)).toEqual(['2026-03-01', '2026-01-01', '2026-02-01', '2026-11-25']);
  });

  it('turns an empty or missing log into a block list of one line per interaction', () => {
    const template = '---\ntype: person\nname: "Ana"\ntags: []\ninteractions: []\n---\n\n';
    expect(withInteraction(template, { date: day('2026-11-25'), kind: 'call', direction: 'mutual' })).toBe(
      '---\ntype: person\nname: "Ana"\ntags: []\ninteractions:\n  - { date: 2026-11-25, kind: call, direction: mutual }\n---\n\n',
    );
    expect(withInteraction('---\nname: Ana # friend\n---\nHi\n', { date: day('2026-11-25'), kind: 'call', direction: 'mutual' })).toBe(
      '---\nname: Ana # friend\ninteractions:\n  - { date: 2026-11-25, kind: call, direction: mutual }\n---\nHi\n',
    );
    expect(withInteraction('Just text.\n', { date: day('2026-11-25'), kind: 'call', direction: 'gave' })).toBe(
      '---\ninteractions:\n  - { date: 2026-11-25, kind: call, direction: gave }\n---\nJust text.\n',
    );
  });

  it('keeps a block-map log in block maps, and Windows line ends', () => {
    const blocks = '---\r\ninteractions:\r\n  - date: 2026-10-01\r\n    kind: message\r\n    direction: gave\r\n---\r\n';
    const out = withInteraction(blocks, { date: day('2026-11-25'), kind: 'call', direction: 'received' });
    expect(out).toContain('\r\n  - date: 2026-10-01\r\n');
    expect(out).not.toMatch(/[^\r]\n/);
    expect((interactionsOf(out) as unknown[]).length).toBe(2);
  });

  it('writes to the key the file already uses', () => {
    const out = withInteraction('---\nInteractions:\n  - { date: 2026-01-01, kind: call, direction: gave }\n---\n', given);
    expect(out).not.toMatch(/^interactions:/m);
    expect(out.match(/date:/g)).toHaveLength(2);
  });

  it('refuses with a sentence when the log is not a list or the YAML does not parse', () => {
    expect(() => withInteraction('---\ninteractions: lots\n---\n', given)).toThrow(FrontmatterError);
    expect(() => withInteraction('---\ninteractions: lots\n---\n', given)).toThrow(/not a list/);
    expect(() => withInteraction('---\nname: [unclosed\n---\n', given)).toThrow(FrontmatterError);
  });
});

describe('the first watering of an empty log', () => {
  it('keeps the comment written after `interactions: []`', () => {
    const text = '---\nname: X\ninteractions: []  # newest first, please\ntags: [a]\n---\nbody\n';
    expect(withInteraction(text, { date: '2026-12-01' as IsoDate, kind: 'message', direction: 'gave' })).toBe(
      '---\nname: X\ninteractions: # newest first, please\n  - { date: 2026-12-01, kind: message, direction: gave }\ntags: [a]\n---\nbody\n',
    );
  });
});

describe('the pieces', () => {
  it('writes about as a wikilink, keeps one that is there, and drops a blank one', () => {
    expect(aboutLink('Sold a Story')).toBe('[[Sold a Story]]');
    expect(aboutLink('  [[Sold a Story|the podcast]] ')).toBe('[[Sold a Story|the podcast]]');
    expect(aboutLink('a ] b [')).toBe('[[a b]]');
    expect(aboutLink('][')).toBeUndefined();
    expect(aboutLink('   ')).toBeUndefined();
  });

  it('writes keys in FORMATS.md order and a note on one line', () => {
    expect(Object.keys(interactionEntry({ ...given, note: 'two\nlines' }))).toEqual(['date', 'kind', 'direction', 'note', 'about']);
    expect(interactionEntry({ ...given, note: 'two\nlines' }).note).toBe('two lines');
    expect(interactionEntry({ date: day('2026-01-01'), kind: 'call', direction: 'gave', note: '  ' })).toEqual({ date: '2026-01-01', kind: 'call', direction: 'gave' });
  });

  it('finds where a date goes', () => {
    const list = (...dates: string[]) => dates.map((date) => ({ date }));
    expect(insertionIndex(list('2026-03-01', '2026-02-01'), day('2026-04-01'))).toBe(0);
    expect(insertionIndex(list('2026-03-01', '2026-02-01'), day('2026-02-01'))).toBe(1);
    expect(insertionIndex(list('2026-03-01', '2026-02-01'), day('2026-01-01'))).toBe(2);
    expect(insertionIndex(list('2026-02-01', '2026-03-01'), day('2026-02-15'))).toBe(1);
    expect(insertionIndex(list('2026-02-01'), day('2026-01-01'))).toBe(1);
    expect(insertionIndex([{ date: '2026-02-01' }, { note: 'no date' }], day('2026-03-01'))).toBe(2);
  });
});
