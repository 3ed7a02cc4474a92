/**
 * OPML (podcast apps' and feed readers' subscription lists) → sources. htmlparser2 reads it
 * in XML mode (it resolves no external entities: nothing is fetched); this file walks the
 * outlines. An outline with an `xmlUrl` is a feed; one with only a `url` (type="link") is a
 * page; one with neither but with children is a category, whose name becomes a nested tag
 * like bookmark folders. Episode outlines that podcast apps nest inside a feed
 * (type="podcast-episode") are listening history, not sources, and are passed over.
 *
 * The source's address is the feed's web page (`htmlUrl`) when it has one, else the feed
 * itself; the feed is kept in an extra `feed:` key and both are matched for duplicates. The
 * kind is podcast when the address, a category, the `category` attribute or the list's own
 * title says podcast (Overcast: "Overcast Podcast Subscriptions"), or the address is on a
 * podcast platform; otherwise article.
 */
import { Parser } from 'htmlparser2';
import { checkWebUrl, inferSource } from '../../../shared/source-url';
import { buildSource, LineMap, MAX_TAG_DEPTH, oneLine, tagOf } from './common';
import type { ImportedSource, ImportProblem, ParsedImport } from './types';

const PODCAST = /podcast/i;
/** Podcast apps' own grouping outlines (Overcast: "feeds", "playlists"): not categories. */
const APP_GROUPS = new Set(['feeds', 'subscriptions', 'playlists', 'podcasts']);

export function looksLikeOpml(text: string): boolean {
  return /<opml[\s>]/i.test(text.slice(0, 4000));
}

interface Frame {
  /** The category tag this outline stands for when it turns out to have children. */
  category: string | null;
  isFeedOrLink: boolean;
  label: string;
}

export function parseOpml(xml: string): ParsedImport {
  const lines = new LineMap(xml);
  const problems: ImportProblem[] = [];
  const records: ImportedSource[] = [];
  const stack: Frame[] = [];
  let inHeadTitle = false;
  let listTitle = '';
  let skipDepth = 0;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        if (tag === 'title' && stack.length === 0) inHeadTitle = true;
        if (tag !== 'outline') return;
        const attr = (key: string) => oneLine(attribs[key] ?? attribs[key.toLowerCase()] ?? '');
        const type = attr('type').toLowerCase();
        if (skipDepth > 0 || type === 'podcast-episode') {
          skipDepth += 1;
          return;
        }
        const line = lines.lineOf(parser.startIndex);
        const label = attr('title') || attr('text');
        const xmlUrl = attr('xmlUrl');
        const htmlUrl = attr('htmlUrl');
        const url = attr('url');
        const isFeedOrLink = xmlUrl !== '' || url !== '' || type === 'rss' || type === 'atom' || type === 'link';
        const category = isFeedOrLink || APP_GROUPS.has(label.toLowerCase()) ? null : tagOf(label.replace(/\//g, ' '));
        stack.push({ category, isFeedOrLink, label });
        if (!isFeedOrLink) return;

        const categories = stack.slice(0, -1).map((f) => f.category).filter((c): c is string => c !== null).slice(0, MAX_TAG_DEPTH);
        const tags = [...(categories.length > 0 ? [categories.join('/')] : []), ...attr('category').split(',').map((c) => c.replace(/^\/+/, '').split('/').map((s) => tagOf(s) ?? '').filter((s) => s !== '').join('/'))];
        const what = `The outline "${label.slice(0, 60) || (xmlUrl || url).slice(0, 60)}" on line ${line}`;
        // The feed address must be safe even when the page address is used.
        if (xmlUrl) {
          const check = checkWebUrl(xmlUrl);
          if (!check.ok) {
            problems.push({ line, message: `${what} was skipped: its feed address is not usable: ${check.reason}.` });
            return;
          }
        }
        const address = htmlUrl && checkWebUrl(htmlUrl).ok ? htmlUrl : xmlUrl || url || htmlUrl;
        const built = buildSource({ line, title: label, url: address, tags, requireUrl: true }, what);
        if ('problem' in built) {
          problems.push(built.problem);
          return;
        }
        const source = built.source;
        const feed = xmlUrl ? (checkWebUrl(xmlUrl) as { ok: true; url: URL }).url.href : undefined;
        if (feed && feed !== source.url) {
          source.feed = feed;
          source.otherUrls.push(feed);
        }
        const platformSaysPodcast = inferSource(address)?.kind === 'podcast' || (feed !== undefined && inferSource(feed)?.kind === 'podcast');
        const groups = stack.slice(0, -1).map((f) => f.label);
        const saysPodcast = platformSaysPodcast || [listTitle, attr('category'), ...groups, address, xmlUrl].some((s) => PODCAST.test(s));
        if (saysPodcast) {
          source.sourceKind = 'podcast';
          if (!source.platform) source.platform = 'podcast';
        }
        const description = oneLine(attribs.description ?? '');
        if (description) source.body.push(description);
        records.push(source);
      },
      ontext(text) {
        if (inHeadTitle) listTitle += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === 'title') inHeadTitle = false;
        if (tag !== 'outline') return;
        if (skipDepth > 0) skipDepth -= 1;
        else stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { format: 'opml', records, problems };
}
