import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../../../electron/garden/import/bibtex';
import { fixtureText } from './fixtures';

const source = (fields: Record<string, unknown>) => ({ kind: 'source', added: null, tags: [], body: [], notes: [], otherUrls: [], platform: null, ...fields });

describe('parseBibtex on a Better BibTeX export', () => {
  it('reads the entries (LaTeX to text, DOI first, authors to the body) and skips the broken and hostile ones', async () => {
    const result = await parseBibtex(fixtureText('zotero.bib'));
    expect(result.format).toBe('bibtex');
    expect(result.records).toEqual([
      source({
        line: 3, title: 'Ending the Reading Wars: Reading Acquisition From Novice to Expert', url: 'https://doi.org/10.1177/1529100618772271',
        otherUrls: ['https://journals.sagepub.com/doi/10.1177/1529100618772271'], sourceKind: 'paper', platform: 'doi', added: '2024-01-15',
        tags: ['phonics', 'reading-acquisition'],
        body: ['Authors: Anne Castles; Kathleen Rastle; Kate Nation', 'Published in Psychological Science in the Public Interest (2018).'],
      }),
      source({
        line: 17, title: 'Mind in Society: The Development of Higher Psychological Processes', url: null, sourceKind: 'book', tags: ['zpd'],
        body: ['Authors: L. S. Vygotsky', 'Published by Harvard University Press (1978).'],
      }),
      source({
        line: 25, title: 'Sold a Story: How Teaching Kids to Read Went So Wrong', url: 'https://features.apmreports.org/sold-a-story/', sourceKind: 'article',
        body: ['Authors: Emily Hanford', 'Published (2022).'],
      }),
      source({
        line: 39, title: 'Lesen lernen mit Übung', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', sourceKind: 'video', platform: 'youtube',
        body: ['Authors: Jürgen Müller', 'Published (2020).'],
      }),
    ]);
    expect(result.problems).toEqual([
      { line: 33, message: 'The entry "broken2021" on line 33 cannot be read: a brace or quote is never closed; it was skipped.' },
      { line: 46, message: 'The entry "evil2023" on line 46 was skipped: it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept.' },
    ]);
  });

  it('reads JabRef timestamps and arXiv eprints, and skips an entry with neither title nor address', async () => {
    const bib = '@article{a, title={Attention Is All You Need}, eprint={1706.03762}, archiveprefix={arXiv}, timestamp={2023-09-01}}\n@misc{b, note={nothing}}\n';
    const result = await parseBibtex(bib);
    expect(result.records).toEqual([source({ line: 1, title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', sourceKind: 'paper', platform: 'arxiv', added: '2023-09-01' })]);
    expect(result.problems).toEqual([{ line: 2, message: 'The entry "b" on line 2 was skipped: it has neither a title nor a web address.' }]);
  });
});
