/**
 * BibTeX (.bib, as Zotero, Better BibTeX, JabRef and BibDesk export it) → sources.
 * @retorquere/bibtex-parser (Better BibTeX's own parser) reads the entries, turns LaTeX into
 * text (`M{\"u}ller` → Müller), splits author lists, and carries on after a broken entry,
 * which it reports; this file maps fields. It is loaded on first use: it is large, and most
 * sessions never import BibTeX.
 *
 * Mapping: title; the address is the DOI as https://doi.org/… when there is one (stable),
 * else `url`, else a \url in `howpublished`, else an arXiv eprint; a second address is kept
 * for finding duplicates. The entry type gives the kind (article, inproceedings, thesis,
 * report → paper; book, incollection → book; online → article; video → video; audio,
 * podcast → podcast; misc → from the address). Authors and editors, where it was published,
 * and the abstract go to the body; keywords are tags; `date-added` (BibDesk, JabRef,
 * Better BibTeX) or JabRef's `timestamp` is when it was added.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { parseIsoDate } from '../../../shared/dates';
import { checkWebUrl } from '../../../shared/source-url';
import type { IsoDate, SourceKind } from '../../../shared/types';
import { buildSource, doiUrl, LineMap, oneLine } from './common';
import type { ImportedSource, ImportProblem, ParsedImport } from './types';

const KINDS: Record<string, SourceKind> = {
  article: 'paper', inproceedings: 'paper', conference: 'paper', phdthesis: 'paper', mastersthesis: 'paper', thesis: 'paper',
  techreport: 'paper', report: 'paper', unpublished: 'paper', manual: 'paper',
  book: 'book', mvbook: 'book', inbook: 'book', incollection: 'book', collection: 'book', booklet: 'book', proceedings: 'book', bookinbook: 'book',
  online: 'article', electronic: 'article', www: 'article', webpage: 'article', periodical: 'article', suppperiodical: 'article',
  video: 'video', movie: 'video', audio: 'podcast', podcast: 'podcast', software: 'other', dataset: 'other', patent: 'other',
};

export function looksLikeBibtex(text: string): boolean {
  return /(^|\n)\s*@[a-z]+\s*[{(]/i.test(text.slice(0, 20000));
}

/** Rich text the parser marks up (<i>, <sup>, <span class="nocase">) → plain text. */
function plain(value: unknown): string {
  if (Array.isArray(value)) return value.map(plain).filter((s) => s !== '').join('; ');
  if (typeof value !== 'string') return '';
  return oneLine(value.includes('<') ? DomUtils.textContent(parseDocument(value)) : value);
}

function firstHref(value: unknown): string | null {
  if (typeof value !== 'string' || !value.includes('<a')) return null;
  const anchor = DomUtils.findOne((e) => e.name === 'a' && typeof e.attribs.href === 'string', parseDocument(value).children, true);
  return anchor?.attribs.href ?? null;
}


function dateAdded(value: unknown): IsoDate | null {
  return typeof value === 'string' ? parseIsoDate(value.trim().slice(0, 10)) : null;
}

interface Creator { name?: string; lastName?: string; firstName?: string; prefix?: string; suffix?: string }

function names(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return (list as Creator[])
    .map((c) => oneLine(c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter((s) => s).join(' ')))
    .filter((s) => s !== '');
}

export async function parseBibtex(text: string): Promise<ParsedImport> {
  const { parse } = await import('@retorquere/bibtex-parser');
  const lines = new LineMap(text);
  const problems: ImportProblem[] = [];
  const records: ImportedSource[] = [];
  const library = parse(text, { english: false, sentenceCase: false, caseProtection: false, unsupported: 'ignore' });

  let cursor = 0;
  const lineOfInput = (input: string | undefined): number | null => {
    if (!input) return null;
    const at = text.indexOf(input, cursor);
    const found = at >= 0 ? at : text.indexOf(input);
    if (found < 0) return null;
    cursor = found + 1;
    return lines.lineOf(found);
  };

  for (const error of library.errors) {
    const line = lineOfInput(error.input) ?? Number(/line (\d+)/.exec(error.error)?.[1] ?? 0);
    const key = /^@\w+\s*[{(]\s*([^,\s]+)/.exec(error.input ?? '')?.[1];
    const reason = /unterminated/i.test(error.error)
      ? 'a brace or quote is never closed'
      : `it is not valid BibTeX (${oneLine(error.error).replace(/ at line \d+.*$/, '').slice(0, 80)})`;
    problems.push({ line, message: `The entry ${key ? `"${key}" ` : ''}on line ${line} cannot be read: ${reason}; it was skipped.` });
  }
  cursor = 0;
  for (const entry of library.entries) {
    if (!entry.input) continue; // a broken entry: reported above
    const line = lineOfInput(entry.input) ?? 0;
    const fields = entry.fields as Record<string, unknown>;
    const doi = typeof fields.doi === 'string' ? doiUrl(fields.doi) : null;
    const eprint = typeof fields.eprint === 'string' && /arxiv/i.test(String(fields.archiveprefix ?? fields.eprinttype ?? '')) ? `https://arxiv.org/abs/${fields.eprint.trim()}` : null;
    const addresses = [doi, plain(fields.url) || null, firstHref(fields.howpublished) ?? firstHref(fields.note), eprint].filter((u): u is string => u !== null);
    const hostile = addresses.map((u) => checkWebUrl(u)).find((c) => !c.ok);
    if (hostile && !hostile.ok) {
      problems.push({ line, message: `The entry "${entry.key}" on line ${line} was skipped: ${hostile.reason}.` });
      continue;
    }
    const type = entry.type.toLowerCase();
    const body: string[] = [];
    const authors = names(fields.author);
    const editors = names(fields.editor);
    if (authors.length > 0) body.push(`Authors: ${authors.join('; ')}`);
    if (editors.length > 0) body.push(`Editors: ${editors.join('; ')}`);
    const container = plain(fields.journal ?? fields.journaltitle ?? fields.booktitle ?? '');
    const publisher = plain(fields.publisher ?? fields.institution ?? fields.school ?? '');
    const year = plain(fields.year ?? fields.date ?? '').slice(0, 10);
    const where = container ? ` in ${container}` : publisher ? ` by ${publisher}` : '';
    if (where || year) body.push(`Published${where}${year ? ` (${year})` : ''}.`);
    const abstract = plain(fields.abstract);
    if (abstract) body.push(abstract);
    const built = buildSource(
      {
        line,
        title: plain(fields.title),
        url: addresses[0] ?? null,
        kind: KINDS[type] ?? null,
        tags: Array.isArray(fields.keywords) ? (fields.keywords as string[]) : [],
        added: dateAdded(fields['date-added']) ?? dateAdded(fields.dateadded) ?? dateAdded(fields.timestamp),
        body,
      },
      `The entry "${entry.key}" on line ${line}`,
    );
    if ('problem' in built) {
      problems.push(built.problem);
      continue;
    }
    for (const other of addresses.slice(1)) {
      const check = checkWebUrl(other);
      if (check.ok && check.url.href !== built.source.url && !built.source.otherUrls.includes(check.url.href)) built.source.otherUrls.push(check.url.href);
    }
    records.push(built.source);
  }
  return { format: 'bibtex', records, problems: problems.sort((a, b) => a.line - b.line) };
}
