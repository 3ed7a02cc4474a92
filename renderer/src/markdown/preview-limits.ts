/**
 * What the preview refuses to render, and why, in words. react-markdown (micromark, mdast,
 * React) works recursively on the main thread: a 5,000-deep blockquote or a run of 5,000 `*`
 * overflows the stack (and a render error would take the whole page down), and a 1 MB note takes
 * seconds. Such a note is still fully in the editor (CodeMirror renders only what is in view);
 * only its preview is replaced by a sentence.
 */
export const PREVIEW_LIMITS = {
  /** Characters of markdown; real notes are far below (the sample's largest is ~3,000). */
  characters: 256 * 1024,
  /** Levels of `>` quotes, or of list indentation (two spaces a level). */
  depth: 32,
  /** One delimiter character repeated (`*`, `_`, `~`, `[`, `>`, …): micromark nests on each. */
  run: 200,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

export function whyNotPreviewed(markdown: string): string | null {
  if (markdown.length > PREVIEW_LIMITS.characters) {
    return `This note is too long to preview (${count(markdown.length)} characters; the preview shows up to ${count(PREVIEW_LIMITS.characters)}). All of its text is in the editor.`;
  }
  let deepest = 0;
  for (const line of markdown.split('\n')) {
    const quotes = /^(?:[ \t]*>)+/.exec(line)?.[0].replace(/[^>]/g, '').length ?? 0;
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    deepest = Math.max(deepest, quotes, Math.floor(indent / 2));
  }
  if (deepest > PREVIEW_LIMITS.depth) {
    return `This note nests ${count(deepest)} levels deep, too deep to preview (the preview goes to ${PREVIEW_LIMITS.depth}). All of its text is in the editor.`;
  }
  const run = new RegExp(`([*_~\`\\[\\]()<>!#|\\\\])\\1{${PREVIEW_LIMITS.run - 1},}`).exec(markdown);
  if (run) {
    return `This note repeats "${run[1]}" ${count(run[0].length)} times in a row, too many to preview (the preview allows ${PREVIEW_LIMITS.run - 1}). All of its text is in the editor.`;
  }
  return null;
}
