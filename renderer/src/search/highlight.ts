/**
 * Splits a snippet into plain and highlighted pieces from the core's [start, end) ranges,
 * so the page renders <mark> elements and never markup. Ranges come across a boundary,
 * so nothing about them is trusted: out-of-range, reversed, empty, fractional or
 * overlapping ranges are clamped, dropped or merged, and the pieces always join back to
 * exactly the text.
 */
export interface Piece {
  text: string;
  marked: boolean;
}

export function normalizeRanges(length: number, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const clamp = (n: number) => Math.min(Math.max(Math.trunc(n), 0), length);
  const valid = ranges
    .filter((r) => Array.isArray(r) && Number.isFinite(r[0]) && Number.isFinite(r[1]))
    .map(([start, end]): [number, number] => [clamp(start), clamp(end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of valid) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** True when offset `i` falls between the two halves of a surrogate pair (an emoji, say). */
function splitsPair(text: string, i: number): boolean {
  const high = text.charCodeAt(i - 1);
  const low = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

export function splitHighlights(text: string, ranges: readonly (readonly [number, number])[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of normalizeRanges(text.length, ranges)) {
    // Widen a range that would cut a character in half, then fold it into what came before.
    const start = Math.max(splitsPair(text, rawStart) ? rawStart - 1 : rawStart, at);
    const end = splitsPair(text, rawEnd) ? rawEnd + 1 : rawEnd;
    if (end <= start) continue;
    if (start === at && pieces[pieces.length - 1]?.marked) {
      pieces[pieces.length - 1]!.text += text.slice(start, end);
      at = end;
      continue;
    }
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
