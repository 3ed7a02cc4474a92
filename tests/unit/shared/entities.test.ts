import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { basenameOf, classifyKind, parseWebUrl, readEntity } from '../../../shared/entities';
import { gardenPath } from '../../../shared/types';

const fm = (yaml: string) => parse(yaml) as Record<string, unknown>;
const read = (path: string, frontmatter: Record<string, unknown> | null) =>
  readEntity({ path: gardenPath(path), frontmatter });

describe('classifyKind', () => {
  it('lets type: win, in any case', () => {
    expect(classifyKind(gardenPath('notes/a.md'), { type: 'person' })).toBe('person');
    expect(classifyKind(gardenPath('people/a.md'), { type: 'Source' })).toBe('source');
    expect(classifyKind(gardenPath('a.md'), { type: ' GOAL ' })).toBe('goal');
    expect(classifyKind(gardenPath('people/a.md'), { type: 'note' })).toBe('note');
  });

  it('falls back to the top folder, in any case, then to note', () => {
    expect(classifyKind(gardenPath('people/Maya Chen.md'), null)).toBe('person');
    expect(classifyKind(gardenPath('People/Maya Chen.md'), {})).toBe('person');
    expect(classifyKind(gardenPath('SOURCES/x.md'), { type: 'book' })).toBe('source');
    expect(classifyKind(gardenPath('goals/sub/x.md'), { type: 42 })).toBe('goal');
    expect(classifyKind(gardenPath('notes/people/x.md'), null)).toBe('note');
    expect(classifyKind(gardenPath('people.md'), null)).toBe('note');
    expect(classifyKind(gardenPath('x.md'), { type: ['person'] })).toBe('note');
  });
});

describe('readEntity: common fields', () => {
  it('reads a note', () => {
    const entity = read('notes/ZPD.md', fm(`
title: Zone of proximal development
aliases: [ZPD, Vygotsky's zone]
tags: [learning, "#vygotsky"]
created: 2026-01-05
portfolio: true
`));
    expect(entity).toEqual({
      kind: 'note', title: 'Zone of proximal development', aliases: ['ZPD', "Vygotsky's zone"],
      tags: ['learning', 'vygotsky'], created: '2026-01-05', portfolio: true, problems: [],
    });
  });

  it('takes the file name as title, and empty frontmatter as no fields', () => {
    expect(read('notes/deep/My idea.md', null)).toEqual({
      kind: 'note', title: 'My idea', aliases: [], tags: [], created: null, portfolio: null, problems: [],
    });
    expect(read('x/Upper.MD', {}).title).toBe('Upper');
    expect(basenameOf('a/b/c.md')).toBe('c');
    expect(basenameOf('c.markdown.md')).toBe('c.markdown');
  });

  it('reads tags from a list, a string, a comma string, with or without #, once each', () => {
    expect(read('a.md', { tags: 'reading' }).tags).toEqual(['reading']);
    expect(read('a.md', { tags: 'reading, #phonics  reading/early' }).tags).toEqual(['reading', 'phonics', 'reading/early']);
    expect(read('a.md', { tags: ['#a', 'A', 'b,c', null, ''] }).tags).toEqual(['a', 'b', 'c']);
    expect(read('a.md', { tag: 'single' }).tags).toEqual(['single']);
    expect(read('a.md', { Tags: ['x'] }).tags).toEqual(['x']);
  });

  it('ignores tags that are only digits, or not text, with a problem', () => {
    const entity = read('a.md', { tags: [2024, 'ok', { nested: true }, ['x']] });
    expect(entity.tags).toEqual(['ok']);
    expect(entity.problems.map((p) => p.message)).toEqual([
      'The tag "2024" has only digits; a tag needs a letter, so it is ignored.',
      'tags contains a nested object; it is ignored.',
      'tags contains a list; it is ignored.',
    ]);
  });

  it('splits an alias string on commas (as Obsidian does) but keeps list items whole', () => {
    expect(read('a.md', { aliases: 'A, B' }).aliases).toEqual(['A', 'B']);
    expect(read('a.md', { aliases: ['Thinking, Fast and Slow', 1984] }).aliases).toEqual(['Thinking, Fast and Slow', '1984']);
    expect(read('a.md', { alias: 'One' }).aliases).toEqual(['One']);
  });

  it('reads portfolio and reports what it cannot use', () => {
    expect(read('a.md', { portfolio: 'public' }).portfolio).toBe('public');
    expect(read('a.md', { portfolio: 'Public' }).portfolio).toBe('public');
    expect(read('a.md', { portfolio: false }).portfolio).toBe(false);
    expect(read('a.md', { portfolio: 'yes' }).portfolio).toBe(true);
    const entity = read('a.md', { portfolio: 7 });
    expect(entity.portfolio).toBeNull();
    expect(entity.problems[0]?.message).toBe('portfolio is 7; use true, false or public. It is ignored.');
  });

  it('reports an invalid created date and keeps null', () => {
    const entity = read('a.md', { created: '2024-02-30' });
    expect(entity.created).toBeNull();
    expect(entity.problems).toEqual([
      { kind: 'field', message: 'created "2024-02-30" is not a valid date (YYYY-MM-DD); it is ignored.' },
    ]);
    expect(read('a.md', { created: new Date(Date.UTC(2024, 1, 29)) }).created).toBe('2024-02-29');
  });

  it('reports an unknown type and falls back to the folder', () => {
    const entity = read('sources/Book.md', { type: 'book' });
    expect(entity.kind).toBe('source');
    expect(entity.problems[0]?.message).toBe(
      'type "book" is not one of note, person, source or goal; this file is read as a source.',
    );
  });

  it('turns a number or boolean title into text', () => {
    expect(read('sources/x.md', { title: 1984 }).title).toBe('1984');
    const entity = read('notes/x.md', { title: { a: 1 } });
    expect(entity.title).toBe('x');
    expect(entity.problems[0]?.message).toBe('title is a nested object, not text; it is ignored.');
  });

  it('reports frontmatter that is not a mapping', () => {
    const entity = read('a.md', ['a', 'b'] as unknown as Record<string, unknown>);
    expect(entity.title).toBe('a');
    expect(entity.problems[0]?.message).toBe('The frontmatter is not a set of "key: value" lines; it is ignored.');
  });
});

describe('readEntity: person', () => {
  const maya = fm(`
type: person
name: Maya Chen
aliases: [Dr. Chen]
circle: professional
cadence: 30
platforms:
  - { platform: linkedin, handle: mayachen, url: "https://www.linkedin.com/in/mayachen" }
  - { platform: reddit, handle: u/mchen, community: r/scienceofreading }
tags: [reading, phonics]
interactions:
  - { date: 2026-11-02, kind: feedback, direction: received, note: "Reviewed my ZPD outline", about: "[[ZPD research paper]]" }
  - { date: 2026-10-10, kind: shared-resource, direction: gave, about: "[[Sold a Story]]" }
`);

  it('reads the example of FORMATS.md exactly', () => {
    const entity = read('people/Maya Chen.md', maya);
    expect(entity.problems).toEqual([]);
    expect(entity.kind).toBe('person');
    expect(entity.title).toBe('Maya Chen');
    expect(entity.tags).toEqual(['reading', 'phonics']);
    expect(entity.person).toEqual({
      name: 'Maya Chen',
      circle: 'professional',
      cadence: 30,
      platforms: [
        { platform: 'linkedin', handle: 'mayachen', url: 'https://www.linkedin.com/in/mayachen' },
        { platform: 'reddit', handle: 'u/mchen', community: 'r/scienceofreading' },
      ],
      emails: [],
      interactions: [
        { date: '2026-11-02', kind: 'feedback', direction: 'received', note: 'Reviewed my ZPD outline', about: '[[ZPD research paper]]' },
        { date: '2026-10-10', kind: 'shared-resource', direction: 'gave', about: '[[Sold a Story]]' },
      ],
    });
  });

  it('defaults a bare person file', () => {
    expect(read('people/Sam.md', null).person).toEqual({
      name: 'Sam', circle: 'professional', cadence: null, platforms: [], emails: [], interactions: [],
    });
  });

  it('defaults an invalid circle and cadence with problems', () => {
    const entity = read('people/Sam.md', { circle: 'family', cadence: -3 });
    expect(entity.person?.circle).toBe('professional');
    expect(entity.person?.cadence).toBeNull();
    expect(entity.problems.map((p) => p.message)).toEqual([
      'circle "family" is not one of professional, personal or both; "professional" is used.',
      'cadence -3 is not a positive number of days; the default for the circle is used.',
    ]);
    for (const bad of [0, 'often', Number.NaN, Number.POSITIVE_INFINITY, [30], { days: 30 }]) {
      const person = read('people/Sam.md', { cadence: bad });
      expect(person.person?.cadence, String(bad)).toBeNull();
      expect(person.problems).toHaveLength(1);
    }
  });

  it('accepts a cadence written as text and circles in any case', () => {
    expect(read('people/Sam.md', { cadence: '14' }).person?.cadence).toBe(14);
    expect(read('people/Sam.md', { cadence: '21 days' }).person?.cadence).toBe(21);
    expect(read('people/Sam.md', { cadence: 7.5 }).person?.cadence).toBe(7.5);
    expect(read('people/Sam.md', { circle: 'Personal' }).person?.circle).toBe('personal');
    expect(read('people/Sam.md', { circle: 'BOTH' }).person?.circle).toBe('both');
  });

  it('normalises platforms: bare strings, maps, case, bad URLs', () => {
    const entity = read('people/Sam.md', {
      platforms: ['LinkedIn', { platform: 'X', handle: '@sam', url: 'javascript:alert(1)' }, { handle: 'nobody' }, 42, { platform: {} }],
    });
    expect(entity.person?.platforms).toEqual([
      { platform: 'linkedin' }, { platform: 'x', handle: '@sam' }, { platform: '42' },
    ]);
    expect(entity.problems.map((p) => p.message)).toEqual([
      'platforms[1].url "javascript:alert(1)" is not a web address (http or https); it is ignored.',
      'platforms[2] has no platform name; it is ignored.',
      'platforms[4].platform is a nested object, not text; it is ignored.',
      'platforms[4] has no platform name; it is ignored.',
    ]);
    expect(read('people/Sam.md', { platforms: 'reddit' }).person?.platforms).toEqual([{ platform: 'reddit' }]);
    expect(read('people/Sam.md', { platforms: { LinkedIn: 'sam', slack: null } }).person?.platforms).toEqual([
      { platform: 'linkedin', handle: 'sam' }, { platform: 'slack' },
    ]);
    expect(read('people/Sam.md', { platforms: { platform: 'youtube', handle: 'samtalks' } }).person?.platforms).toEqual([
      { platform: 'youtube', handle: 'samtalks' },
    ]);
  });

  it('reads emails from email or emails, as a string or a list', () => {
    expect(read('people/Sam.md', { email: 'sam@example.org' }).person?.emails).toEqual(['sam@example.org']);
    const entity = read('people/Sam.md', {
      email: 'sam@example.org',
      emails: ['SAM@example.org', 'sam@work.example, Other One <other@x.io>; mailto:m@y.io', 'not an address', 5],
    });
    expect(entity.person?.emails).toEqual(['sam@example.org', 'sam@work.example', 'other@x.io', 'm@y.io']);
    expect(entity.problems.map((p) => p.message)).toEqual([
      'email "not an address" is not an email address; it is ignored.',
      'email is 5, not an address; it is ignored.',
    ]);
  });

  it('skips interactions without a valid date or direction, saying which', () => {
    const entity = read('people/Sam.md', fm(`
interactions:
  - { date: 2024-01-10, kind: call, direction: gave }
  - { date: 2024-02-30, kind: call, direction: gave }
  - { date: 2024-02-29, kind: call, direction: sideways }
  - { kind: call, direction: gave }
  - { date: 2024-03-01, kind: telepathy, direction: Received }
  - { date: 2024-03-02, direction: mutual }
  - just a string
  - { date: 2024-03-03, kind: Shared Resource, direction: gave, about: [[Sold a Story]] }
  - { date: 2024-03-04, direction: gave }
`));
    expect(entity.person?.interactions).toEqual([
      { date: '2024-01-10', kind: 'call', direction: 'gave' },
      { date: '2024-03-01', kind: 'other', direction: 'received' },
      { date: '2024-03-02', kind: 'other', direction: 'mutual' },
      { date: '2024-03-03', kind: 'shared-resource', direction: 'gave', about: '[[Sold a Story]]' },
      { date: '2024-03-04', kind: 'other', direction: 'gave' },
    ]);
    expect(entity.problems.map((p) => p.message)).toEqual([
      'interactions[1].date "2024-02-30" is not a valid date; this interaction is ignored.',
      'interactions[2].direction "sideways" is not gave, received or mutual; this interaction is ignored.',
      'interactions[3] has no date; this interaction is ignored.',
      'interactions[4].kind "telepathy" is not a known kind; "other" is used.',
      'interactions[6] is "just a string", not an interaction; it is ignored.',
    ]);
  });

  it('accepts interaction dates that a YAML 1.1 parser made into Dates', () => {
    const entity = read('people/Sam.md', {
      interactions: [{ date: new Date(Date.UTC(2024, 1, 29)), kind: 'call', direction: 'gave' }],
    });
    expect(entity.person?.interactions).toEqual([{ date: '2024-02-29', kind: 'call', direction: 'gave' }]);
  });
});

describe('readEntity: source', () => {
  it('reads the example of FORMATS.md', () => {
    const entity = read('sources/Sold a Story.md', fm(`
type: source
title: Sold a Story
url: "https://features.apmreports.org/sold-a-story/"
kind: podcast
platform: podcast
shared_by: "[[Maya Chen]]"
status: applied
added: 2026-09-01
tags: [phonics]
`));
    expect(entity.problems).toEqual([]);
    expect(entity.title).toBe('Sold a Story');
    expect(entity.source).toEqual({
      title: 'Sold a Story', url: 'https://features.apmreports.org/sold-a-story/', kind: 'podcast', platform: 'podcast',
      sharedBy: '[[Maya Chen]]', status: 'applied', added: '2026-09-01',
    });
  });

  it('defaults kind, status and the title', () => {
    expect(read('sources/Some page.md', null).source).toEqual({
      title: 'Some page', url: null, kind: 'other', platform: null, sharedBy: null, status: 'to-read', added: null,
    });
  });

  it('treats URLs as data: only http(s) survives', () => {
    for (const bad of [
      'javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd',
      '\\\\host\\share', 'vbscript:msgbox', 'mailto:a@b.c', 'not a url', 'https://', '//evil.example/x',
    ]) {
      const entity = read('sources/x.md', { url: bad });
      expect(entity.source?.url, bad).toBeNull();
      expect(entity.problems, bad).toHaveLength(1);
    }
    expect(read('sources/x.md', { url: ' https://Example.org/a b ' }).source?.url).toBe('https://example.org/a%20b');
    expect(parseWebUrl('http://example.org')).toBe('http://example.org/');
    expect(parseWebUrl(42)).toBeNull();
  });

  it('reads statuses and kinds loosely, and reports the unknown ones', () => {
    expect(read('sources/x.md', { status: 'To Read' }).source?.status).toBe('to-read');
    expect(read('sources/x.md', { status: 'to_read', kind: 'Paper' }).source).toMatchObject({ status: 'to-read', kind: 'paper' });
    const entity = read('sources/x.md', { status: 'skimmed', kind: 'tweet', added: 'last week', platform: 'LinkedIn' });
    expect(entity.source).toMatchObject({ status: 'to-read', kind: 'other', added: null, platform: 'linkedin' });
    expect(entity.problems.map((p) => p.message)).toEqual([
      'kind "tweet" is not one of article, paper, podcast, video, webinar, course, book, community, post or other; "other" is used.',
      'status "skimmed" is not one of to-read, reading, read or applied; "to-read" is used.',
      'added "last week" is not a valid date (YYYY-MM-DD); it is ignored.',
    ]);
  });

  it('reads an unquoted wikilink in shared_by and loose key spellings', () => {
    expect(read('sources/x.md', fm('shared_by: [[Maya Chen]]')).source?.sharedBy).toBe('[[Maya Chen]]');
    expect(read('sources/x.md', { sharedBy: 'Maya' }).source?.sharedBy).toBe('Maya');
    expect(read('sources/x.md', { 'Shared By': 'Sam' }).source?.sharedBy).toBe('Sam');
  });
});

describe('readEntity: goal', () => {
  it('reads the example and the defaults', () => {
    expect(read('goals/ZPD research paper.md', fm('type: goal\nhorizon: academic\ndue: 2027-04-01\nstatus: active')).goal).toEqual({
      horizon: 'academic', due: '2027-04-01', status: 'active',
    });
    expect(read('goals/Speak.md', null).goal).toEqual({ horizon: 'academic', due: null, status: 'active' });
    const entity = read('goals/Speak.md', { horizon: 'life', status: 'someday', due: '2027-02-29' });
    expect(entity.goal).toEqual({ horizon: 'academic', due: null, status: 'active' });
    expect(entity.problems).toHaveLength(3);
  });
});

describe('readEntity: hostile input', () => {
  it('survives 5,000-deep nesting, huge garbage lists and odd keys', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i += 1) deep = { a: deep, b: [deep] };
    const garbage = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? { date: 'x' } : [i]));
    const entity = read('people/x.md', {
      name: deep, circle: deep, cadence: deep, platforms: garbage, emails: garbage, interactions: garbage,
      tags: deep, aliases: garbage, created: deep, portfolio: deep, ['__proto__']: 'x', constructor: 'y',
    });
    expect(entity.kind).toBe('person');
    expect(entity.title).toBe('x');
    expect(entity.person?.interactions).toEqual([]);
    expect(entity.problems).toHaveLength(51);
    expect(entity.problems[50]?.message).toMatch(/^…and \d+ more problems in the frontmatter\.$/);
  });

  it('never throws, whatever the frontmatter holds', () => {
    const value = fc.anything({ maxDepth: 4, withDate: true, withNullPrototype: true, withBigInt: true });
    fc.assert(
      fc.property(
        fc.constantFrom('people/a.md', 'sources/b.md', 'goals/c.md', 'notes/d.md', 'e.md'),
        fc.dictionary(
          fc.constantFrom('type', 'name', 'title', 'tags', 'aliases', 'created', 'portfolio', 'circle', 'cadence',
            'platforms', 'email', 'emails', 'interactions', 'url', 'kind', 'status', 'added', 'shared_by', 'due', 'horizon', 'platform'),
          fc.oneof(value, fc.array(fc.dictionary(fc.constantFrom('date', 'kind', 'direction', 'note', 'about', 'platform', 'url'), value))),
        ),
        (path, frontmatter) => {
          const entity = read(path, frontmatter);
          expect(typeof entity.title).toBe('string');
          for (const problem of entity.problems) expect(typeof problem.message).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('survives a frontmatter whose getters throw', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    const entity = read('goals/x.md', hostile as Record<string, unknown>);
    expect(entity.kind).toBe('goal');
    expect(entity.goal).toEqual({ horizon: 'academic', due: null, status: 'active' });
    expect(entity.problems.map((p) => p.message)).toContain('The frontmatter could not be read; it is ignored.');
    expect(classifyKind(gardenPath('people/x.md'), hostile as Record<string, unknown>)).toBe('person');
  });
});
