import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWebUrl, inferSource, sourceUrlKey, titleFromPath } from '../../../shared/source-url';

describe('inferSource', () => {
  it.each([
    // address, kind, platform, community, title guess
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s', 'video', 'youtube', undefined, 'YouTube video dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'video', 'youtube', undefined, 'YouTube video dQw4w9WgXcQ'],
    ['https://m.youtube.com/shorts/aBcD1234', 'video', 'youtube', undefined, 'YouTube video aBcD1234'],
    ['https://www.youtube.com/@example-jordan-reads', 'video', 'youtube', undefined, '@example-jordan-reads on YouTube'],
    ['https://www.youtube.com/playlist?list=PL123', 'video', 'youtube', undefined, 'YouTube playlist PL123'],
    ['https://www.reddit.com/r/scienceofreading/', 'community', 'reddit', 'r/scienceofreading', 'r/scienceofreading'],
    ['https://old.reddit.com/r/Teachers', 'community', 'reddit', 'r/Teachers', 'r/Teachers'],
    ['https://www.reddit.com/r/scienceofreading/comments/1b2c3d/why_decodable_texts_are_a_bridge/', 'post', 'reddit', 'r/scienceofreading', 'Why decodable texts are a bridge'],
    ['https://www.reddit.com/r/scienceofreading/comments/1b2c3d/', 'post', 'reddit', 'r/scienceofreading', 'Post in r/scienceofreading'],
    ['https://www.reddit.com/user/sam_teaches', 'other', 'reddit', undefined, 'u/sam_teaches on Reddit'],
    ['https://www.linkedin.com/in/mayachen/', 'other', 'linkedin', undefined, 'mayachen on LinkedIn'],
    ['https://www.linkedin.com/posts/mayachen_decodable-texts-for-older-readers-activity-7123456789012345678-AbCd', 'post', 'linkedin', undefined, 'Decodable texts for older readers (post by mayachen)'],
    ['https://www.linkedin.com/pulse/five-myths-about-phonics-maya-chen-1a2b3c', 'article', 'linkedin', undefined, 'Five myths about phonics maya chen'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7123456789/', 'post', 'linkedin', undefined, 'LinkedIn post'],
    ['https://x.com/priya_reads/status/1790000000000000000', 'post', 'x', undefined, 'Post by @priya_reads on X'],
    ['https://twitter.com/priya_reads', 'other', 'x', undefined, '@priya_reads on X'],
    ['https://www.tiktok.com/@mrs.reads/video/7301234567890123456', 'video', 'tiktok', undefined, 'TikTok video by @mrs.reads'],
    ['https://www.tiktok.com/@mrs.reads', 'other', 'tiktok', undefined, '@mrs.reads on TikTok'],
    ['https://doi.org/10.1177/1529100618772271', 'paper', 'doi', undefined, 'DOI 10.1177/1529100618772271'],
    ['http://dx.doi.org/10.1037/0033-2909.134.2.223', 'paper', 'doi', undefined, 'DOI 10.1037/0033-2909.134.2.223'],
    ['https://podcasts.apple.com/us/podcast/sold-a-story/id1645258891?i=1000583412345', 'podcast', 'apple-podcasts', undefined, 'Sold a story'],
    ['https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk', 'podcast', 'spotify', undefined, 'Podcast episode on Spotify'],
    ['https://open.spotify.com/show/5CfCWKI5pZ28U0uOzXkDHe', 'podcast', 'spotify', undefined, 'Podcast on Spotify'],
    ['https://overcast.fm/itunes1645258891/sold-a-story', 'podcast', 'podcast', undefined, 'Sold a story'],
    ['https://www.instagram.com/p/C1a2b3c4d5e/', 'post', 'instagram', undefined, 'Instagram post C1a2b3c4d5e'],
    ['https://www.instagram.com/reel/C1a2b3c4d5e/', 'video', 'instagram', undefined, 'Instagram video C1a2b3c4d5e'],
    ['https://www.instagram.com/readingteacher/', 'other', 'instagram', undefined, '@readingteacher on Instagram'],
    ['https://www.facebook.com/groups/scienceofreadingwhatitis', 'community', 'facebook', 'groups/scienceofreadingwhatitis', 'Scienceofreadingwhatitis (Facebook group)'],
    ['https://fb.watch/abc123/', 'video', 'facebook', undefined, 'Facebook video'],
    ['https://edutopia-community.slack.com/archives/C012AB3CD/p1700000000000', 'post', 'slack', 'edutopia-community', 'Message in edutopia-community on Slack'],
    ['https://edutopia-community.slack.com/', 'community', 'slack', 'edutopia-community', 'edutopia-community on Slack'],
    ['https://vimeo.com/76979871', 'video', 'vimeo', undefined, 'Vimeo video'],
    ['https://arxiv.org/abs/2106.01234', 'paper', 'arxiv', undefined, 'arXiv 2106.01234'],
    ['https://psycnet.apa.org/record/2008-02525-003', 'paper', 'apa-psycinfo', undefined, 'APA PsycNet record'],
    ['https://www.shanahanonliteracy.com/blog/which-is-best-for-teaching-reading.html', 'article', null, undefined, 'Which is best for teaching reading'],
    ['https://example.org/', 'article', null, undefined, 'example.org'],
    ['https://www.example.org/2024/03/12/', 'article', null, undefined, 'example.org'],
    ['https://feeds.example.com/podcast/episodes.rss', 'podcast', null, undefined, 'Episodes.rss'],
    ['youtube.com/watch?v=abc123', 'video', 'youtube', undefined, 'YouTube video abc123'],
  ])('%s → %s on %s', (address, kind, platform, community, titleGuess) => {
    const guess = inferSource(address);
    expect(guess).not.toBeNull();
    expect({ kind: guess?.kind, platform: guess?.platform, community: guess?.community, titleGuess: guess?.titleGuess }).toEqual({ kind, platform, community, titleGuess });
  });

  it('gives back the address in parsed form', () => {
    expect(inferSource('  HTTPS://WWW.YouTube.com/watch?v=x  ')?.url).toBe('https://www.youtube.com/watch?v=x');
  });

  it('is not fooled by look-alike hosts', () => {
    expect(inferSource('https://youtube.com.evil.example/watch?v=x')?.platform).toBeNull();
    expect(inferSource('https://notreddit.com/r/x')?.platform).toBeNull();
    expect(inferSource('https://evil.example/https://www.youtube.com/watch?v=x')?.platform).toBeNull();
  });
});

describe('checkWebUrl: URLs are data', () => {
  it.each([
    ['javascript:alert(1)', 'it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept'],
    ['JaVaScRiPt:alert(1)', 'it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept'],
    ['java\nscript:alert(1)', 'it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept'],
    [' \tjavascript:alert(1)', 'it is a javascript: link, which runs code instead of opening a page; only http and https addresses are kept'],
    ['vbscript:msgbox(1)', 'it is a vbscript: link, which runs code instead of opening a page; only http and https addresses are kept'],
    ['data:text/html,<script>alert(1)</script>', 'it is a data: address (content packed into the link), not a page; only http and https addresses are kept'],
    ['file:///etc/passwd', 'it points to a file on a computer (file:), not a web page; only http and https addresses are kept'],
    ['\\\\fileserver\\share\\notes.pdf', 'it is a network path (\\\\host\\share), not a web address; only http and https addresses are kept'],
    ['//evil.example/x', 'it is a network path (\\\\host\\share), not a web address; only http and https addresses are kept'],
    ['place:sort=8', 'it is a place: address, not a web page; only http and https addresses are kept'],
    ['mailto:a@example.org', 'it is a mailto: address, not a web page; only http and https addresses are kept'],
    ['https://www.youtube.com@evil.example/', 'the address hides its real host behind a user name ("name@host"), a common trick; it is not kept'],
    ['', 'it has no address'],
    ['just some words', '"just some words" is not a web address (http or https)'],
    ['https://', '"https://" is not a valid web address'],
  ])('refuses %j', (address, reason) => {
    expect(checkWebUrl(address)).toEqual({ ok: false, reason });
  });

  it('accepts http and https only, and never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:', 'data:', 'file:', 'vbscript:', '\\\\', 'https://', 'http://')).chain((prefix) => fc.tuple(fc.constant(prefix), fc.string())), ([prefix, rest]) => {
        const result = checkWebUrl(prefix + rest);
        if (result.ok) expect(['http:', 'https:']).toContain(result.url.protocol);
        const guess = inferSource(prefix + rest);
        if (guess) expect(guess.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 200 },
    );
  });
});

describe('sourceUrlKey', () => {
  it('ignores scheme, host case, www, trailing slash, fragments and tracking parameters', () => {
    const key = 'youtube.com/watch?v=3nTQsV2Qz0I';
    for (const address of [
      'https://www.youtube.com/watch?v=3nTQsV2Qz0I',
      'http://WWW.YOUTUBE.COM/watch?v=3nTQsV2Qz0I',
      'https://youtube.com/watch/?v=3nTQsV2Qz0I',
      'https://www.youtube.com/watch?v=3nTQsV2Qz0I&utm_source=newsletter&utm_campaign=x',
      'https://www.youtube.com/watch?v=3nTQsV2Qz0I#comments',
      'https://m.youtube.com/watch?v=3nTQsV2Qz0I&si=tracking',
    ]) expect(sourceUrlKey(address), address).toBe(key);
  });

  it('keeps what tells pages apart: path case, other parameters, ports', () => {
    expect(sourceUrlKey('https://example.org/Page')).not.toBe(sourceUrlKey('https://example.org/page'));
    expect(sourceUrlKey('https://example.org/p?id=1')).not.toBe(sourceUrlKey('https://example.org/p?id=2'));
    expect(sourceUrlKey('https://example.org:8443/p')).toBe('example.org:8443/p');
  });

  it('reads DOIs without case and dx.doi.org as doi.org; twitter.com as x.com', () => {
    expect(sourceUrlKey('http://dx.doi.org/10.1177/ABC')).toBe(sourceUrlKey('https://doi.org/10.1177/abc'));
    expect(sourceUrlKey('https://twitter.com/priya/status/1')).toBe(sourceUrlKey('https://x.com/priya/status/1'));
  });

  it('is null for anything but http(s)', () => {
    expect(sourceUrlKey('javascript:alert(1)')).toBeNull();
  });
});

describe('titleFromPath', () => {
  it('takes the most word-like segment and skips ids', () => {
    expect(titleFromPath(new URL('https://example.org/blog/2024/the-zone-of-proximal-development/12345'))).toBe('The zone of proximal development');
    expect(titleFromPath(new URL('https://example.org/a1b2c3d4e5f6a7b8'))).toBeNull();
    expect(titleFromPath(new URL('https://example.org/caf%C3%A9-culture.html'))).toBe('Café culture');
  });
});
