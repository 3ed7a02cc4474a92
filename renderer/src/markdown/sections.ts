/**
 * Splits a note into sections that render independently, so typing re-parses only the
 * section being edited (a 50 KB note took a full markdown parse per keystroke).
 *
 * A section starts at an ATX heading (`# …` at column 0) outside fenced code. That split is
 * safe in CommonMark: such a heading interrupts a paragraph, ends a list or block quote at
 * column 0, and cannot be a lazy continuation line, so every block ends where it would in
 * the whole note. What can reach across sections — link reference definitions and
 * footnotes — makes the note render whole (one section), as before.
 */

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** `[label]: destination` or a footnote `[^label]` anywhere. */
const CROSS_REFERENCE = /^ {0,3}\[[^\]\n]+\]:|\[\^[^\]\n]+\]/m;

export function splitSections(markdown: string): string[] {
  if (CROSS_REFERENCE.test(markdown)) return [markdown];
  const sections: string[] = [];
  let start = 0;
  let fence: string | null = null;
  let at = 0;
  while (at < markdown.length) {
    const end = markdown.indexOf('\n', at);
    const lineEnd = end < 0 ? markdown.length : end;
    const line = markdown.slice(at, lineEnd);
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length && line.trim() === fenceMatch[1]) fence = null;
    } else if (fenceMatch) {
      fence = fenceMatch[1] ?? null;
    } else if (at > start && ATX_HEADING.test(line)) {
      sections.push(markdown.slice(start, at));
      start = at;
    }
    at = lineEnd + 1;
  }
  sections.push(markdown.slice(start));
  return sections;
}

/**
 * Stable keys for sections: a content hash plus its occurrence, so inserting a section
 * keeps the others' rendered output (React matches them by key) and a changed section is
 * the only one rendered again.
 */
export function sectionKeys(sections: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return sections.map((text) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const base = `${(hash >>> 0).toString(36)}-${text.length}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}-${n}`;
  });
}
