/** A page's title and description: parsed as text, fetched only as HTML, within a time and size limit. */
import { describe, expect, it } from 'vitest';
import { createPageFetcher, decodePage, readPageMeta } from '../../../../../electron/garden/network/page-meta';

function response(body: string, type = 'text/html; charset=utf-8', status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': type } });
}

describe('readPageMeta', () => {
  it('prefers Open Graph, decodes entities, and keeps one short line', () => {
    const html = `<html><head><TITLE>Plain &amp; simple</TITLE>
      <meta property="og:title" content="Blending &quot;routine&quot;">
      <meta name="description" content="  A demo\n\nwith   a small group. "></head><body><script>alert(1)</script></body></html>`;
    expect(readPageMeta(html)).toEqual({ title: 'Blending "routine"', description: 'A demo with a small group.' });
    expect(readPageMeta('<title>Only a title</title>')).toEqual({ title: 'Only a title', description: null });
    expect(readPageMeta('not html at all')).toEqual({ title: null, description: null });
    expect(readPageMeta(`<title>${'x'.repeat(500)}</title>`).title).toHaveLength(300);
  });
});

describe('decodePage', () => {
  // "Éducation" in Latin-1 and in Windows-1252, where é is one byte (0xE9).
  const latin1 = Uint8Array.from([0x3c, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3e, 0xc9, 0x64, 0x75, 0x63, 0x61, 0x74, 0x69, 0x6f, 0x6e]);
  it('reads the charset a page declares, in its header or a meta tag, else UTF-8', () => {
    expect(decodePage(latin1, 'text/html; charset=ISO-8859-1')).toBe('<title>\u00c9ducation');
    const withMeta = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252">'), ...latin1]);
    expect(decodePage(withMeta, 'text/html')).toContain('<title>\u00c9ducation');
    expect(decodePage(new TextEncoder().encode('<title>\u00c9ducation'), 'text/html')).toBe('<title>\u00c9ducation');
    expect(decodePage(new TextEncoder().encode('<title>ok'), 'text/html; charset=no-such-charset')).toBe('<title>ok');
  });
});

describe('createPageFetcher', () => {
  it('reads an HTML page, and only http(s)', async () => {
    const asked: string[] = [];
    const fetchImpl = (async (url: string) => {
      asked.push(url);
      return response('<title>A page</title>');
    }) as unknown as typeof fetch;
    const fetchPage = createPageFetcher({ fetchImpl });
    expect(await fetchPage('https://example.org/a')).toEqual({ title: 'A page', description: null });
    expect(await fetchPage('javascript:alert(1)')).toBeNull();
    expect(await fetchPage('file:///etc/passwd')).toBeNull();
    expect(asked).toEqual(['https://example.org/a']);
  });

  it('gives up without a word on errors, non-HTML, a slow server, and reads at most maxBytes', async () => {
    const failing = createPageFetcher({ fetchImpl: (async () => { throw new Error('offline'); }) as unknown as typeof fetch });
    expect(await failing('https://example.org/')).toBeNull();
    const pdf = createPageFetcher({ fetchImpl: (async () => response('%PDF', 'application/pdf')) as unknown as typeof fetch });
    expect(await pdf('https://example.org/x.pdf')).toBeNull();
    const missing = createPageFetcher({ fetchImpl: (async () => response('<title>Not found</title>', 'text/html', 404)) as unknown as typeof fetch });
    expect(await missing('https://example.org/gone')).toBeNull();
    const slow = createPageFetcher({
      timeoutMs: 50,
      fetchImpl: ((_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch,
    });
    expect(await slow('https://example.org/slow')).toBeNull();
    const big = createPageFetcher({ maxBytes: 40, fetchImpl: (async () => response(`<title>${'a'.repeat(30)}${'b'.repeat(100)}</title>`)) as unknown as typeof fetch });
    expect((await big('https://example.org/big'))?.title).toBe(`${'a'.repeat(30)}bbb`);
  });
});
