import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../../../electron/garden/import/opml';
import { fixtureText } from './fixtures';

const source = (fields: Record<string, unknown>) => ({ kind: 'source', added: null, tags: [], body: [], notes: [], otherUrls: [], platform: null, ...fields });

describe('parseOpml', () => {
  it('reads an Overcast export: podcasts (the list says so), episodes passed over, a javascript: feed refused', () => {
    const result = parseOpml(fixtureText('overcast.opml'));
    expect(result.records).toEqual([
      source({
        line: 9, title: 'Sold a Story', url: 'https://features.apmreports.org/sold-a-story/', sourceKind: 'podcast', platform: 'podcast',
        feed: 'https://feeds.publicradio.org/public_feeds/sold-a-story', otherUrls: ['https://feeds.publicradio.org/public_feeds/sold-a-story'],
      }),
      source({
        line: 12, title: 'Science of Reading: The Podcast', url: 'https://amplify.com/science-of-reading-the-podcast/', sourceKind: 'podcast', platform: 'podcast',
        feed: 'https://feeds.example.com/sor-podcast.xml', otherUrls: ['https://feeds.example.com/sor-podcast.xml'],
      }),
    ]);
    expect(result.problems).toEqual([
      { line: 13, message: 'The outline "Evil feed" on line 13 was skipped: its feed address is not usable: it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept.' },
    ]);
  });

  it('reads a feed reader export: categories as tags, articles unless a category says podcast', () => {
    const result = parseOpml(fixtureText('feedly.opml'));
    expect(result.records).toEqual([
      source({
        line: 8, title: 'The Learning Scientists', url: 'https://www.learningscientists.org/blog', sourceKind: 'article', tags: ['education-research'],
        feed: 'https://www.learningscientists.org/blog?format=rss', otherUrls: ['https://www.learningscientists.org/blog?format=rss'],
      }),
      source({
        line: 9, title: 'Shanahan on Literacy', url: 'https://www.shanahanonliteracy.com/blog', sourceKind: 'article', tags: ['education-research', 'reading', 'literacy'],
        feed: 'https://www.shanahanonliteracy.com/blog/rss.xml', otherUrls: ['https://www.shanahanonliteracy.com/blog/rss.xml'],
      }),
      source({
        line: 12, title: 'Teaching Reading Podcast', url: 'https://example.fm/teaching-reading', sourceKind: 'podcast', platform: 'podcast',
        feed: 'https://example.fm/teaching-reading/feed.xml', otherUrls: ['https://example.fm/teaching-reading/feed.xml'],
      }),
    ]);
    expect(result.problems).toEqual([{ line: 14, message: 'The outline "No address" on line 14 was skipped: it has no address.' }]);
  });

  it('resolves no external entities (nothing is fetched or read from disk)', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<opml><body><outline type="rss" text="&xxe;" xmlUrl="https://example.org/feed"/></body></opml>';
    const [record] = parseOpml(xml).records;
    expect(record?.kind === 'source' && record.title).not.toContain('root:');
  });
});
