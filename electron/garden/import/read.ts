/** Which importer reads a file, and the bytes → text step (BOM, UTF-16, non-UTF-8 files). */
import { GardenError } from '../../../shared/api';
import { looksLikeBibtex, parseBibtex } from './bibtex';
import { looksLikeBookmarks, parseBookmarks } from './bookmarks';
import { looksLikeCslJson, parseCslJson } from './csl-json';
import { looksLikeLinkedInCsv, parseLinkedInCsv } from './linkedin-csv';
import { looksLikeOpml, parseOpml } from './opml';
import type { ImportFormat, ParsedImport } from './types';
import { parseVcard } from './vcard';

const BY_EXTENSION: Record<string, ImportFormat> = {
  vcf: 'vcard', vcard: 'vcard', csv: 'linkedin-csv', html: 'bookmarks-html', htm: 'bookmarks-html', opml: 'opml',
  bib: 'bibtex', bibtex: 'bibtex', json: 'csl-json', csljson: 'csl-json',
};

export const SUPPORTED_FORMATS_SENTENCE =
  'vCard (.vcf), LinkedIn Connections.csv, browser bookmarks (.html), OPML (.opml), BibTeX (.bib) or CSL-JSON (.json)';

/** The format of a file: by its extension, else by what it starts with. Null when unknown. */
export function detectFormat(fileName: string, text: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'xml') return looksLikeOpml(text) ? 'opml' : null;
  const byName = BY_EXTENSION[extension];
  if (byName) return byName;
  const head = text.slice(0, 4000);
  if (/^\s*BEGIN:VCARD/im.test(head)) return 'vcard';
  if (looksLikeOpml(head)) return 'opml';
  if (looksLikeBookmarks(head)) return 'bookmarks-html';
  if (looksLikeLinkedInCsv(head)) return 'linkedin-csv';
  if (looksLikeBibtex(head)) return 'bibtex';
  if (looksLikeCslJson(head)) return 'csl-json';
  return null;
}

/** Reads one file's text with the importer its format needs. Throws a readable error for an unknown format. */
export async function readImportFile(fileName: string, content: string): Promise<ParsedImport> {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const format = detectFormat(fileName, text);
  const parsed = await parseAs(format, fileName, text);
  // A broken or truncated file (an OPML cut off mid-tag, a page that is not a bookmarks export)
  // can yield nothing without a single complaint: say so instead of showing an empty plan.
  if (format !== null && parsed.records.length === 0 && parsed.problems.length === 0) {
    parsed.problems.push({ line: 0, message: `Nothing in "${fileName}" could be imported: no ${WHAT[format]} were found in it. Is it a complete ${NAMES[format]} export?` });
  }
  return parsed;
}

const WHAT: Record<ImportFormat, string> = { vcard: 'cards', 'linkedin-csv': 'connections', 'bookmarks-html': 'bookmarks', opml: 'feeds', bibtex: 'entries', 'csl-json': 'items' };
const NAMES: Record<ImportFormat, string> = { vcard: 'vCard', 'linkedin-csv': 'LinkedIn Connections.csv', 'bookmarks-html': 'browser bookmarks', opml: 'OPML', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

async function parseAs(format: ReturnType<typeof detectFormat>, fileName: string, text: string): Promise<ParsedImport> {
  switch (format) {
    case 'vcard': return parseVcard(text);
    case 'linkedin-csv': return parseLinkedInCsv(text);
    case 'bookmarks-html': return parseBookmarks(text);
    case 'opml': return parseOpml(text);
    case 'bibtex': return parseBibtex(text);
    case 'csl-json': return parseCslJson(text);
    default:
      throw new GardenError('bad-input', `"${fileName}" is not a file pln can import; it reads ${SUPPORTED_FORMATS_SENTENCE}.`);
  }
}

/**
 * A file's bytes as text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or, for bytes that
 * are not UTF-8, the charset an HTML or XML file declares, else Windows-1252 (what old
 * Windows exports are), with a sentence saying so.
 */
export function decodeImportBytes(bytes: Uint8Array): { text: string; warning: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warning: null };
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
    const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding=["']([\w-]+)["']/i.exec(head)?.[1];
    if (declared && !/^utf-?8$/i.test(declared)) {
      try {
        return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), warning: null };
      } catch {
        // the declaration is wrong too: fall through
      }
    }
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: 'This file is not UTF-8 text; it was read as Windows-1252 (Western European). Check names with accents.',
    };
  }
}
