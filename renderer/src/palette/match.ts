/**
 * Matching typed words against a short label (a command title, a tag): every word must
 * be found, as a substring or, failing that, as letters in order ("nwnt" finds "New
 * note"). Case and accents do not matter. The score orders the list: a label that starts
 * with the query beats a word that does, which beats letters scattered through it.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of needle) {
    at = haystack.indexOf(char, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}

/** A score (higher is better), or null when the label does not match. */
export function matchScore(label: string, query: string): number | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const text = fold(label);
  let score = 0;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at === 0) score += 4;
    else if (at > 0) score += /[\s/._:-]/.test(text[at - 1] ?? '') ? 3 : 2;
    else if (isSubsequence(word, text)) score += 1;
    else return null;
  }
  if (text.startsWith(fold(query).trim())) score += 2;
  return score;
}

/** The items whose label matches, best first; ties keep their order. */
export function rankByMatch<T>(items: readonly T[], query: string, labelOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: matchScore(labelOf(item), query) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
