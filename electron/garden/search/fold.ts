/**
 * Text folding and word splitting shared by completion, the full-text index, query parsing
 * and snippets, so that what is indexed, what is typed and what is highlighted agree.
 *
 * Folding makes matching case- and accent-insensitive: each character is decomposed (NFD),
 * its combining marks dropped, then lower → upper → lower cased (so `ß`, `ẞ` and `SS` meet,
 * as in shared/resolve.ts). A folded string can be longer than its source (`ß` → `ss`), so
 * `foldWithOffsets` also says where each folded character came from, for highlights.
 */

/** A word: a run of letters, digits and combining marks. Everything else separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
/** Only code points below 128 (tested without a regex over control characters). */
const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 127) return false;
  return true;
};

/** Words longer than this are not words a person types (hashes, base64): never indexed. */
export const MAX_WORD = 64;

function foldSlow(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().toUpperCase().toLowerCase();
}

/** Case- and accent-insensitive form of `text`. */
export function fold(text: string): string {
  return isAscii(text) ? text.toLowerCase() : foldSlow(text);
}

/** The words of `text`, unfolded, in order. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The folded words of `text`, in order (what the index stores and a query looks for). */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(text)) {
    const folded = fold(word);
    if (folded && folded.length <= MAX_WORD) out.push(folded);
  }
  return out;
}

/** Folded words joined by single spaces: cheap whole-word and word-prefix tests with `includes`. */
export function wordLine(text: string): string {
  return foldedWords(text).join(' ');
}

export interface WordAt {
  /** The folded word. */
  word: string;
  /** [start, end) of the word in the original text (UTF-16 offsets). */
  start: number;
  end: number;
}

/** Every word of `text` with its place in `text`, folded. */
export function wordsWithOffsets(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    out.push({ word: fold(match[0]), start, end: start + match[0].length });
  }
  return out;
}
