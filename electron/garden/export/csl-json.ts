/**
 * Sources → CSL-JSON (what Zotero, Citation.js and pandoc read). Kinds map to CSL types:
 * paper → article-journal, book → book, article and community → webpage, post → post,
 * video → motion_picture, podcast → song with genre "podcast" (as Zotero exports a
 * podcast), webinar → speech, course and other → document. Authors written "Given Family"
 * become `given`/`family` (split at the last space), a one-word author a `literal`. Only
 * CSL fields are written, so the file validates against the CSL-JSON schema.
 */
import type { SourceKind } from '../../../shared/types';
import type { SourceExport } from './collect';

export const CSL_TYPES: Record<SourceKind, string> = {
  paper: 'article-journal', book: 'book', article: 'webpage', community: 'webpage', post: 'post', video: 'motion_picture',
  podcast: 'song', webinar: 'speech', course: 'document', other: 'document',
};

function author(name: string): Record<string, string> {
  const cut = name.lastIndexOf(' ');
  return cut > 0 ? { given: name.slice(0, cut), family: name.slice(cut + 1) } : { literal: name };
}

function doiOf(url: string | null): string | null {
  const match = url ? /^https?:\/\/(?:dx\.)?doi\.org\/(10\.[^?#]+)$/i.exec(url) : null;
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function sourcesToCslJson(sources: readonly SourceExport[]): string {
  const used = new Set<string>();
  const items = sources.map((source, index) => {
    let id = source.title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || `source-${index + 1}`;
    if (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);
    const item: Record<string, unknown> = { id, type: CSL_TYPES[source.kind], title: source.title };
    if (source.kind === 'podcast') item.genre = 'podcast';
    if (source.authors.length > 0) item.author = source.authors.map(author);
    if (source.url) item.URL = source.url;
    const doi = doiOf(source.url);
    if (doi) item.DOI = doi;
    if (source.tags.length > 0) item.keyword = source.tags.join(', ');
    return item;
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
