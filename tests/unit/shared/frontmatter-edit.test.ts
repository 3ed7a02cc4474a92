import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendToList, deleteProperty, FrontmatterError, readFrontmatter, setProperty } from '../../../shared/frontmatter-edit';

const PERSON = `---
type: person
name: Maya Chen
aliases: [Dr. Chen]
circle: professional          # professional | personal | both
cadence: 30                   # days between waterings
platforms:
  - { platform: linkedin, handle: mayachen, url: "https://www.linkedin.com/in/mayachen" }
tags: [reading, phonics]
# the log of who gave what
interactions:
  - { date: 2026-11-02, kind: feedback, direction: received, note: "Reviewed my ZPD outline", about: "[[ZPD research paper]]" }
x-unknown-plugin: { keep: me }
---
# Maya Chen

Free markdown about Maya, with [[wikilinks]].
`;

const frontmatterOf = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
const linesOf = (text: string) => text.split('\n');

describe('setProperty', () => {
  it('changes only the value of a scalar, keeping its trailing comment', () => {
    const out = setProperty(PERSON, 'cadence', 45);
    expect(linesOf(out).filter((l) => !linesOf(PERSON).includes(l))).toEqual(['cadence: 45                   # days between waterings']);
    expect(linesOf(out)).toHaveLength(linesOf(PERSON).length);
  });

  it('keeps the quoting style of the value it replaces', () => {
    const out = setProperty(PERSON, ['platforms', 0, 'url'], 'https://www.linkedin.com/in/maya');
    expect(out).toContain('url: "https://www.linkedin.com/in/maya"');
    expect(setProperty('---\ntitle: \'Old\'\n---\n', 'title', 'New')).toBe("---\ntitle: 'New'\n---\n");
  });

  it('quotes what would otherwise read as something else', () => {
    const out = setProperty(PERSON, 'name', 'Maya: the reading one #1');
    expect(frontmatterOf(out).name).toBe('Maya: the reading one #1');
    expect(frontmatterOf(setProperty(PERSON, 'name', '30')).name).toBe('30');
    expect(frontmatterOf(setProperty(PERSON, 'name', 'two\nlines')).name).toBe('two\nlines');
    expect(frontmatterOf(setProperty(PERSON, 'shared_by', '[[Maya Chen]]')).shared_by).toBe('[[Maya Chen]]');
  });

  it('rewrites a flow list between its brackets only', () => {
    const out = setProperty(PERSON, 'tags', ['reading', 'phonics', 'zone of proximal development']);
    expect(out).toContain('tags: [reading, phonics, zone of proximal development]\n');
    expect(setProperty('---\ntags: [ a ]\n---\n', 'tags', ['a', 'b'])).toBe('---\ntags: [ a, b ]\n---\n');
  });

  it('adds a new key as the last line of the frontmatter', () => {
    const out = setProperty(PERSON, 'emails', ['maya@example.org']);
    expect(out.startsWith(PERSON.slice(0, PERSON.indexOf('---\n#')))).toBe(true);
    expect(frontmatterOf(out).emails).toEqual(['maya@example.org']);
    expect(bodyOf(out)).toBe(bodyOf(PERSON));
  });

  it('fills a key that has no value yet', () => {
    expect(setProperty('---\ndue:\nstatus: active\n---\n', 'due', '2027-04-01')).toBe('---\ndue: 2027-04-01\nstatus: active\n---\n');
  });

  it('creates the frontmatter of a file that has none, keeping the text (and a BOM) as it was', () => {
    expect(setProperty('Just a body.\n', 'tags', ['a'])).toBe('---\ntags:\n  - a\n---\nJust a body.\n');
    expect(setProperty('\ufeffBody', 'status', 'read')).toBe('\ufeff---\nstatus: read\n---\nBody');
    expect(setProperty('Body\r\nmore\r\n', 'status', 'read')).toBe('---\r\nstatus: read\r\n---\r\nBody\r\nmore\r\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = PERSON.replace(/\n/g, '\r\n');
    const out = setProperty(crlf, 'circle', 'both');
    expect(out).not.toMatch(/[^\r]\n/);
    expect(frontmatterOf(out.replace(/\r\n/g, '\n')).circle).toBe('both');
    const added = setProperty(crlf, 'portfolio', true);
    expect(added).toContain('portfolio: true\r\n---\r\n');
  });

  it('setting the current value changes nothing', () => {
    expect(setProperty(PERSON, 'cadence', 30)).toBe(PERSON);
    expect(setProperty(PERSON, 'tags', ['reading', 'phonics'])).toBe(PERSON);
  });

  it('refuses frontmatter that does not parse, with a sentence', () => {
    expect(() => setProperty('---\ntags: [a\n---\nBody', 'tags', ['b'])).toThrow(FrontmatterError);
    expect(() => setProperty('---\ntags: [a\n---\nBody', 'tags', ['b'])).toThrow(/cannot be read/);
    expect(() => setProperty('---\n- a\n- b\n---\n', 'x', 1)).toThrow(/key: value/);
    expect(() => setProperty(PERSON, ['name', 'first'], 'Maya')).toThrow(FrontmatterError);
    expect(() => setProperty(PERSON, [], 1)).toThrow(/key is missing/);
  });
});

describe('setProperty over a block scalar', () => {
  it('writes a one-line or blank value so it reads back as given (found by the property test below)', () => {
    const text = '---\na: |\n  one\n  two\nb: 1\n---\nbody';
    for (const value of [' ', '', 'single line']) {
      const out = setProperty(text, 'a', value);
      const read = readFrontmatter(out);
      expect(read.status === 'ok' && read.data).toEqual({ a: value, b: 1 });
      expect(out.endsWith('b: 1\n---\nbody')).toBe(true);
    }
  });

  it('keeps the block style for text of several lines', () => {
    expect(setProperty('---\na: |\n  one\n  two\n---\n', 'a', 'three\nfour\n')).toBe('---\na: |\n  three\n  four\n---\n');
  });
});

describe('setProperty keeps the comment written after a value it replaces', () => {
  it('after the key when the new value is a block list or map, after the value otherwise', () => {
    expect(setProperty('---\nname: X\ntags: [a, b]  # mine\n---\n', 'tags', ['a', { x: 1 }])).toBe('---\nname: X\ntags: # mine\n  - a\n  - x: 1\n---\n');
    expect(setProperty('---\nwhen: 2026  # year\n---\n', 'when', 'soon: maybe')).toBe('---\nwhen: "soon: maybe"  # year\n---\n');
  });

  it('never writes into the value it was given', () => {
    const value = { y: 2026 };
    expect(setProperty('---\nwhen: 2026  # year\n---\n', 'when', value)).toBe('---\nwhen: # year\n  y: 2026\n---\n');
    expect(value).toEqual({ y: 2026 });
  });
});

describe('deleteProperty', () => {
  it('removes the lines of one key and nothing else', () => {
    const out = deleteProperty(PERSON, 'platforms');
    expect(out).toBe(PERSON.replace('platforms:\n  - { platform: linkedin, handle: mayachen, url: "https://www.linkedin.com/in/mayachen" }\n', ''));
  });

  it('keeps the comment above the next key', () => {
    const out = deleteProperty(PERSON, 'tags');
    expect(out).toContain('# the log of who gave what\ninteractions:');
  });

  it('returns the text unchanged when the key is not there', () => {
    expect(deleteProperty(PERSON, 'nothing')).toBe(PERSON);
    expect(deleteProperty('No frontmatter', 'tags')).toBe('No frontmatter');
  });

  it('removes a block scalar without touching the key after it', () => {
    const text = '---\nsummary: |\n  one\n  two\nstatus: read\n---\n';
    expect(deleteProperty(text, 'summary')).toBe('---\nstatus: read\n---\n');
  });
});

describe('appendToList', () => {
  it('adds an interaction as one new line, in the style of the others', () => {
    const out = appendToList(PERSON, 'interactions', { date: '2026-11-20', kind: 'call', direction: 'gave', about: '[[Sold a Story]]' });
    const added = linesOf(out).filter((l) => !linesOf(PERSON).includes(l));
    expect(added).toEqual(['  - { date: 2026-11-20, kind: call, direction: gave, about: "[[Sold a Story]]" }']);
    expect(frontmatterOf(out).interactions).toHaveLength(2);
  });

  it('appends inside a flow list', () => {
    expect(appendToList(PERSON, 'tags', 'zpd')).toContain('tags: [reading, phonics, zpd]\n');
    expect(appendToList('---\ntags: []\n---\n', 'tags', 'a')).toBe('---\ntags: [a]\n---\n');
  });

  it('appends a block map in block style', () => {
    const text = '---\ninteractions:\n  - date: 2026-01-01\n    kind: call\nname: x\n---\n';
    expect(appendToList(text, 'interactions', { date: '2026-02-02', kind: 'meeting' })).toBe(
      '---\ninteractions:\n  - date: 2026-01-01\n    kind: call\n  - date: 2026-02-02\n    kind: meeting\nname: x\n---\n',
    );
  });

  it('creates the list when it is missing, and refuses a value that is not a list', () => {
    expect(frontmatterOf(appendToList(PERSON, 'emails', 'maya@example.org')).emails).toEqual(['maya@example.org']);
    expect(() => appendToList(PERSON, 'name', 'x')).toThrow(/is not a list/);
  });
});

describe('readFrontmatter', () => {
  it('reads, says none, or gives the reason', () => {
    const read = readFrontmatter(PERSON);
    expect(read.status === 'ok' && read.data.cadence).toBe(30);
    expect(readFrontmatter('no properties').status).toBe('none');
    const bad = readFrontmatter('---\na: [1\n---\n');
    expect(bad.status === 'error' && bad.message).toMatch(/cannot be read/);
  });
});

// ---- properties -------------------------------------------------------------------------

/** A scalar and one way of writing it that YAML reads back as that scalar. */
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/).filter((w) => !['true', 'false', 'null', 'yes', 'no', 'on', 'off'].includes(w));
const awkward = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '#', '[', ']', "'", '"', ',', '-', '{', '\\', 'é'), minLength: 1, maxLength: 12 });
const scalarSource: fc.Arbitrary<{ value: unknown; source: string }> = fc.oneof(
  word.map((w) => ({ value: w, source: w })),
  fc.integer({ min: -1000, max: 100000 }).map((n) => ({ value: n, source: String(n) })),
  fc.boolean().map((b) => ({ value: b, source: String(b) })),
  awkward.map((s) => ({ value: s, source: JSON.stringify(s) })),
  awkward.map((s) => ({ value: s, source: `'${s.replace(/'/g, "''")}'` })),
);
const comment = fc.option(fc.stringMatching(/^[a-z ]{0,10}$/).map((c) => `  # ${c}`), { nil: '' });

/** One top-level key as lines of source, with the value it must read as. */
const entry = (key: string): fc.Arbitrary<{ key: string; value: unknown; lines: string }> =>
  fc.oneof(
    fc.tuple(scalarSource, comment).map(([s, c]) => ({ key, value: s.value, lines: `${key}: ${s.source}${c}\n` })),
    fc.array(scalarSource, { maxLength: 4 }).map((items) => ({ key, value: items.map((i) => i.value), lines: `${key}: [${items.map((i) => i.source).join(', ')}]\n` })),
    fc.array(scalarSource, { minLength: 1, maxLength: 3 }).map((items) => ({
      key,
      value: items.map((i) => i.value),
      lines: `${key}:\n${items.map((i) => `  - ${i.source}\n`).join('')}`,
    })),
    fc.array(fc.tuple(word, scalarSource), { minLength: 1, maxLength: 2 }).map((rows) => ({
      key,
      value: rows.map(([k, s]) => ({ [k]: s.value })),
      lines: `${key}:\n${rows.map(([k, s]) => `  - { ${k}: ${s.source} }\n`).join('')}`,
    })),
    fc.constant({ key, value: 'one\ntwo\n', lines: `${key}: |\n  one\n  two\n` }),
  );

const block = fc
  .uniqueArray(word, { minLength: 1, maxLength: 6 })
  .chain((keys) => fc.tuple(...keys.map((k) => fc.tuple(entry(k), fc.option(fc.constant('# note\n'), { nil: '' })))))
  .map((rows) => rows.map(([e, above]) => ({ ...e, lines: above + e.lines })));
const body = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '-', '[', ']', '#', '\t', 'ü'), maxLength: 40 });
const newValue = fc.oneof(
  scalarSource.map((s) => s.value),
  fc.array(scalarSource.map((s) => s.value), { maxLength: 3 }),
  fc.dictionary(word, scalarSource.map((s) => s.value), { maxKeys: 2 }),
);

function build(entries: { lines: string }[], text: string): string {
  return `---\n${entries.map((e) => e.lines).join('')}---\n${text}`;
}

describe('frontmatter edits keep the bytes of untouched parts (property)', () => {
  it('setting a key to the value it has returns identical bytes', () => {
    fc.assert(
      fc.property(block, body, fc.nat(), (entries, text, pick) => {
        const original = build(entries, text);
        const chosen = entries[pick % entries.length]!;
        expect(setProperty(original, chosen.key, chosen.value)).toBe(original);
        expect(deleteProperty(original, 'zz-not-there')).toBe(original);
      }),
      { numRuns: 300 },
    );
  });

  it('setting one key leaves every other key\'s lines and the body byte for byte', () => {
    fc.assert(
      fc.property(block, body, fc.nat(), newValue, (entries, text, pick, value) => {
        const index = pick % entries.length;
        const chosen = entries[index]!;
        const original = build(entries, text);
        const out = setProperty(original, chosen.key, value);
        const before = `---\n${entries.slice(0, index).map((e) => e.lines).join('')}`;
        const after = `${entries.slice(index + 1).map((e) => e.lines).join('')}---\n${text}`;
        expect(out.startsWith(before)).toBe(true);
        expect(out.endsWith(after)).toBe(true);
        const read = readFrontmatter(out);
        expect(read.status).toBe('ok');
        if (read.status !== 'ok') return;
        expect(read.data[chosen.key]).toEqual(value);
        for (const other of entries) if (other !== chosen) expect(read.data[other.key]).toEqual(other.value);
      }),
      { numRuns: 400 },
    );
  });

  it('deleting one key removes exactly its lines', () => {
    fc.assert(
      fc.property(block, body, fc.nat(), (entries, text, pick) => {
        const index = pick % entries.length;
        const chosen = entries[index]!;
        const above = chosen.lines.startsWith('# note\n') ? '# note\n' : '';
        const expected = build(entries.map((e, i) => (i === index ? { lines: above } : e)), text);
        expect(deleteProperty(build(entries, text), chosen.key)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('appending to a list keeps every other key and the items already there', () => {
    fc.assert(
      fc.property(block, body, fc.nat(), newValue, (entries, text, pick, item) => {
        const lists = entries.filter((e) => Array.isArray(e.value));
        fc.pre(lists.length > 0);
        const chosen = lists[pick % lists.length]!;
        const index = entries.indexOf(chosen);
        const out = appendToList(build(entries, text), chosen.key, item);
        expect(out.startsWith(`---\n${entries.slice(0, index).map((e) => e.lines).join('')}`)).toBe(true);
        expect(out.endsWith(`${entries.slice(index + 1).map((e) => e.lines).join('')}---\n${text}`)).toBe(true);
        const read = readFrontmatter(out);
        expect(read.status === 'ok' && read.data[chosen.key]).toEqual([...(chosen.value as unknown[]), item]);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a key keeps the whole frontmatter before it and the body', () => {
    fc.assert(
      fc.property(block, body, newValue, (entries, text, value) => {
        const original = build(entries, text);
        const out = setProperty(original, 'zz-added', value);
        expect(out.startsWith(`---\n${entries.map((e) => e.lines).join('')}`)).toBe(true);
        expect(out.endsWith(`---\n${text}`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
