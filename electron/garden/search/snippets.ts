/**
 * Snippets: the lines of a note's body where the query matched, as plain text with
 * [start, end) offsets of the matched words (the renderer highlights them as text; no HTML
 * is ever made here). Matching is by folded word, like the index, so case and accents do
 * not matter and a typo'd query highlights the word it found.
 */
import type { SearchHit } from '../../../shared/api';
import { wordsWithOffsets } from './fold';

export type Snippet = SearchHit['snippets'][number];

export const MAX_SNIPPETS = 3;
export const MAX_SNIPPET_CHARS = 200;
/** Only the start of a huge note is scanned for snippets (a 10 MB note stays fast). */
const MAX_SCAN_CHARS = 1_000_000;

/** Which folded words to highlight: exact terms, and words starting with a prefix. */
export interface WordMatcher {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

export function matchesWord(matcher: WordMatcher, word: string): boolean {
  return matcher.exact.has(word) || matcher.prefixes.some((p) => word.startsWith(p));
}

/** Highlights of the matched words in one line of text. */
export function highlight(text: string, matcher: WordMatcher): [number, number][] {
  const out: [number, number][] = [];
  for (const w of wordsWithOffsets(text)) if (matchesWord(matcher, w.word)) out.push([w.start, w.end]);
  return out;
}

/**
 * Up to three lines of `body` with matches, the lines matching the most different words
 * first, returned in the order they appear. Each is cut to 200 characters around its first
 * match (with … where cut).
 */
export function buildSnippets(body: string, matcher: WordMatcher, max = MAX_SNIPPETS): Snippet[] {
  const scanned = body.length > MAX_SCAN_CHARS ? body.slice(0, MAX_SCAN_CHARS) : body;
  const found: { order: number; distinct: number; text: string; highlights: [number, number][] }[] = [];
  let order = 0;
  for (const raw of scanned.split('\n')) {
    order += 1;
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const words = wordsWithOffsets(line);
    const highlights: [number, number][] = [];
    const distinct = new Set<string>();
    for (const w of words) {
      if (matchesWord(matcher, w.word)) {
        highlights.push([w.start, w.end]);
        distinct.add(w.word);
      }
    }
    if (highlights.length > 0) found.push({ order, distinct: distinct.size, text: line, highlights });
  }
  return found
    .sort((a, b) => b.distinct - a.distinct || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order)
    .map((f) => cut(f.text, f.highlights));
}

/** Trims a line and cuts it to MAX_SNIPPET_CHARS around its first highlight. */
export function cut(line: string, highlights: [number, number][]): Snippet {
  const lead = line.length - line.trimStart().length;
  const text = line.trim();
  const shifted = highlights.map(([s, e]) => [s - lead, e - lead] as [number, number]);
  if (text.length <= MAX_SNIPPET_CHARS) return { text, highlights: shifted };
  const first = shifted[0] ?? [0, 0];
  // Some context before the first match, never splitting a surrogate pair.
  let start = Math.max(0, Math.min(first[0] - 40, text.length - (MAX_SNIPPET_CHARS - 2)));
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
  const before = start > 0 ? '…' : '';
  let end = Math.min(text.length, start + MAX_SNIPPET_CHARS - before.length - 1);
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  const after = end < text.length ? '…' : '';
  const offset = before.length - start;
  const kept = shifted
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s + offset, e + offset] as [number, number]);
  return { text: `${before}${text.slice(start, end)}${after}`, highlights: kept };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
