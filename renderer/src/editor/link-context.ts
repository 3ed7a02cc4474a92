/**
 * Where the cursor is, in link terms: pure string work on the line before the cursor, so
 * the completion sources and the click handler stay thin and this stays tested.
 */
import { splitFrontmatter } from '../../../shared/links';
import { findWikilinks, type Wikilink } from '../markdown/wikilink-syntax';

export type CompletionTrigger =
  /** After `[[` (or `![[`): a note, person, source or goal by title or alias. */
  | { kind: 'note'; from: number; query: string }
  /** After `[[Target#`: a heading of that target ('' = this note). */
  | { kind: 'heading'; from: number; target: string; query: string }
  /** After `#` at the start of a word: a tag. */
  | { kind: 'tag'; from: number; query: string };

// Obsidian's tag characters: letters, digits, `_`, `-` and `/` for nesting.
const TAG_BEFORE_CURSOR = /(^|[\s(,;])#([\p{L}\p{N}_\-/]*)$/u;

/**
 * What to complete for the text of the line before the cursor; `lineFrom` is the document
 * offset where that line starts, so `from` comes back as a document offset.
 */
export function completionTrigger(before: string, lineFrom: number): CompletionTrigger | null {
  const open = before.lastIndexOf('[[');
  if (open !== -1 && !before.includes(']]', open)) {
    const inner = before.slice(open + 2);
    // A label (`|`) is free text; a block reference (`#^`) has nothing to suggest.
    if (inner.includes('|') || inner.includes('[') || inner.includes(']')) return null;
    const hash = inner.indexOf('#');
    if (hash === -1) return { kind: 'note', from: lineFrom + open + 2, query: inner };
    const query = inner.slice(hash + 1);
    if (query.startsWith('^') || query.includes('#')) return null;
    return { kind: 'heading', from: lineFrom + open + 2 + hash + 1, target: inner.slice(0, hash).trim(), query };
  }
  const tag = TAG_BEFORE_CURSOR.exec(before);
  if (tag) {
    const query = tag[2] ?? '';
    const at = tag.index + (tag[1]?.length ?? 0);
    // `#` alone at the start of a line is a heading being typed, not a tag.
    if (at === 0 && query === '') return null;
    return { kind: 'tag', from: lineFrom + at + 1, query };
  }
  return null;
}

/** The wikilink under `offset` in a line of text (offsets within the line), if any. */
export function wikilinkAt(line: string, offset: number): (Wikilink & { from: number; to: number }) | null {
  for (const link of findWikilinks(line)) if (offset >= link.from && offset <= link.to) return link;
  return null;
}

/** The file name without folders or `.md`: what a wikilink names so the core resolves it. */
export function linkTargetOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

/** Headings of a note (ATX `#` headings of the body, outside fenced code), for `[[#` in the same note. */
export function headingsOf(text: string): string[] {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of splitFrontmatter(text).body.split(/\r?\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/.exec(line)?.[1];
    if (heading) out.push(heading);
  }
  return out;
}
