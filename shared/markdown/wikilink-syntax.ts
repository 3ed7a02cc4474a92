/**
 * Finds Obsidian-style wikilinks in a piece of text: `[[Target]]`, `[[Target|label]]`,
 * `[[Target#Heading]]`, `[[Target#^block]]`, `[[#Heading]]` and embeds `![[File]]`.
 * Pure string work; the remark plugin decides which text is eligible (never code).
 */
export interface Wikilink {
  embed: boolean;
  /** The note or file named, without heading or label; '' for a link inside the same note. */
  target: string;
  heading: string | null;
  label: string | null;
  /** The text as written, e.g. `![[Embed]]`. */
  raw: string;
}

export type TextPiece = { type: 'text'; value: string } | { type: 'wikilink'; link: Wikilink };

// As in Obsidian (see shared/links.ts): only `]]` ends a link (`[[Sq]uare]]` links `Sq]uare`),
// a line break never occurs inside one, and `[[a [[b]] c]]` links only `b`.
const WIKILINK = /(!?)\[\[((?:[^[\]\r\n]|\](?!\]))+)\]\]/g;

export function parseWikilinkInner(inner: string, embed: boolean, raw: string): Wikilink | null {
  const bar = inner.indexOf('|');
  const destination = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : inner.slice(bar + 1).trim() || null;
  const hash = destination.indexOf('#');
  const target = (hash === -1 ? destination : destination.slice(0, hash)).trim();
  const heading = hash === -1 ? null : destination.slice(hash + 1).trim() || null;
  if (target === '' && heading === null) return null;
  return { embed, target, heading, label, raw };
}

export function splitWikilinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(WIKILINK)) {
    const link = parseWikilinkInner(match[2] ?? '', match[1] === '!', match[0]);
    if (!link) continue;
    if (match.index > last) pieces.push({ type: 'text', value: text.slice(last, match.index) });
    pieces.push({ type: 'wikilink', link });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
  return pieces;
}

/** Every wikilink in `text` with where it sits: `[from, to)` covers the whole syntax, `!` included. */
export function findWikilinks(text: string): (Wikilink & { from: number; to: number })[] {
  const found: (Wikilink & { from: number; to: number })[] = [];
  for (const match of text.matchAll(WIKILINK)) {
    const link = parseWikilinkInner(match[2] ?? '', match[1] === '!', match[0]);
    if (link) found.push({ ...link, from: match.index, to: match.index + match[0].length });
  }
  return found;
}

/** What the reader sees for a link without a label. */
export function wikilinkText(link: Wikilink): string {
  if (link.label) return link.label;
  if (link.heading && !link.heading.startsWith('^')) return link.target ? `${link.target} › ${link.heading}` : link.heading;
  return link.target || link.heading || link.raw;
}
