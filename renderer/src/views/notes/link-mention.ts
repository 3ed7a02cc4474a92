/**
 * Turns one unlinked mention into a wikilink in the mentioning file's text. Pure, so the
 * rules are tested: the occurrence is found where the core said it is (offsets into the
 * file, else into the line), else as the first unlinked occurrence on that line; nothing is
 * rewritten when it is no longer there.
 */
import type { Mention } from '../../../../shared/api';
import { findWikilinks } from '../../markdown/wikilink-syntax';

/** `[[Target]]` when the text is the target itself, else `[[Target|text as written]]`. */
export function mentionLink(target: string, text: string): string {
  return text === target ? `[[${target}]]` : `[[${target}|${text}]]`;
}

function lineBounds(text: string, line: number): { from: number; to: number } | null {
  let from = 0;
  for (let n = 1; n < line; n += 1) {
    const nl = text.indexOf('\n', from);
    if (nl === -1) return null;
    from = nl + 1;
  }
  const nl = text.indexOf('\n', from);
  return { from, to: nl === -1 ? text.length : nl };
}

function insideLink(line: string, start: number, end: number): boolean {
  return findWikilinks(line).some((link) => start < link.to && end > link.from);
}

/** Where the mention's text is now, as offsets into `text`, or null when it is gone. */
export function locateMention(text: string, mention: Pick<Mention, 'line' | 'start' | 'end' | 'text'>): { from: number; to: number } | null {
  const wanted = mention.text;
  if (!wanted) return null;
  const bounds = lineBounds(text, mention.line);
  if (text.slice(mention.start, mention.end) === wanted && (!bounds || (mention.start >= bounds.from && mention.end <= bounds.to))) {
    return { from: mention.start, to: mention.end };
  }
  if (!bounds) return null;
  const line = text.slice(bounds.from, bounds.to);
  if (line.slice(mention.start, mention.end) === wanted && !insideLink(line, mention.start, mention.end)) {
    return { from: bounds.from + mention.start, to: bounds.from + mention.end };
  }
  for (let at = line.indexOf(wanted); at !== -1; at = line.indexOf(wanted, at + 1)) {
    if (!insideLink(line, at, at + wanted.length)) return { from: bounds.from + at, to: bounds.from + at + wanted.length };
  }
  return null;
}

/** The text with that mention linked to `target`, or null when the mention is no longer there. */
export function linkMentionIn(text: string, mention: Pick<Mention, 'line' | 'start' | 'end' | 'text'>, target: string): string | null {
  const at = locateMention(text, mention);
  if (!at) return null;
  const written = text.slice(at.from, at.to);
  return text.slice(0, at.from) + mentionLink(target, written) + text.slice(at.to);
}
