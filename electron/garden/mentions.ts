/**
 * Unlinked mentions: where another plant's body names this plant (its title, its aliases and,
 * for a person, their `name` and each platform handle without a leading `@` or `u/`) without
 * linking to it. A match is whole-word and case-insensitive, and never inside a link (to a
 * note or a web page), code (spans and fenced blocks), a comment, a URL, a `#tag`, or the
 * frontmatter. `@handle` counts: the handle is matched without its `@`.
 *
 * Offsets are into the text exactly as `note.read` returns it (UTF-16 units, no byte-order
 * mark), so the renderer can replace `start..end` with a link and save with the read's hash.
 *
 * Cost: files are read on demand; each is first tested with one lower-cased `includes` per
 * name, and only files that pass are scanned. Files the app cannot write (bad YAML, not UTF-8)
 * are skipped, since a one-click link could not be saved there. At most MAX_MENTIONS are returned.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GardenError, type Mention } from '../../shared/api';
import { scanMarkdown, splitFrontmatter } from '../../shared/links';
import type { PlantRecord } from './file-record';
import { isPlantPath, type Garden } from './garden';
import { resolveInside, toGardenPath } from './paths';
import { yieldToEventLoop } from './walk';

export const MAX_MENTIONS = 500;
const MAX_CONTEXT = 240;
/** A name shorter than this would match all over the garden. */
const MIN_NAME_LENGTH = 2;
const FILES_PER_YIELD = 256;
const decoder = new TextDecoder('utf-8');

/** The names a plant goes by, for mentions: title, aliases, a person's name and handles. */
export function mentionNames(record: PlantRecord): string[] {
  const names = [record.title, ...record.aliases];
  if (record.person) {
    names.push(record.person.name);
    for (const platform of record.person.platforms) if (platform.handle) names.push(platform.handle.trim().replace(/^(?:@|\/?u\/)/i, ''));
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    if ([...name].length < MIN_NAME_LENGTH || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

export async function findMentions(garden: Garden, rel: string): Promise<Mention[]> {
  const absolute = await resolveInside(garden.root, rel);
  const plant = toGardenPath(garden.root, absolute);
  if (!isPlantPath(plant)) throw new GardenError('bad-input', `"${rel}" is an attachment, not a note.`);
  const record = garden.index.records.get(plant);
  if (!record) throw new GardenError('not-found', `"${rel}" does not exist (it may have been moved or deleted).`);
  const names = mentionNames(record);
  if (names.length === 0) return [];
  // The cheap test before a scan: the longest word of each name (names match with any run of spaces).
  const probes = names.map((n) => n.toLowerCase().split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''));
  const pattern = mentionPattern(names);
  const out: Mention[] = [];
  let sinceYield = 0;
  for (const other of garden.index.records.values()) {
    if (other.path === plant || other.readOnly) continue;
    if (++sinceYield % FILES_PER_YIELD === 0) await yieldToEventLoop();
    let text: string;
    try {
      text = decoder.decode(readFileSync(path.join(garden.root, ...other.path.split('/'))));
    } catch {
      continue; // gone since it was indexed: the watcher will catch up
    }
    const lower = text.toLowerCase();
    if (!probes.some((probe) => lower.includes(probe))) continue;
    for (const mention of mentionsIn(text, pattern)) {
      out.push({ from: other.path, title: other.title, ...mention });
      if (out.length >= MAX_MENTIONS) return sortMentions(out);
    }
  }
  return sortMentions(out);
}

function sortMentions(list: Mention[]): Mention[] {
  return list.sort((a, b) => a.title.localeCompare(b.title) || a.from.localeCompare(b.from) || a.start - b.start);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex for all names, longest first, spaces matching any run of spaces or tabs. */
export function mentionPattern(names: string[]): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => n.split(' ').map(escapeRegExp).join('[ \\t]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_#])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'giu');
}

/** Mentions in one file's text (offsets into that text). Pure. */
export function mentionsIn(text: string, pattern: RegExp): Omit<Mention, 'from' | 'title'>[] {
  const { bodyStart } = splitFrontmatter(text);
  const excluded = excludedRanges(text, bodyStart);
  const out: Omit<Mention, 'from' | 'title'>[] = [];
  let range = 0;
  let line = 1;
  let lineAt = 0;
  pattern.lastIndex = bodyStart;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (range < excluded.length && (excluded[range] as [number, number])[1] <= start) range++;
    const blocked = excluded[range];
    if (blocked && blocked[0] < end) {
      pattern.lastIndex = Math.max(end, blocked[1]);
      continue;
    }
    for (let nl = text.indexOf('\n', lineAt); nl >= 0 && nl < start; nl = text.indexOf('\n', lineAt)) {
      line++;
      lineAt = nl + 1;
    }
    out.push({ line, context: contextOf(text, lineAt, start, end), text: match[0], start, end });
  }
  return out;
}

function contextOf(text: string, lineStart: number, start: number, end: number): string {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const lineText = text.slice(lineStart, lineEnd);
  const trimmed = lineText.trim();
  if (trimmed.length <= MAX_CONTEXT) return trimmed;
  // A long line: a window around the match, so the mention is always visible.
  const lead = lineText.length - lineText.trimStart().length;
  const at = start - lineStart - lead;
  const room = MAX_CONTEXT - 2 - (end - start);
  const from = Math.max(0, Math.min(at - Math.floor(room / 2), trimmed.length - (MAX_CONTEXT - 2)));
  const window = trimmed.slice(from, from + MAX_CONTEXT - 2);
  return `${from > 0 ? '…' : ''}${window}${from + MAX_CONTEXT - 2 < trimmed.length ? '…' : ''}`;
}

const URL_LIKE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()[\]]+/gi;
const COMMENT = /%%[\s\S]*?%%|<!--[\s\S]*?-->/g;
/** Markdown links to web pages (the scanner reports only links into the garden). */
const EXTERNAL_LINK = /!?\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"\n]*")?\)/g;

/**
 * Spans that are not prose, sorted and merged: the frontmatter, links (from the scanner),
 * fenced code blocks, code spans, comments and URLs.
 */
export function excludedRanges(text: string, bodyStart: number): [number, number][] {
  const ranges: [number, number][] = [[0, bodyStart]];
  const body = text.slice(bodyStart);
  for (const link of scanMarkdown(body).links) ranges.push([bodyStart + link.start, bodyStart + link.end]);
  for (const [start, end] of codeRanges(body)) ranges.push([bodyStart + start, bodyStart + end]);
  for (const re of [COMMENT, EXTERNAL_LINK, URL_LIKE]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) ranges.push([bodyStart + m.index, bodyStart + m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Fenced code blocks (an unclosed fence runs to the end) and code spans, as offsets into `text`. */
export function codeRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let fence: { char: string; length: number; start: number } | null = null;
  let paragraph: [number, number] | null = null;
  const flushParagraph = () => {
    if (paragraph) out.push(...codeSpans(text, paragraph[0], paragraph[1]));
    paragraph = null;
  };
  let at = 0;
  while (at <= text.length) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const line = text.slice(at, eol).replace(/\r$/, '');
    const fenceMatch = FENCE.exec(line.replace(/^(?:[ \t]*>)+[ \t]?/, ''));
    const marks = fenceMatch?.[1];
    if (fence) {
      if (marks && marks[0] === fence.char && marks.length >= fence.length && (fenceMatch?.[2] ?? '').trim() === '') {
        out.push([fence.start, eol]);
        fence = null;
      }
    } else if (marks && !(marks[0] === '`' && (fenceMatch?.[2] ?? '').includes('`'))) {
      flushParagraph();
      fence = { char: marks[0] as string, length: marks.length, start: at };
    } else if (line.trim() === '') flushParagraph();
    else paragraph = paragraph ? [paragraph[0], eol] : [at, eol];
    if (eol >= text.length) break;
    at = eol + 1;
  }
  if (fence) out.push([fence.start, text.length]);
  flushParagraph();
  return out;
}

/** Code spans inside one paragraph: a run of N backticks up to the next run of exactly N. */
function codeSpans(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const runs: [number, number][] = [];
  const re = /`+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) runs.push([m.index, m[0].length]);
  for (let i = 0; i < runs.length; i++) {
    const [open, length] = runs[i] as [number, number];
    if (open > 0 && text.charCodeAt(open - 1) === 92) continue; // an escaped backtick opens nothing
    const close = runs.findIndex((r, j) => j > i && r[1] === length);
    if (close < 0) continue;
    const [closeAt] = runs[close] as [number, number];
    out.push([open, closeAt + length]);
    i = close;
  }
  return out;
}
