/**
 * A page's title and description, for a source added from its address (issue 4: "where the
 * desktop app has network"). Behind the `PageFetcher` type so the core never reaches the
 * network unless the door that made it says so: the desktop app injects `createPageFetcher()`;
 * browser mode, the CLI and tests do not (or inject a fake).
 *
 * The address is data: it is checked again here (http and https only, no user:password@),
 * the request has a hard timeout, only HTML is read and at most `maxBytes` of it, and the
 * page is parsed as text (htmlparser2), never run. Any failure is "no metadata", not an error:
 * the source was already saved with its offline title.
 */
import { Parser } from 'htmlparser2';
import { checkWebUrl } from '../../../shared/source-url';

export interface PageMeta {
  title: string | null;
  description: string | null;
}

/** Never rejects: null when nothing could be learned in time. */
export type PageFetcher = (url: string) => Promise<PageMeta | null>;

const MAX_TEXT = 300;

function clean(text: string | undefined | null): string | null {
  // eslint-disable-next-line no-control-regex -- control characters never belong in a title
  const one = (text ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (one === '') return null;
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}

/** Title and description of an HTML page: Open Graph first (sites write it for sharing), else <title> and meta description. */
export function readPageMeta(html: string): PageMeta {
  let inTitle = false;
  let title = '';
  const meta = new Map<string, string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? '').toLowerCase();
          if (key && attributes.content !== undefined && !meta.has(key)) meta.set(key, attributes.content);
        }
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return {
    title: clean(meta.get('og:title')) ?? clean(title) ?? clean(meta.get('twitter:title')),
    description: clean(meta.get('og:description')) ?? clean(meta.get('description')) ?? clean(meta.get('twitter:description')),
  };
}

/**
 * A page's text in the charset it declares: its Content-Type header, else a `<meta charset>`
 * (or http-equiv) near the top, else UTF-8. An unknown charset falls back to UTF-8.
 */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Not a charset this runtime knows: try the next hint, then UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export interface FetcherOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

/** The real fetcher (Node's fetch), for the desktop app. */
export function createPageFetcher({ timeoutMs = 5000, maxBytes = 512 * 1024, fetchImpl = fetch }: FetcherOptions = {}): PageFetcher {
  return async (raw) => {
    const check = checkWebUrl(raw);
    if (!check.ok) return null;
    try {
      const response = await fetchImpl(check.url.href, {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'follow',
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !/html/i.test(type) || !response.body) return null;
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      while (size < maxBytes) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.length;
      }
      await reader.cancel().catch(() => undefined);
      const bytes = new Uint8Array(Math.min(size, maxBytes));
      let at = 0;
      for (const chunk of chunks) {
        const part = chunk.subarray(0, Math.max(0, bytes.length - at));
        bytes.set(part, at);
        at += part.length;
      }
      return readPageMeta(decodePage(bytes, type));
    } catch {
      return null;
    }
  };
}
