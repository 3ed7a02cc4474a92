/** Exports, and the round trip: export a garden, import the file into it again, and nothing is new. */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesToBibtex } from '../../../../../electron/garden/export/bibtex';
import { collectContacts, collectSources, type SourceExport } from '../../../../../electron/garden/export/collect';
import { sourcesToCslJson } from '../../../../../electron/garden/export/csl-json';
import { contactsToVcard } from '../../../../../electron/garden/export/vcard';
import { Garden } from '../../../../../electron/garden/garden';
import { parseBibtex } from '../../../../../electron/garden/import/bibtex';
import { parseCslJson } from '../../../../../electron/garden/import/csl-json';
import { applyImport, planImport } from '../../../../../electron/garden/import/plan';
import { parseVcard } from '../../../../../electron/garden/import/vcard';
import { RESOURCES, tempDir } from '../helpers';

const now = () => new Date('2026-11-25T12:00:00Z');

async function sample(): Promise<Garden> {
  const root = await tempDir();
  await cp(path.join(RESOURCES, 'sample-garden'), root, { recursive: true });
  return Garden.open(root, { now });
}

const tricky: SourceExport = {
  title: 'Braces {and} 100% of $5 & #1_best ~ ^ \\ "quotes"', url: 'https://example.org/a b{c}?q=1&utm_source=x', kind: 'paper', platform: null,
  added: '2024-03-12' as never, tags: ['reading', 'phonics'], authors: ['Jürgen Müller', 'Smith and Sons'],
};

describe('contactsToVcard', () => {
  it('writes vCard 4.0 with escaping and folding, which reads back as the same people', () => {
    const text = contactsToVcard([{
      name: 'Ana "Nan" Souza, PhD', emails: ['ana@example.org'], phones: ['+55 11 9999-0000'],
      platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/anasouza' }, { platform: 'reddit', handle: 'u/ana', community: 'r/teachers' }],
      tags: ['reading', 'zpd'],
    }]);
    expect(text).toBe([
      'BEGIN:VCARD', 'VERSION:4.0', 'KIND:individual', 'FN:Ana "Nan" Souza\\, PhD', 'N:PhD;Ana "Nan" Souza\\,;;;', 'EMAIL:ana@example.org',
      'TEL;VALUE=text:+55 11 9999-0000', 'URL;TYPE=linkedin:https://www.linkedin.com/in/anasouza', 'X-SOCIALPROFILE;TYPE=reddit:u/ana',
      'CATEGORIES:reading,zpd', 'END:VCARD', '',
    ].join('\r\n'));
    expect(parseVcard(text).records).toEqual([{
      kind: 'person', line: 1, name: 'Ana "Nan" Souza, PhD', emails: ['ana@example.org'], phones: ['+55 11 9999-0000'], circle: 'personal',
      platforms: [{ platform: 'linkedin', url: 'https://www.linkedin.com/in/anasouza', handle: 'anasouza' }, { platform: 'reddit', handle: 'u/ana' }],
      tags: ['reading', 'zpd'], interactions: [], body: [], notes: [],
    }]);
  });
});

describe('sourcesToBibtex and sourcesToCslJson', () => {
  it('escape LaTeX specials and keep addresses verbatim, so the parser reads the same title and address back', async () => {
    const bib = sourcesToBibtex([tricky]);
    expect(bib).toBe(`@article{muller2024,
  title = {{Braces \\{and\\} 100\\% of \\$5 \\& \\#1\\_best \\textasciitilde{} \\textasciicircum{} \\textbackslash{} "quotes"}},
  author = {Jürgen Müller and {Smith and Sons}},
  url = {https://example.org/a%20b%7Bc%7D?q=1&utm_source=x},
  keywords = {reading, phonics},
  date-added = {2024-03-12}
}
`);
    const [record] = (await parseBibtex(bib)).records;
    expect(record).toMatchObject({ title: tricky.title, url: 'https://example.org/a%20b%7Bc%7D?q=1&utm_source=x', sourceKind: 'paper', added: '2024-03-12', tags: ['phonics', 'reading'] });
  });

  it('write valid CSL-JSON that reads back', () => {
    const json = sourcesToCslJson([tricky, { ...tricky, title: 'Sold a Story', kind: 'podcast', url: 'https://doi.org/10.1000/XYZ', authors: ['APM'] }]);
    const items = JSON.parse(json) as Record<string, unknown>[];
    expect(items[1]).toEqual({ id: 'sold-a-story', type: 'song', title: 'Sold a Story', genre: 'podcast', author: [{ literal: 'APM' }], URL: 'https://doi.org/10.1000/XYZ', DOI: '10.1000/XYZ', keyword: 'reading, phonics' });
    expect(parseCslJson(json).records.map((r) => r.kind === 'source' && [r.title, r.sourceKind])).toEqual([[tricky.title, 'paper'], ['Sold a Story', 'podcast']]);
  });
});

describe('round trips on the sample garden: export, import again, everything is a duplicate', () => {
  it('people through vCard 4.0', async () => {
    const g = await sample();
    const people = await collectContacts(g);
    expect(people.map((p) => p.name)).toContain('Priya Raman');
    const plan = await planImport(g, 'contacts.vcf', contactsToVcard(people));
    expect(plan.problems).toEqual([]);
    expect(plan.items).toHaveLength(people.length);
    for (const item of plan.items) expect([item.action, item.reason]).toEqual(['skip', expect.stringMatching(/nothing new to add$/)]);
  });

  it.each([['library.bib', sourcesToBibtex], ['library.json', sourcesToCslJson]] as const)('sources through %s', async (name, write) => {
    const g = await sample();
    const sources = await collectSources(g);
    expect(sources).toHaveLength(10);
    const text = write(sources);
    const plan = await planImport(g, name, text);
    expect(plan.problems).toEqual([]);
    expect(plan.items).toHaveLength(10);
    for (const item of plan.items) expect([item.title, item.action, item.reason]).toEqual([item.title, 'skip', expect.stringMatching(/nothing new to add$/)]);
  });

  it('a garden emptied of its sources gets them back from its own export, with the same fields', async () => {
    const g = await sample();
    const text = sourcesToCslJson(await collectSources(g));
    const fresh = await Garden.open(await tempDir(), { now });
    const done = await applyImport(fresh, 'library.json', text);
    expect(done.items.filter((i) => i.action === 'create')).toHaveLength(10);
    const sold = [...fresh.index.records.values()].find((r) => r.source?.url === 'https://features.apmreports.org/sold-a-story/');
    expect(sold?.source).toMatchObject({ title: 'Sold a Story: How Teaching Kids to Read Went So Wrong', kind: 'podcast', status: 'to-read' });
    expect(await readFile(path.join(fresh.root, sold?.path ?? ''), 'utf8')).toContain('url: "https://features.apmreports.org/sold-a-story/"\nkind: podcast\n');
  });
});
