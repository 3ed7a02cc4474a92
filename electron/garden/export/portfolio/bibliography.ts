/**
 * The portfolio's bibliography: sources → CSL-JSON items → citation-js with the CSL styles
 * and the en-US locale bundled in @citation-js/plugin-csl (APA by default). Offline: items
 * are handed over as CSL-JSON, so citation-js never fetches anything (it only does for DOIs
 * or URLs given as input).
 *
 * Fields read from a source's frontmatter, beyond FORMATS.md: `authors`/`author` (a list,
 * or one string split on ";" or " and "; "Given Family" or "Family, Given"), `creator`
 * ("Emily Hanford, APM Reports": a name, then a publisher after the first comma), `year` or
 * `date`/`published`, `journal`/`container`/`publication`/`show`/`channel`, `publisher`,
 * `volume`, `issue`, `pages`, `doi`. A video, post or community without a publisher gets
 * its platform's name (APA: "[Video]. YouTube."). `added` is when it was saved, not
 * published, so it is never the date.
 *
 * citeproc's HTML output is parsed and sanitized again (only i, b, span, sup, sub survive,
 * without attributes), so a hostile title cannot become markup whatever citeproc does.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { CitationStyle } from '../../../../shared/portfolio';
import type { SourceFields } from '../../../../shared/types';
import { CSL_TYPES } from '../csl-json';
import { trusted, type Html } from './html';
import type { Redactor } from './redact';

export interface CitableSource {
  id: string;
  title: string;
  source: SourceFields;
  frontmatter: Record<string, unknown>;
}

export interface Citation { id: string; html: Html; text: string }

type CslName = { given?: string; family?: string; literal?: string };

const PLATFORM_PUBLISHERS: Record<string, string> = {
  youtube: 'YouTube', tiktok: 'TikTok', linkedin: 'LinkedIn', reddit: 'Reddit', x: 'X', twitter: 'Twitter',
  instagram: 'Instagram', facebook: 'Facebook', ted: 'TED', vimeo: 'Vimeo', slack: 'Slack', spotify: 'Spotify',
};

function first(frontmatter: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = frontmatter[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** Two to four capitalised words, or "Family, Given": what a person's name looks like. */
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const FAMILY_GIVEN = /^\p{Lu}[\p{L}'’ -]*,\s*\p{Lu}[\p{L}.'’ -]*$/u;

export function parseName(raw: string): CslName {
  const name = raw.replace(/\[\[|\]\]/g, '').replace(/\s+/g, ' ').trim();
  // "a literacy coach (example account)", "APM Reports": kept as written.
  if (!PERSON_NAME.test(name) && !FAMILY_GIVEN.test(name)) return { literal: name };
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const cut = name.lastIndexOf(' ');
  return cut > 0 ? { given: name.slice(0, cut), family: name.slice(cut + 1) } : { literal: name };
}

function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*;\s*|\s+and\s+|\s*&\s*/) : [];
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '');
}

function issuedOf(frontmatter: Record<string, unknown>): { 'date-parts': number[][] } | null {
  const year = first(frontmatter, 'year');
  if (year && /^\d{4}$/.test(year)) return { 'date-parts': [[Number(year)]] };
  const date = first(frontmatter, 'date', 'published', 'issued');
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return null;
  return { 'date-parts': [[match[1], match[2], match[3]].filter((p): p is string => p !== undefined).map(Number)] };
}

function doiOf(frontmatter: Record<string, unknown>, url: string | null): string | null {
  const explicit = first(frontmatter, 'doi', 'DOI');
  if (explicit) return explicit.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  const match = url ? /^https?:\/\/(?:dx\.)?doi\.org\/(10\.[^?#]+)$/i.exec(url) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** One source as a CSL-JSON item; contact details of people in the garden are left out. */
export function cslItem(entry: CitableSource, redactor: Redactor): Record<string, unknown> {
  const { source, frontmatter } = entry;
  const item: Record<string, unknown> = { id: entry.id, type: CSL_TYPES[source.kind], title: entry.title };
  let authors = namesOf(frontmatter.authors ?? frontmatter.author);
  let publisher = first(frontmatter, 'publisher');
  const creator = first(frontmatter, 'creator');
  if (authors.length === 0 && creator) {
    // "Emily Hanford, APM Reports": a person, then the publisher; a comma inside brackets does not count.
    const comma = /^[^(),]*\(/.test(creator) ? -1 : creator.indexOf(',');
    authors = [comma > 0 ? creator.slice(0, comma) : creator];
    if (comma > 0 && !publisher) publisher = creator.slice(comma + 1).trim();
  }
  if (authors.length > 0) item.author = authors.map(parseName);
  const issued = issuedOf(frontmatter);
  if (issued) item.issued = issued;
  const container = first(frontmatter, 'journal', 'container', 'container_title', 'container-title', 'publication', 'show', 'channel', 'website');
  if (container) item['container-title'] = container;
  publisher ??= ['video', 'post', 'community'].includes(source.kind) ? (PLATFORM_PUBLISHERS[source.platform ?? ''] ?? null) : null;
  if (publisher) item.publisher = publisher;
  for (const [key, csl] of [['volume', 'volume'], ['issue', 'issue'], ['pages', 'page'], ['edition', 'edition']] as const) {
    const value = first(frontmatter, key);
    if (value) item[csl] = value;
  }
  if (source.kind === 'podcast') item.genre = 'Podcast';
  if (source.kind === 'video') item.genre = 'Video';
  const doi = doiOf(frontmatter, source.url);
  if (doi && !redactor.matches(doi)) item.DOI = doi;
  else if (source.url && !redactor.matches(source.url)) item.URL = source.url;
  // Titles and containers can hold a handle or address too ("@someone's channel").
  for (const key of ['title', 'container-title', 'publisher'] as const) {
    if (typeof item[key] === 'string') item[key] = redactor.redact(item[key]);
  }
  return item;
}

const reparse = unified().use(rehypeParse, { fragment: true }).freeze();
const clean = unified()
  .use(rehypeSanitize, { tagNames: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub'], attributes: {}, protocols: {}, strip: ['script', 'style'] })
  .use(rehypeStringify)
  .freeze();

function isElement(node: ElementContent | HastRoot['children'][number]): node is Element {
  return node.type === 'element';
}

function entries(root: HastRoot | Element, out: Element[]): Element[] {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    const classes = child.properties.className;
    if (Array.isArray(classes) && classes.includes('csl-entry')) out.push(child);
    else entries(child, out);
  }
  return out;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** Formats every source in the chosen style, in the style's order. */
export function formatBibliography(sources: readonly CitableSource[], style: CitationStyle, redactor: Redactor): Citation[] {
  if (sources.length === 0) return [];
  const cite = new Cite(sources.map((s) => cslItem(s, redactor)));
  const html = cite.format('bibliography', { format: 'html', template: style, lang: 'en-US' });
  const tree = reparse.parse(html);
  return entries(tree, []).map((entry) => {
    const id = String(entry.properties.dataCslEntryId ?? '');
    // Numbered styles put the number in its own block ("1." then the entry): keep a space between.
    const children = entry.children.flatMap((c): ElementContent[] => {
      const classes = isElement(c) ? c.properties.className : null;
      return Array.isArray(classes) && classes.includes('csl-left-margin') ? [c, { type: 'text', value: ' ' }] : [c];
    });
    const fragment: HastRoot = { type: 'root', children };
    const safe = clean.stringify(clean.runSync(fragment) as HastRoot);
    return { id, html: trusted(safe.trim()), text: children.map(textOf).join('').trim() };
  });
}
