import { describe, expect, it } from 'vitest';
import { dateFromEpoch, parseBookmarks } from '../../../../../electron/garden/import/bookmarks';
import { fixtureText } from './fixtures';

const source = (fields: Record<string, unknown>) => ({ kind: 'source', added: null, tags: [], body: [], notes: [], otherUrls: [], platform: null, ...fields });

describe('parseBookmarks on a Chrome/Firefox export', () => {
  const result = parseBookmarks(fixtureText('bookmarks.html'));

  it('reads every http(s) bookmark with its date, folders as one nested tag, Firefox TAGS and a <DD> description', () => {
    expect(result.records).toEqual([
      source({ line: 11, title: 'Blending routine demo', url: 'https://www.youtube.com/watch?v=3nTQsV2Qz0I', sourceKind: 'video', platform: 'youtube', added: '2024-03-01' }),
      source({ line: 15, title: 'r/scienceofreading', url: 'https://www.reddit.com/r/scienceofreading/', sourceKind: 'community', platform: 'reddit', community: 'r/scienceofreading', added: '2023-12-01', tags: ['reading'] }),
      source({
        line: 16, title: 'Why decodable texts are a bridge', sourceKind: 'post', platform: 'reddit', community: 'r/scienceofreading', added: '2024-02-01', tags: ['reading'],
        url: 'https://www.reddit.com/r/scienceofreading/comments/1b2c3d/why_decodable_texts_are_a_bridge/?utm_source=share&utm_medium=web2x',
      }),
      source({
        line: 19, title: 'Ending the Reading Wars: Reading Acquisition From Novice to Expert', url: 'https://doi.org/10.1177/1529100618772271',
        sourceKind: 'paper', platform: 'doi', added: '2024-01-01', tags: ['reading/phonics-decoding', 'research', 'must-read'],
        body: ['Castles, Rastle & Nation (2018), the review everyone cites.'],
      }),
      source({ line: 27, title: 'Sold a Story on Apple Podcasts', url: 'https://podcasts.apple.com/us/podcast/sold-a-story/id1645258891', sourceKind: 'podcast', platform: 'apple-podcasts', added: '2023-11-01' }),
      source({ line: 29, title: 'Blending routine demo (again)', url: 'https://www.youtube.com/watch?v=3nTQsV2Qz0I&utm_campaign=newsletter', sourceKind: 'video', platform: 'youtube', added: '2024-03-01' }),
    ]);
  });

  it('refuses bookmarklets, file:, data: and place: addresses, each with its line', () => {
    expect(result.problems).toEqual([
      { line: 12, message: 'The bookmark "Save to reading list" on line 12 was skipped: it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept.' },
      { line: 21, message: 'The bookmark "My phonics notes (local)" on line 21 was skipped: it points to a file on a computer (file:), not a web page; only http and https addresses are kept.' },
      { line: 28, message: 'The bookmark "Suspicious" on line 28 was skipped: it is a data: address (content packed into the link), not a page; only http and https addresses are kept.' },
      { line: 30, message: 'The bookmark "Recently Bookmarked" on line 30 was skipped: it is a place: address, not a web page; only http and https addresses are kept.' },
    ]);
  });

  it('keeps markup in titles as text and never reads script', () => {
    const html = '<DL><p><DT><A HREF="https://example.org/x">&lt;img src=x onerror=alert(1)&gt; <b>Bold</b></A><DT><A HREF="">Empty</A></DL>';
    const parsed = parseBookmarks(html);
    expect(parsed.records.map((r) => r.kind === 'source' && r.title)).toEqual(['<img src=x onerror=alert(1)> Bold']);
    expect(parsed.problems).toEqual([{ line: 1, message: 'The bookmark "Empty" on line 1 was skipped: it has no address.' }]);
  });

  it.each([
    ['1709251200', '2024-03-01'], ['1709251200000', '2024-03-01'], ['1709251200000000', '2024-03-01'], ['0', null], ['soon', null], [undefined, null],
  ])('dateFromEpoch(%j) is %j', (value, date) => {
    expect(dateFromEpoch(value)).toBe(date);
  });
});

describe('parseBookmarks on hostile nesting', () => {
  it('reads a bookmark 5,000 folders deep, with a tag of at most 8 levels', () => {
    const depth = 5000;
    const html = `${'<DL><DT><H3>f</H3>'.repeat(depth)}<DL><DT><A HREF="https://example.org/deep">Deep</A></DL>${'</DL>'.repeat(depth)}`;
    const [record] = parseBookmarks(html).records;
    expect(record?.kind === 'source' && record.tags).toEqual([Array(8).fill('f').join('/')]);
  });
});
