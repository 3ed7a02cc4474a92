/**
 * LinkedIn's Connections.csv → professional people on LinkedIn. csv-parse reads the CSV
 * (BOM, quoted fields with commas, quotes and newlines, a broken row skipped with its line);
 * this file finds the header below LinkedIn's "Notes:" preamble and maps the columns.
 *
 * Columns (by name, any order, any case): First Name, Last Name, URL, Email Address,
 * Company, Position, Connected On ("12 Mar 2024"; ISO dates too). Each row is a person,
 * circle professional, with a linkedin platform entry (url, and the handle from /in/<handle>)
 * and the connection date as an interaction `{ date, kind: other, direction: mutual, note:
 * "Connected on LinkedIn" }`. A row without a name, or with a date that is not a date, is
 * reported with its line and skipped: a date rolled over or guessed would start the
 * person's clock on the wrong day.
 */
import { parse, type Info } from 'csv-parse/sync';
import { parseIsoDate } from '../../../shared/dates';
import type { IsoDate } from '../../../shared/types';
import { cleanEmail, newPerson, oneLine } from './common';
import { profileFromUrl } from './vcard';
import type { ImportedPerson, ImportProblem, ParsedImport } from './types';

export const LINKEDIN_CONNECTION_NOTE = 'Connected on LinkedIn';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "12 Mar 2024", "12 March 2024", "2024-03-12" → an IsoDate; anything else (or 31 Feb) → null. */
export function parseConnectedOn(value: string): IsoDate | null {
  const text = oneLine(value);
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const match = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf((match[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  return parseIsoDate(`${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`);
}

interface Row {
  record: string[];
  info: Info;
  raw: string;
}

/** The line a record starts on: csv-parse counts to its end. */
function startLine(row: Row): number {
  const body = row.raw.replace(/^(?:\r\n|\r|\n)+/, '').replace(/(?:\r\n|\r|\n)$/, '');
  return row.info.lines - (body.match(/\r\n|\r|\n/g)?.length ?? 0);
}

function describeCsvError(error: Error & { code?: string }): string {
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote closes a field but more text follows it';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text follows a closing quote';
    default:
      return oneLine(error.message).replace(/ at line \d+.*$/, '');
  }
}

const HEADER = ['first name', 'last name'];

export function looksLikeLinkedInCsv(text: string): boolean {
  return /(^|\n)\s*"?first name"?\s*,\s*"?last name"?\s*,/i.test(text.slice(0, 5000));
}

export function parseLinkedInCsv(text: string): ParsedImport {
  const problems: ImportProblem[] = [];
  let rows: Row[];
  try {
    rows = parse(text, {
      // relax_quotes: a stray quote inside a field is kept as text, so the row is read and
      // reported below; csv-parse's own recovery from it loses the rows that follow.
      bom: true, relax_column_count: true, relax_quotes: true, info: true, raw: true, skip_empty_lines: true, skip_records_with_error: true,
      on_skip: (error, raw) => {
        if (!error) return;
        const end = (error as { lines?: number }).lines ?? 0;
        const line = raw ? end - (raw.replace(/(?:\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0) : end;
        const rest = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' && end > line ? ` (lines ${line} to ${end})` : '';
        problems.push({ line, message: `The row on line ${line}${rest} cannot be read: ${describeCsvError(error)}; it was skipped.` });
      },
    }) as unknown as Row[];
  } catch (error) {
    // Only an error csv-parse cannot skip past (a quote still open at the end of the file) gets here.
    const e = error as Error & { lines?: number; code?: string };
    return { format: 'linkedin-csv', records: [], problems: [{ line: e.lines ?? 0, message: `This CSV cannot be read: ${describeCsvError(e)}.` }] };
  }
  const headerAt = rows.findIndex((row) => HEADER.every((name) => row.record.some((cell) => oneLine(cell).toLowerCase() === name)));
  if (headerAt < 0) {
    return { format: 'linkedin-csv', records: [], problems: [...problems, { line: 0, message: 'This is not a LinkedIn Connections.csv: no header row with "First Name" and "Last Name" was found.' }] };
  }
  const header = (rows[headerAt]?.record ?? []).map((cell) => oneLine(cell).toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const at = (row: string[], name: string) => {
    const i = column(name);
    return i < 0 ? '' : oneLine(row[i] ?? '');
  };
  const records: ImportedPerson[] = [];
  for (const row of rows.slice(headerAt + 1)) {
    const line = startLine(row);
    const cells = row.record;
    // A proper quoted field loses its quotes; one still starting with a quote had a stray one.
    const stray = cells.findIndex((cell) => cell.startsWith('"'));
    if (stray >= 0) {
      problems.push({ line, message: `The row on line ${line} has a stray quote in "${oneLine(cells[stray] ?? '').slice(0, 40)}"; it was skipped.` });
      continue;
    }
    const name = oneLine(`${at(cells, 'first name')} ${at(cells, 'last name')}`);
    if (name === '') {
      problems.push({ line, message: `The row on line ${line} has no name (LinkedIn leaves it empty for closed accounts); it was skipped.` });
      continue;
    }
    const connected = at(cells, 'connected on');
    const date = connected === '' ? null : parseConnectedOn(connected);
    if (connected !== '' && date === null) {
      problems.push({ line, message: `${name}: "Connected On" is "${connected.slice(0, 40)}", which is not a date such as "12 Mar 2024"; this row was skipped.` });
      continue;
    }
    const person = newPerson(line, name, 'professional');
    const url = at(cells, 'url');
    const profile = url ? profileFromUrl(url) : null;
    person.platforms.push(profile?.platform === 'linkedin' ? profile : { platform: 'linkedin' });
    if (url && !profile) person.notes.push(`its URL "${url.slice(0, 60)}" is not a LinkedIn address and was left out`);
    const email = cleanEmail(at(cells, 'email address'));
    if (email) person.emails.push(email);
    const position = at(cells, 'position');
    const company = at(cells, 'company');
    if (position || company) person.body.push(position && company ? `${position} at ${company}.` : `${position || company}.`);
    if (date) person.interactions.push({ date, kind: 'other', direction: 'mutual', note: LINKEDIN_CONNECTION_NOTE });
    records.push(person);
  }
  return { format: 'linkedin-csv', records, problems: problems.sort((a, b) => a.line - b.line) };
}
