/**
 * Sources → BibTeX (biblatex entry types, UTF-8, as Better BibTeX writes for biblatex).
 * Kinds map to entry types: paper → article, book → book, video → video, podcast → audio,
 * everything else → online. Titles are double-braced so styles keep their case; LaTeX's
 * special characters are escaped; addresses go in `url` (and a doi.org address also in
 * `doi`), verbatim, with braces and spaces percent-encoded so they cannot end the field.
 * Keys are the first author's family name (else the title's first word) and the year
 * added, made unique with a, b, c…. `date-added` (BibDesk's field) carries `added`.
 */
import type { SourceKind } from '../../../shared/types';
import type { SourceExport } from './collect';

const ENTRY_TYPES: Partial<Record<SourceKind, string>> = { paper: 'article', book: 'book', video: 'video', podcast: 'audio' };

export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case '\\': return '\\textbackslash{}';
      case '~': return '\\textasciitilde{}';
      case '^': return '\\textasciicircum{}';
      default: return `\\${c}`;
    }
  });
}

function verbatimUrl(url: string): string {
  return url.replace(/[{}\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function keyBase(source: SourceExport): string {
  const first = source.authors[0]?.split(/\s+/).pop() ?? source.title.split(/\s+/).find((w) => /\p{L}{3,}/u.test(w)) ?? 'source';
  const ascii = first.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${ascii || 'source'}${source.added?.slice(0, 4) ?? ''}`;
}

function doiOf(url: string | null): string | null {
  if (!url) return null;
  const match = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.[^?#]+)$/i.exec(url);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function sourcesToBibtex(sources: readonly SourceExport[]): string {
  const used = new Set<string>();
  const entries = sources.map((source) => {
    const base = keyBase(source);
    let key = base;
    for (let i = 0; used.has(key); i += 1) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
    used.add(key);
    const fields: [string, string][] = [['title', `{${escapeLatex(source.title)}}`]];
    if (source.authors.length > 0) fields.push(['author', source.authors.map((a) => (/\sand\s/i.test(a) ? `{${escapeLatex(a)}}` : escapeLatex(a))).join(' and ')]);
    const doi = doiOf(source.url);
    if (doi) fields.push(['doi', verbatimUrl(doi)]);
    if (source.url) fields.push(['url', verbatimUrl(source.url)]);
    if (source.tags.length > 0) fields.push(['keywords', escapeLatex(source.tags.join(', '))]);
    if (source.added) fields.push(['date-added', source.added]);
    const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
    return `@${ENTRY_TYPES[source.kind] ?? 'online'}{${key},\n${body}\n}\n`;
  });
  return entries.join('\n');
}
