/**
 * Plans and applies imports against real gardens in temp folders: the exact plan (creates,
 * merges with reasons, skips, problems with lines), the files written, and that an existing
 * file only ever gains lines.
 */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Garden } from '../../../../../electron/garden/garden';
import { applyImport, planImport } from '../../../../../electron/garden/import/plan';
import type { IsoDate } from '../../../../../shared/types';
import { RESOURCES, tempDir, writeTree } from '../helpers';
import { fixtureText } from './fixtures';

const TODAY = '2026-11-25' as IsoDate;
const now = () => new Date('2026-11-25T12:00:00Z');

const MAYA = `---
type: person
name: Maya Chen
aliases: [Dr. Chen]
circle: professional   # met at the district PD
cadence: 30
platforms:
  - { platform: linkedin, handle: mayachen }
favourite_book: "Reading in the Brain"
tags: [reading]
interactions:
  - { date: 2026-10-10, kind: shared-resource, direction: gave, about: "[[Sold a Story]]" }
---
Maya runs the phonics PD. #phonics
`;

const TOMAS = `---
type: person
name: Tomas Ribeiro
circle: professional
---
Researcher in Lisbon.
`;

const LENA = `---
type: person
name: Lena Vogel
emails: [lena@other.example]
---
`;

async function garden(files: Record<string, string>): Promise<Garden> {
  const root = await tempDir();
  await writeTree(root, files);
  return Garden.open(root, { now });
}

/** Every line of `before` is still in `after`, in order: the file only gained lines. */
function onlyAdded(before: string, after: string): boolean {
  const rest = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    const found = rest.indexOf(line, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

describe('importing LinkedIn connections into a garden that knows some of them', () => {
  const files = { 'people/Maya Chen.md': MAYA, 'people/Tomas Ribeiro.md': TOMAS, 'people/Lena Vogel.md': LENA };

  it('plans merges by name (accents ignored), a new "Name 2" for a namesake, and lists the unreadable rows', async () => {
    const g = await garden(files);
    const plan = await planImport(g, 'Connections.csv', fixtureText('Connections.csv'), TODAY);
    expect(plan).toEqual({
      format: 'linkedin-csv',
      items: [
        {
          action: 'merge', kind: 'person', title: 'Maya Chen', path: 'people/Maya Chen.md',
          reason: 'same name as people/Maya Chen.md; adds linkedin address, interaction "Connected on LinkedIn" on 2024-03-12',
        },
        {
          action: 'merge', kind: 'person', title: 'Tomás Ribeiro', path: 'people/Tomas Ribeiro.md',
          reason: 'same name as people/Tomas Ribeiro.md; adds email tomas.ribeiro@example.pt, platform linkedin, interaction "Connected on LinkedIn" on 2025-01-03',
        },
        {
          action: 'create', kind: 'person', title: 'Lena Vogel', path: 'people/Lena Vogel 2.md',
          reason: 'same name as people/Lena Vogel.md but a different email, so another person',
        },
      ],
      problems: [
        { line: 8, message: 'Grace Huang: "Connected On" is "31 Feb 2024", which is not a date such as "12 Mar 2024"; this row was skipped.' },
        { line: 9, message: 'The row on line 9 has no name (LinkedIn leaves it empty for closed accounts); it was skipped.' },
        { line: 10, message: 'The row on line 10 has a stray quote in ""Farouk"x"; it was skipped.' },
      ],
    });
    // A dry run writes nothing.
    expect(await readFile(path.join(g.root, 'people/Maya Chen.md'), 'utf8')).toBe(MAYA);
    expect((await readdir(path.join(g.root, 'people'))).sort()).toEqual(['Lena Vogel.md', 'Maya Chen.md', 'Tomas Ribeiro.md']);
  });

  it('applies the plan: existing files only gain fields (comments, unknown keys and body kept), new files follow FORMATS.md', async () => {
    const g = await garden(files);
    const done = await applyImport(g, 'Connections.csv', fixtureText('Connections.csv'), TODAY);
    expect(done.items.map((i) => [i.action, i.path])).toEqual([
      ['merge', 'people/Maya Chen.md'], ['merge', 'people/Tomas Ribeiro.md'], ['create', 'people/Lena Vogel 2.md'],
    ]);

    const maya = await readFile(path.join(g.root, 'people/Maya Chen.md'), 'utf8');
    expect(maya).toBe(MAYA
      .replace('  - { platform: linkedin, handle: mayachen }', '  - { platform: linkedin, handle: mayachen, url: https://www.linkedin.com/in/mayachen }')
      .replace('about: "[[Sold a Story]]" }\n', 'about: "[[Sold a Story]]" }\n  - { date: 2024-03-12, kind: other, direction: mutual, note: Connected on LinkedIn }\n'));
    const tomas = await readFile(path.join(g.root, 'people/Tomas Ribeiro.md'), 'utf8');
    expect(onlyAdded(TOMAS, tomas)).toBe(true);
    expect(tomas).toContain('Researcher in Lisbon.\n');

    expect(await readFile(path.join(g.root, 'people/Lena Vogel 2.md'), 'utf8')).toBe(`---
type: person
name: Lena Vogel
circle: professional
emails: [lena.vogel@example.de]
platforms:
  - { platform: linkedin, url: "https://www.linkedin.com/in/lenavogel", handle: lenavogel }
tags: []
created: 2026-11-25
interactions:
  - { date: 2023-07-07, kind: other, direction: mutual, note: Connected on LinkedIn }
---

PhD Candidate at Universität Hamburg.
`);
    expect(await readFile(path.join(g.root, 'people/Lena Vogel.md'), 'utf8')).toBe(LENA);

    // The index saw every write: the merged fields are what the garden now reads.
    const record = g.index.records.get('people/Tomas Ribeiro.md' as never);
    expect(record?.person).toMatchObject({
      emails: ['tomas.ribeiro@example.pt'],
      platforms: [{ platform: 'linkedin', handle: 'tomas-ribeiro-4a1b2c', url: 'https://www.linkedin.com/in/tomas-ribeiro-4a1b2c' }],
      interactions: [{ date: '2025-01-03', kind: 'other', direction: 'mutual', note: 'Connected on LinkedIn' }],
    });
    expect(g.index.records.get('people/Lena Vogel 2.md' as never)?.person?.emails).toEqual(['lena.vogel@example.de']);

    // Importing the same file again finds everyone and adds nothing.
    const again = await applyImport(g, 'Connections.csv', fixtureText('Connections.csv'), TODAY);
    expect(again.items.map((i) => [i.action, i.path, i.reason])).toEqual([
      ['skip', 'people/Maya Chen.md', 'already in people/Maya Chen.md (same profile address); nothing new to add'],
      ['skip', 'people/Tomas Ribeiro.md', 'already in people/Tomas Ribeiro.md (same email (tomas.ribeiro@example.pt)); nothing new to add'],
      ['skip', 'people/Lena Vogel 2.md', 'already in people/Lena Vogel 2.md (same email (lena.vogel@example.de)); nothing new to add'],
    ]);
    expect(await readFile(path.join(g.root, 'people/Maya Chen.md'), 'utf8')).toBe(maya);
  });
});

describe('importing a vCard file: matches by email, doubt is skipped, nothing is overwritten', () => {
  const files = {
    'people/Juergen.md': '---\ntype: person\nname: Jürgen Müller\nemails:\n  - juergen.mueller@example.de   # work\n---\nFrom the Leipzig conference.\n',
    'people/Sam Okoro.md': '---\ntype: person\nname: Sam Okoro\n---\n',
    'people/Samuel Okoro.md': '---\ntype: person\nname: Samuel Okoro\naliases: [Sam Okoro]\n---\n',
    'people/Dana Park.md': '---\ntype: person\nname: Dana Park\nemails: [dana.park@example.org\n---\nBroken YAML on purpose.\n',
    'people/Amelie.md': '---\ntype: person\nname: Amélie Lefèvre\nemails: amelie@elsewhere.example\n---\n',
  };

  it('plans each card with its reason', async () => {
    const g = await garden(files);
    const plan = await planImport(g, 'contacts.vcf', fixtureText('contacts.vcf'), TODAY);
    expect(plan.items).toEqual([
      {
        action: 'merge', kind: 'person', title: 'Jürgen Müller', path: 'people/Juergen.md',
        reason: 'same email (juergen.mueller@example.de) as people/Juergen.md; adds phone +49 170 1234567, phone +49 30 7654321',
      },
      {
        action: 'create', kind: 'person', title: 'Amélie Lefèvre', path: 'people/Amélie Lefèvre.md',
        reason: 'same name as people/Amelie.md but a different email, so another person',
      },
      { action: 'create', kind: 'person', title: 'Maya Chen', path: 'people/Maya Chen.md', reason: 'no one in the garden has this email or name' },
      { action: 'skip', kind: 'person', title: 'Sam Okoro', path: null, reason: 'people/Sam Okoro.md and people/Samuel Okoro.md all have this name; merge it by hand' },
      {
        action: 'create', kind: 'person', title: 'José García', path: 'people/José García.md',
        reason: 'no one in the garden has this email or name; note: the value on line 54 says CHARSET=UTF-8 but its bytes are not UTF-8; it was read as Windows-1252',
      },
      {
        action: 'skip', kind: 'person', title: 'Dana Park', path: 'people/Dana Park.md',
        reason: expect.stringMatching(/^same name as people\/Dana Park\.md, but that file is read-only \(The properties \(YAML frontmatter\) cannot be read: .*\); fix it first$/),
      },
    ]);
    expect(plan.problems).toEqual([
      { line: 50, message: 'The quoted-printable value on line 50 has a broken sequence "=ZZ"; this card was skipped.' },
      { line: 57, message: 'This card never ends (no END:VCARD before the next card); it was skipped.' },
    ]);
  });

  it('applies: a merge keeps the comment, the read-only file is untouched, a file that appeared meanwhile is never replaced', async () => {
    const g = await garden(files);
    // Written behind the garden's back: the index does not know it, the write path still refuses to replace it.
    await writeFile(path.join(g.root, 'people/Maya Chen.md'), 'mine\n');
    const done = await applyImport(g, 'contacts.vcf', fixtureText('contacts.vcf'), TODAY);
    expect(done.items.map((i) => [i.action, i.path])).toEqual([
      ['merge', 'people/Juergen.md'], ['create', 'people/Amélie Lefèvre.md'], ['skip', 'people/Maya Chen.md'], ['skip', null],
      ['create', 'people/José García.md'], ['skip', 'people/Dana Park.md'],
    ]);
    expect(done.items[2]?.reason).toBe('people/Maya Chen.md appeared while importing; nothing was written');
    expect(await readFile(path.join(g.root, 'people/Maya Chen.md'), 'utf8')).toBe('mine\n');
    expect(await readFile(path.join(g.root, 'people/Juergen.md'), 'utf8')).toBe(
      '---\ntype: person\nname: Jürgen Müller\nemails:\n  - juergen.mueller@example.de   # work\nphones:\n  - +49 170 1234567\n  - +49 30 7654321\n---\nFrom the Leipzig conference.\n',
    );
    expect(await readFile(path.join(g.root, 'people/Dana Park.md'), 'utf8')).toBe(files['people/Dana Park.md']);
    expect(await readFile(path.join(g.root, 'people/Amélie Lefèvre.md'), 'utf8')).toBe(`---
type: person
name: Amélie Lefèvre
circle: professional
emails: [amelie.lefevre@example.fr]
platforms: []
tags: []
created: 2026-11-25
interactions: []
---

Université Lyon 2.
`);
  });

  it('skips a merge it cannot do safely: a list written as one value', async () => {
    const g = await garden({ 'people/Jo.md': '---\ntype: person\nname: Jo Lee\nphones: "+1 555 0101"\nemails: [jo@example.org]\n---\n' });
    const plan = await planImport(g, 'jo.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Jo Lee\nEMAIL:jo@example.org\nTEL:+1 555 0199\nEND:VCARD\n', TODAY);
    expect(plan.items).toEqual([{
      action: 'skip', kind: 'person', title: 'Jo Lee', path: 'people/Jo.md',
      reason: 'same email (jo@example.org) as people/Jo.md, but it writes phones as a single value, not a list; add +1 555 0199 by hand',
    }]);
  });

  it('skips a card repeating an earlier one in the same file', async () => {
    const g = await garden({});
    const vcf = 'BEGIN:VCARD\nVERSION:3.0\nFN:Jo Lee\nEMAIL:jo@example.org\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:J. Lee\nEMAIL:JO@example.org\nEND:VCARD\n';
    const plan = await planImport(g, 'jo.vcf', vcf, TODAY);
    expect(plan.items.map((i) => [i.action, i.path, i.reason])).toEqual([
      ['create', 'people/Jo Lee.md', 'no one in the garden has this email or name'],
      ['skip', null, 'repeats the record on line 1 of this file'],
    ]);
  });
});

describe('importing sources into the sample garden', () => {
  async function sample(): Promise<Garden> {
    const root = await tempDir();
    await cp(path.join(RESOURCES, 'sample-garden'), root, { recursive: true });
    return Garden.open(root, { now });
  }

  it('bookmarks: duplicates by address (utm_* ignored) within the file and against the garden; a namesake file gets " 2"', async () => {
    const g = await sample();
    const plan = await planImport(g, 'bookmarks.html', fixtureText('bookmarks.html'), TODAY);
    expect(plan.format).toBe('bookmarks-html');
    expect(plan.items).toEqual([
      { action: 'create', kind: 'source', title: 'Blending routine demo', path: 'sources/Blending routine demo.md', reason: 'no source in the garden has this address or title' },
      {
        action: 'merge', kind: 'source', title: 'r/scienceofreading', path: 'sources/r-scienceofreading.md',
        reason: 'same address as sources/r-scienceofreading.md; adds tag reading',
      },
      {
        action: 'create', kind: 'source', title: 'Why decodable texts are a bridge', path: 'sources/Why decodable texts are a bridge 2.md',
        reason: 'no source in the garden has this address or title',
      },
      {
        action: 'create', kind: 'source', title: 'Ending the Reading Wars: Reading Acquisition From Novice to Expert',
        path: 'sources/Ending the Reading Wars Reading Acquisition From Novice to Expert.md', reason: 'no source in the garden has this address or title',
      },
      { action: 'create', kind: 'source', title: 'Sold a Story on Apple Podcasts', path: 'sources/Sold a Story on Apple Podcasts.md', reason: 'no source in the garden has this address or title' },
      { action: 'skip', kind: 'source', title: 'Blending routine demo (again)', path: null, reason: 'repeats the record on line 11 of this file' },
    ]);
    expect(plan.problems.map((p) => p.line)).toEqual([12, 21, 28, 30]);

    await applyImport(g, 'bookmarks.html', fixtureText('bookmarks.html'), TODAY);
    expect(await readFile(path.join(g.root, 'sources/Ending the Reading Wars Reading Acquisition From Novice to Expert.md'), 'utf8')).toBe(`---
type: source
title: "Ending the Reading Wars: Reading Acquisition From Novice to Expert"
url: "https://doi.org/10.1177/1529100618772271"
kind: paper
platform: doi
status: to-read
added: 2024-01-01
tags: [reading/phonics-decoding, research, must-read]
---

Castles, Rastle & Nation (2018), the review everyone cites.
`);
    const before = await readFile(path.join(RESOURCES, 'sample-garden/sources/r-scienceofreading.md'), 'utf8');
    const after = await readFile(path.join(g.root, 'sources/r-scienceofreading.md'), 'utf8');
    expect(after).toBe(before.replace('tags: [science-of-reading, phonics, community]\n', 'tags: [science-of-reading, phonics, community, reading]\n'));
    expect(g.index.records.get('sources/Blending routine demo.md' as never)?.source).toEqual({
      title: 'Blending routine demo', url: 'https://www.youtube.com/watch?v=3nTQsV2Qz0I', kind: 'video', platform: 'youtube', sharedBy: null, status: 'to-read', added: '2024-03-01',
    });
  });

  it('BibTeX, OPML and CSL-JSON: found by address or title; only what is missing is added', async () => {
    const g = await sample();
    const bib = await planImport(g, 'zotero.bib', fixtureText('zotero.bib'), TODAY);
    expect(bib.items.map((i) => [i.action, i.path, i.reason])).toEqual([
      ['create', 'sources/Ending the Reading Wars Reading Acquisition From Novice to Expert.md', 'no source in the garden has this address or title'],
      ['skip', 'sources/Mind in Society.md', 'already in sources/Mind in Society.md (same title); nothing new to add'],
      ['skip', 'sources/Sold a Story.md', 'already in sources/Sold a Story.md (same address); nothing new to add'],
      ['create', 'sources/Lesen lernen mit Übung.md', 'no source in the garden has this address or title'],
    ]);
    const opml = await planImport(g, 'overcast.opml', fixtureText('overcast.opml'), TODAY);
    expect(opml.items.map((i) => [i.action, i.path, i.reason])).toEqual([
      ['merge', 'sources/Sold a Story.md', 'same address as sources/Sold a Story.md; adds feed address'],
      ['create', 'sources/Science of Reading The Podcast.md', 'no source in the garden has this address or title'],
    ]);
    const csl = await planImport(g, 'zotero-csl.json', fixtureText('zotero-csl.json'), TODAY);
    expect(csl.items.map((i) => [i.action, i.path])).toEqual([
      ['create', 'sources/Ending the Reading Wars Reading Acquisition From Novice to Expert.md'],
      ['create', 'sources/Which Is Best for Teaching Reading Phonics or Whole Language.md'],
      ['skip', 'sources/Sold a Story.md'],
      ['create', 'sources/Blending routine in 60 seconds.md'],
    ]);

    // After the BibTeX import, the CSL-JSON copy of the same paper is found by its DOI.
    await applyImport(g, 'zotero.bib', fixtureText('zotero.bib'), TODAY);
    const after = await planImport(g, 'zotero-csl.json', fixtureText('zotero-csl.json'), TODAY);
    expect(after.items[0]).toEqual({
      action: 'skip', kind: 'source', title: 'Ending the Reading Wars: Reading Acquisition From Novice to Expert',
      path: 'sources/Ending the Reading Wars Reading Acquisition From Novice to Expert.md',
      reason: 'already in sources/Ending the Reading Wars Reading Acquisition From Novice to Expert.md (same address); nothing new to add',
    });
  });
});
