/**
 * CSL-JSON (Zotero's and Citation.js's exchange format: an array of items) → sources.
 * JSON.parse reads it and zod checks each item's shape, so one odd item is reported and
 * skipped while the rest go on. Items are located by a scan of the top-level array (strings
 * and nesting aware), so a problem names the line where its item starts.
 *
 * Mapping: title; the address is the DOI as https://doi.org/… when there is one, else URL;
 * the CSL type gives the kind (article-journal, paper-conference, report, thesis → paper;
 * book, chapter → book; webpage, post-weblog, article-magazine/-newspaper → article; post →
 * post; motion_picture, broadcast → video; song, or anything whose genre or medium says
 * podcast → podcast, as Zotero exports podcasts as `song`; speech, event → webinar);
 * authors, container and year, and the abstract go to the body; `keyword` gives tags;
 * `dateAdded` or `date-added`, where an exporter adds one, is when it was added.
 */
import { z } from 'zod';
import { parseIsoDate } from '../../../shared/dates';
import { checkWebUrl } from '../../../shared/source-url';
import type { IsoDate, SourceKind } from '../../../shared/types';
import { buildSource, doiUrl, LineMap, oneLine } from './common';
import type { ImportedSource, ImportProblem, ParsedImport } from './types';

const KINDS: Record<string, SourceKind> = {
  'article-journal': 'paper', 'paper-conference': 'paper', report: 'paper', thesis: 'paper', manuscript: 'paper', standard: 'paper',
  book: 'book', chapter: 'book', classic: 'book', collection: 'book',
  webpage: 'article', 'post-weblog': 'article', 'article-magazine': 'article', 'article-newspaper': 'article', article: 'article',
  'entry-encyclopedia': 'article', 'entry-dictionary': 'article', entry: 'article', review: 'article', 'review-book': 'article',
  post: 'post', motion_picture: 'video', broadcast: 'video', video: 'video', podcast: 'podcast', song: 'other',
  speech: 'webinar', event: 'webinar', software: 'other', dataset: 'other',
};

const text = z.union([z.string(), z.number()]).transform((v) => oneLine(String(v)));
const creator = z.looseObject({ family: text.optional(), given: text.optional(), literal: text.optional() });
const dateValue = z.union([z.string(), z.looseObject({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(), raw: z.string().optional() })]);

const itemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  type: z.string({ error: 'it has no "type"' }),
  title: text.optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  author: z.array(creator).optional(),
  editor: z.array(creator).optional(),
  'container-title': text.optional(),
  issued: dateValue.optional(),
  keyword: z.string().optional(),
  abstract: z.string().optional(),
  genre: z.string().optional(),
  medium: z.string().optional(),
  dateAdded: z.string().optional(),
  'date-added': z.string().optional(),
});
type Item = z.infer<typeof itemSchema>;

export function looksLikeCslJson(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith('[') || (start.startsWith('{') && /"type"\s*:/.test(start.slice(0, 5000)));
}

/** Offsets where each element of a top-level JSON array starts (for line numbers). */
export function arrayElementOffsets(json: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (depth === 1 && expectValue) {
      offsets.push(i);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth === 1 && c === '[') expectValue = true;
    } else if (c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return offsets;
}

function year(value: Item['issued']): string {
  if (typeof value === 'string') return value.slice(0, 4);
  const first = value?.['date-parts']?.[0]?.[0];
  return first !== undefined ? String(first) : (value?.raw ?? '').slice(0, 4);
}

function names(list: Item['author']): string[] {
  return (list ?? []).map((c) => oneLine(c.literal ?? [c.given, c.family].filter((s) => s).join(' '))).filter((s) => s !== '');
}


function kindOf(item: Item): SourceKind | null {
  const type = item.type.toLowerCase();
  if (/podcast/i.test(`${item.genre ?? ''} ${item.medium ?? ''}`) || type === 'podcast') return 'podcast';
  return KINDS[type] ?? null;
}

export function parseCslJson(json: string): ParsedImport {
  const lines = new LineMap(json);
  const problems: ImportProblem[] = [];
  const records: ImportedSource[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = /line (\d+)/.exec(message)?.[1];
    const at = line ? Number(line) : position ? lines.lineOf(Number(position)) : 0;
    return { format: 'csl-json', records, problems: [{ line: at, message: `This is not valid JSON${at ? ` (near line ${at})` : ''}: ${oneLine(message).slice(0, 120)}. Nothing was imported.` }] };
  }
  const items: unknown[] = Array.isArray(data) ? data : data !== null && typeof data === 'object' ? [data] : [];
  if (items.length === 0 && !Array.isArray(data)) {
    return { format: 'csl-json', records, problems: [{ line: 1, message: 'This JSON is not a CSL-JSON list of items.' }] };
  }
  const offsets = Array.isArray(data) ? arrayElementOffsets(json) : [json.search(/\S/)];
  items.forEach((raw, index) => {
    const line = lines.lineOf(offsets[index] ?? 0);
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` ("${issue.path.join('.')}")` : '';
      const reason = issue?.message && !issue.message.startsWith('Invalid') ? issue.message : `a field has the wrong shape${where}`;
      problems.push({ line, message: `Item ${index + 1} on line ${line} cannot be read: ${reason}; it was skipped.` });
      return;
    }
    const item = parsed.data;
    const doi = item.DOI ? doiUrl(item.DOI) : null;
    const addresses = [doi, item.URL?.trim() || null].filter((u): u is string => u !== null);
    const label = `Item ${index + 1}${item.title ? ` "${item.title.slice(0, 60)}"` : ''} on line ${line}`;
    const hostile = addresses.map((u) => checkWebUrl(u)).find((c) => !c.ok);
    if (hostile && !hostile.ok) {
      problems.push({ line, message: `${label} was skipped: ${hostile.reason}.` });
      return;
    }
    const body: string[] = [];
    const authors = names(item.author);
    const editors = names(item.editor);
    if (authors.length > 0) body.push(`Authors: ${authors.join('; ')}`);
    if (editors.length > 0) body.push(`Editors: ${editors.join('; ')}`);
    const container = item['container-title'] ?? '';
    const published = year(item.issued);
    if (container || published) body.push(`Published${container ? ` in ${container}` : ''}${published ? ` (${published})` : ''}.`);
    const abstract = oneLine(item.abstract ?? '');
    if (abstract) body.push(abstract);
    const added: IsoDate | null = parseIsoDate((item.dateAdded ?? item['date-added'] ?? '').slice(0, 10));
    const built = buildSource(
      { line, title: item.title ?? null, url: addresses[0] ?? null, kind: kindOf(item), tags: (item.keyword ?? '').split(/[,;]/), added, body },
      label,
    );
    if ('problem' in built) {
      problems.push(built.problem);
      return;
    }
    for (const other of addresses.slice(1)) {
      const check = checkWebUrl(other);
      if (check.ok && check.url.href !== built.source.url) built.source.otherUrls.push(check.url.href);
    }
    records.push(built.source);
  });
  return { format: 'csl-json', records, problems };
}
