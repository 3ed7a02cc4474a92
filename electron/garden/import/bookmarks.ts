/**
 * Browser bookmarks (the Netscape bookmark file every browser exports) → sources to read.
 * htmlparser2 reads the HTML (the format's unclosed <DT> and <p> tags included); this file
 * follows the folders: an <H3> names the folder whose <DL> comes next, and a bookmark's
 * folders become one nested tag (Reading › Phonics → `reading/phonics`, Obsidian's nested
 * tags). The browsers' own top folders (Bookmarks bar, Other bookmarks, …) are not tags.
 * ADD_DATE (seconds since 1970) is when it was saved; Firefox's TAGS are tags too; a <DD>
 * description goes to the body. Addresses that are not http(s) (bookmarklets, place:,
 * file:, data:) are reported with their line and skipped.
 */
import { Parser } from 'htmlparser2';
import { toIsoDate } from '../../../shared/dates';
import type { IsoDate } from '../../../shared/types';
import { buildSource, cleanBlock, LineMap, MAX_TAG_DEPTH, oneLine, tagOf } from './common';
import type { ImportedSource, ImportProblem, ParsedImport } from './types';

const BROWSER_FOLDERS = new Set([
  'bookmarks bar', 'bookmarks toolbar', 'bookmarks menu', 'other bookmarks', 'mobile bookmarks', 'favorites bar', 'favourites bar',
  'favorites', 'favourites', 'other favorites', 'unsorted bookmarks', 'imported', 'bookmarks',
]);

/** Seconds (or milliseconds, or microseconds) since 1970 → a date; null when it is not one. */
export function dateFromEpoch(value: string | undefined): IsoDate | null {
  if (!value || !/^\d{1,17}$/.test(value.trim())) return null;
  let n = Number(value.trim());
  if (n > 1e14) n /= 1e6;
  else if (n > 1e11) n /= 1e3;
  const date = new Date(n * 1000);
  if (n <= 0 || !Number.isFinite(date.getTime())) return null;
  return toIsoDate(date);
}

interface Open {
  line: number;
  href: string;
  addDate: string | undefined;
  tags: string | undefined;
  text: string;
}

export function looksLikeBookmarks(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(text.slice(0, 2000)) || (/<dl[\s>]/i.test(text) && /<dt[\s>]/i.test(text) && /<a\s[^>]*href/i.test(text));
}

export function parseBookmarks(html: string): ParsedImport {
  const lines = new LineMap(html);
  const problems: ImportProblem[] = [];
  const records: ImportedSource[] = [];
  /** One entry per open <DL>: the folder tag segment it stands for, or null. */
  const folders: (string | null)[] = [];
  let pendingFolder: string | null = null;
  let heading: { text: string; browserFolder: boolean } | null = null;
  let link: Open | null = null;
  let description: { record: ImportedSource; text: string } | null = null;

  const finishDescription = () => {
    if (description) {
      const text = cleanBlock(description.text);
      if (text) description.record.body.push(text);
      description = null;
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const line = lines.lineOf(parser.startIndex);
        if (name !== 'dd') finishDescription();
        if (name === 'h3') {
          heading = { text: '', browserFolder: 'personal_toolbar_folder' in attribs || 'unfiled_bookmarks_folder' in attribs };
        } else if (name === 'dl') {
          folders.push(pendingFolder);
          pendingFolder = null;
        } else if (name === 'a') {
          link = { line, href: attribs.href ?? '', addDate: attribs.add_date, tags: attribs.tags, text: '' };
        } else if (name === 'dd') {
          const last = records[records.length - 1];
          if (last && !description) description = { record: last, text: '' };
        }
      },
      ontext(text) {
        if (heading) heading.text += text;
        else if (link) link.text += text;
        else if (description) description.text += text;
      },
      onclosetag(name) {
        if (name === 'h3' && heading) {
          const label = oneLine(heading.text);
          const segment = tagOf(label.replace(/\//g, ' '));
          pendingFolder = heading.browserFolder || BROWSER_FOLDERS.has(label.toLowerCase()) ? null : segment;
          heading = null;
        } else if (name === 'dl') {
          finishDescription();
          folders.pop();
        } else if (name === 'a' && link) {
          const open: Open = link;
          link = null;
          const path = folders.filter((f): f is string => f !== null).slice(0, MAX_TAG_DEPTH);
          const tags = [...(path.length > 0 ? [path.join('/')] : []), ...(open.tags ?? '').split(',')];
          const label = oneLine(open.text);
          const built = buildSource(
            { line: open.line, title: label, url: open.href, tags, added: dateFromEpoch(open.addDate), requireUrl: true },
            `The bookmark "${label.slice(0, 60) || open.href.slice(0, 60)}" on line ${open.line}`,
          );
          if ('problem' in built) problems.push(built.problem);
          else records.push(built.source);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  finishDescription();
  return { format: 'bookmarks-html', records, problems };
}
