/**
 * How far a typed word is from the start of a known word: the smallest optimal-string-
 * alignment distance (insert, delete, substitute, swap two neighbours) between `typed` and
 * any prefix of `word`. So "scafold" is 1 from "scaffolding" and "vygotksy" is 1 from
 * "vygotsky". Bounded: gives up as soon as the answer must exceed `max`.
 */

/** Edits allowed for a typed word of this length: none below 4 characters, 1 up to 6, else 2. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

// Three reusable rows (this runs for every distinct word of a garden's names on a near-miss search).
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** Returns the distance, or `max + 1` when it is larger than `max`. */
export function prefixDistance(typed: string, word: string, max: number): number {
  const n = typed.length;
  if (word.startsWith(typed)) return 0;
  if (max <= 0 || word.length < n - max) return max + 1;
  // Each edit accounts for at most one typed character missing from the word's start.
  const reach = Math.min(word.length, n + max);
  let missing = 0;
  for (let j = 0; j < n; j += 1) {
    const c = typed.charCodeAt(j);
    let found = false;
    for (let i = 0; i < reach; i += 1) {
      if (word.charCodeAt(i) === c) {
        found = true;
        break;
      }
    }
    if (!found && ++missing > max) return max + 1;
  }
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  // Rows run over the word's characters, columns over the typed ones: row i holds the
  // distances between word[0, i) and every typed[0, j).
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  let best = n; // the empty prefix of the word
  let previousMin = 0;
  for (let i = 1; i <= reach; i += 1) {
    current[0] = i;
    let rowMin = i;
    const w = word.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const t = typed.charCodeAt(j - 1);
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (w === t ? 0 : 1));
      if (i > 1 && j > 1 && w === typed.charCodeAt(j - 2) && word.charCodeAt(i - 2) === t) d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if ((current[n] as number) < best) best = current[n] as number;
    // Every later row is at least the smaller of this row's and the last row's minimum.
    if (rowMin > max && previousMin > max) break;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return best <= max ? best : max + 1;
}

/**
 * The Levenshtein distance (insert, delete, substitute; a swap counts 2) between two whole
 * words, or `max + 1` when it is larger than `max`. This is the rule the full-text index's
 * typo tolerance has always had (it was MiniSearch's fuzzy match), kept so near misses find
 * the same notes as before; completion uses the friendlier prefixDistance above.
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= m; i += 1) {
    current[0] = i;
    let rowMin = i;
    const c = b.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a.charCodeAt(j - 1) === c ? 0 : 1));
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Distances never shrink from one row to the next's minimum.
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[n] as number;
  return distance <= max ? distance : max + 1;
}
