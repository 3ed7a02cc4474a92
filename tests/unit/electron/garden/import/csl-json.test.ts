import { describe, expect, it } from 'vitest';
import { arrayElementOffsets, parseCslJson } from '../../../../../electron/garden/import/csl-json';
import { fixtureText } from './fixtures';

const source = (fields: Record<string, unknown>) => ({ kind: 'source', added: null, tags: [], body: [], notes: [], otherUrls: [], platform: null, ...fields });

describe('parseCslJson on a Zotero export', () => {
  it('maps CSL types to kinds, the DOI to a doi.org address, and reports odd items with their lines', () => {
    const result = parseCslJson(fixtureText('zotero-csl.json'));
    expect(result.records).toEqual([
      source({
        line: 2, title: 'Ending the Reading Wars: Reading Acquisition From Novice to Expert', url: 'https://doi.org/10.1177/1529100618772271',
        otherUrls: ['https://journals.sagepub.com/doi/10.1177/1529100618772271'], sourceKind: 'paper', platform: 'doi', tags: ['phonics', 'reading-acquisition'],
        body: ['Authors: Anne Castles; Kathleen Rastle; Kate Nation', 'Published in Psychological Science in the Public Interest (2018).'],
      }),
      source({
        line: 36, title: 'Which Is Best for Teaching Reading: Phonics or Whole Language?', url: 'https://www.shanahanonliteracy.com/blog/which-is-best?utm_source=zotero',
        sourceKind: 'article', added: '2024-05-02', body: ['Authors: Timothy Shanahan', 'Published in Shanahan on Literacy (2019).'],
      }),
      source({ line: 57, title: 'Sold a Story', url: 'https://features.apmreports.org/sold-a-story/', sourceKind: 'podcast', body: ['Authors: APM Reports'] }),
      source({ line: 82, title: 'Blending routine in 60 seconds', url: 'https://www.tiktok.com/@mrs.reads/video/7301234567890123456', sourceKind: 'video', platform: 'tiktok' }),
    ]);
    expect(result.problems).toEqual([
      { line: 69, message: 'Item 4 on line 69 cannot be read: a field has the wrong shape ("title"); it was skipped.' },
      { line: 76, message: 'Item 5 "Tracking pixel" on line 76 was skipped: it is a data: address (content packed into the link), not a page; only http and https addresses are kept.' },
    ]);
  });

  it('reports JSON that does not parse, with the line, and imports nothing', () => {
    const result = parseCslJson('[\n  {"type": "book", "title": "A"},\n  {"type": "book" "title": "B"}\n]');
    expect(result.records).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.line).toBe(3);
    expect(result.problems[0]?.message).toMatch(/^This is not valid JSON \(near line 3\): .*\. Nothing was imported\.$/);
  });

  it('reads a single item object, and says an item without type cannot be read', () => {
    expect(parseCslJson('{"type": "book", "title": "Alone"}').records).toEqual([source({ line: 1, title: 'Alone', url: null, sourceKind: 'book' })]);
    expect(parseCslJson('[{"title": "No type"}]').problems).toEqual([{ line: 1, message: 'Item 1 on line 1 cannot be read: it has no "type"; it was skipped.' }]);
  });

  it('finds where each element of the top-level array starts, whatever the strings hold', () => {
    const json = '[ {"a": "x],[{\\""}, [1, 2],\n "s" , 3 ]';
    expect(arrayElementOffsets(json).map((o) => json.slice(o, o + 3))).toEqual(['{"a', '[1,', '"s"', '3 ]']);
  });
});
