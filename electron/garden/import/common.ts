/** Small helpers every importer shares: building records, line numbers, addresses, text. */
import { checkWebUrl, inferSource } from '../../../shared/source-url';
import type { Circle, IsoDate, SourceKind } from '../../../shared/types';
import type { ImportedPerson, ImportedSource, ImportProblem } from './types';

export function newPerson(line: number, name: string, circle: Circle = 'professional'): ImportedPerson {
  return { kind: 'person', line, name, emails: [], phones: [], platforms: [], circle, tags: [], interactions: [], body: [], notes: [] };
}

/** Maps offsets in a text to 1-based line numbers (LF, CRLF and CR line ends). */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Collapses whitespace (newlines too) and trims; control characters become spaces; NFC (as file names are). */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().normalize('NFC');
}

/** Trims each line and drops control characters other than newlines; keeps paragraphs. */
export function cleanBlock(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A bare email address from "Name <a@b>", "mailto:a@b" or "a@b"; null when it is not one. */
export function cleanEmail(raw: string): string | null {
  const bracketed = /<([^<>]*)>/.exec(raw);
  const address = (bracketed ? (bracketed[1] ?? '') : raw).trim().replace(/^mailto:/i, '');
  return EMAIL.test(address) ? address : null;
}

export function addUnique(list: string[], value: string, key: (s: string) => string = (s) => s.toLowerCase()): void {
  const k = key(value);
  if (!list.some((item) => key(item) === k)) list.push(value);
}

/** Case- and accent-insensitive form of a name or title, for finding duplicates. */
export function foldName(text: string): string {
  return oneLine(text).normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().toLowerCase();
}

/** Tags as the garden writes them: no '#', spaces as '-', no characters that break a tag. */
export function tagOf(label: string): string | null {
  const tag = oneLine(label)
    .replace(/^#+/, '')
    .replace(/[\s,]+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/^[-/]+|[-/]+$/g, '')
    .toLowerCase();
  // A tag of digits only is not a tag (entities.ts ignores it, as Obsidian does).
  return tag === '' || /^[\d/]+$/.test(tag) ? null : tag;
}

export interface SourceDraft {
  line: number;
  title?: string | null;
  url?: string | null;
  kind?: SourceKind | null;
  tags?: string[];
  added?: IsoDate | null;
  body?: string[];
  /** Bookmarks and feeds are nothing without their address. */
  requireUrl?: boolean;
}

/**
 * A source from an address and what the file says about it. The address must be http(s);
 * anything else is a problem (the record is skipped). Without a title, the address gives one.
 */
export function buildSource(draft: SourceDraft, what: string): { source: ImportedSource } | { problem: ImportProblem } {
  let url: string | null = null;
  let kind: SourceKind = draft.kind ?? 'article';
  let platform: string | null = null;
  let community: string | undefined;
  let titleGuess: string | null = null;
  if (draft.requireUrl && (draft.url ?? '').trim() === '') {
    return { problem: { line: draft.line, message: `${what} was skipped: it has no address.` } };
  }
  if (draft.url !== undefined && draft.url !== null && draft.url.trim() !== '') {
    const check = checkWebUrl(draft.url);
    if (!check.ok) return { problem: { line: draft.line, message: `${what} was skipped: ${check.reason}.` } };
    const guess = inferSource(check.url.href);
    if (guess) {
      url = guess.url;
      platform = guess.platform;
      if (guess.community) community = guess.community;
      titleGuess = guess.titleGuess;
      if (!draft.kind) kind = guess.kind;
    }
  }
  const title = oneLine(draft.title ?? '') || titleGuess;
  if (!title) return { problem: { line: draft.line, message: `${what} was skipped: it has neither a title nor a web address.` } };
  const source: ImportedSource = {
    kind: 'source',
    line: draft.line,
    title,
    url,
    sourceKind: kind,
    platform,
    added: draft.added ?? null,
    tags: [...new Set((draft.tags ?? []).map((t) => tagOf(t)).filter((t): t is string => t !== null))],
    body: draft.body ?? [],
    notes: [],
    otherUrls: [],
  };
  if (community) source.community = community;
  return { source };
}

/** A DOI (bare, doi:…, or a doi.org address) as https://doi.org/…; null when it is not one. */
export function doiUrl(doi: string): string | null {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? `https://doi.org/${bare.split('/').map(encodeURIComponent).join('/')}` : null;
}

/** Folders (bookmarks) or categories (OPML) deeper than this add nothing to the tag: hostile nesting stays cheap. */
export const MAX_TAG_DEPTH = 8;
