/**
 * Small text helpers for bringing another version into the editor as a change (never a new
 * editor state, so undo history and the cursor survive), and for merging by hand.
 */

/** The smallest single replacement turning `from` into `to`: common start and end are kept. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  // Do not split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The lines where two versions differ: the same `start` in both, and where each one's differing part ends. */
export function differingLines(mine: string, theirs: string): { a: string[]; b: string[]; start: number; endA: number; endB: number } {
  const a = mine.split(/\r?\n/);
  const b = theirs.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return { a, b, start, endA: a.length - end, endB: b.length - end };
}

export const MERGE_MINE = '<<<<<<< Yours (from the editor)';
export const MERGE_SEPARATOR = '=======';
export const MERGE_THEIRS = '>>>>>>> On disk (changed outside the app)';

/**
 * Both versions in one text, for merging by hand: the lines they share stay as they are, the
 * part where they differ appears twice between markers, yours first.
 */
export function mergeWithMarkers(mine: string, theirs: string): string {
  const eol = /\r\n/.test(mine) || /\r\n/.test(theirs) ? '\r\n' : '\n';
  const { a, b, start, endA, endB } = differingLines(mine, theirs);
  if (start === a.length && start === b.length) return mine;
  const middle = [MERGE_MINE, ...a.slice(start, endA), MERGE_SEPARATOR, ...b.slice(start, endB), MERGE_THEIRS];
  return [...a.slice(0, start), ...middle, ...a.slice(endA)].join(eol);
}

/** Whether merge markers are still in the text (`=======` alone is also a setext heading, so it does not count). */
export function hasMergeMarkers(text: string): boolean {
  return text.split(/\r?\n/).some((line) => line === MERGE_MINE || line === MERGE_THEIRS);
}
