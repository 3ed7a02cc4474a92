/**
 * vCard (.vcf) → people. ical.js (Mozilla's, used by Thunderbird) reads the vCard 3.0 and
 * 4.0 grammar: parameters, quoting, escapes, structured values. vCard 2.1 is older than
 * that grammar, so this file brings each 2.1 line into 3.0 form first — the glue:
 * - cards are found here (BEGIN:VCARD … END:VCARD), so a broken card is reported with its
 *   line and skipped while the others go on (ical.js gives up on a whole text);
 * - folded lines are joined: in 2.1 the fold's whitespace is part of the text, in 3.0/4.0
 *   one space or tab is removed (RFC 2425 §5.8.1);
 * - quoted-printable values (2.1, and the Android and Outlook exports that still write
 *   them) are joined across their soft line breaks (`=` at the end of a line), decoded by
 *   libqp, and their bytes read in the CHARSET they name (TextDecoder: every WHATWG
 *   encoding). A broken sequence (`=ZZ`, or a soft break running into END:VCARD) skips the
 *   card with that line; bytes that are not in the charset named are read as UTF-8, else
 *   Windows-1252, and the plan says so;
 * - bare 2.1 parameters (`TEL;HOME;VOICE:`) become `TYPE=` parameters;
 * - PHOTO, LOGO, SOUND, KEY and AGENT are dropped before parsing: large, unused, and the
 *   usual place for broken base64.
 * Mapping to a person (FORMATS.md): FN (else N) is the name; EMAIL → emails; TEL → an extra
 * `phones:` key; URL and X-SOCIALPROFILE on a known platform (linkedin, x, reddit, …) →
 * platforms, other URLs a "Website:" line; CATEGORIES → tags; TITLE/ROLE and ORG → a line of
 * the body; NOTE → the body. The circle is professional when the card has an ORG or TITLE,
 * else personal (phone-book cards are mostly friends and family).
 */
import ICAL from 'ical.js';
import { decode as decodeQuotedPrintable } from 'libqp';
import { checkWebUrl, inferSource } from '../../../shared/source-url';
import type { PlatformHandle } from '../../../shared/types';
import { addUnique, cleanBlock, cleanEmail, newPerson, oneLine, tagOf } from './common';
import type { ImportedPerson, ImportProblem, ParsedImport } from './types';

interface LogicalLine {
  text: string;
  /** 1-based line where it starts in the file. */
  line: number;
}

interface RawCard {
  begin: number;
  lines: { text: string; line: number }[];
}

const DROPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY', 'AGENT']);
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);

/** Physical lines with their numbers; any line ending. */
function physicalLines(text: string): { text: string; line: number }[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line, line: i + 1 }));
}

function splitCards(text: string, problems: ImportProblem[]): RawCard[] {
  const cards: RawCard[] = [];
  let current: RawCard | null = null;
  for (const physical of physicalLines(text)) {
    const trimmed = physical.text.trim().toUpperCase();
    if (trimmed === 'BEGIN:VCARD') {
      if (current) problems.push({ line: current.begin, message: 'This card never ends (no END:VCARD before the next card); it was skipped.' });
      current = { begin: physical.line, lines: [] };
    } else if (trimmed === 'END:VCARD') {
      if (current) cards.push(current);
      current = null;
    } else if (current) {
      current.lines.push(physical);
    }
  }
  if (current) problems.push({ line: current.begin, message: 'This card never ends (the file stops before END:VCARD); it was skipped.' });
  return cards;
}

class CardError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** Where the value starts: after the first ':' outside double quotes. */
function valueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

function isQuotedPrintable(head: string): boolean {
  return /;\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:;|$)/i.test(head);
}

/** Joins folded lines and quoted-printable soft breaks into logical lines. */
function logicalLines(card: RawCard, v21: boolean): LogicalLine[] {
  const out: LogicalLine[] = [];
  let inSoftBreak = false;
  for (const { text, line } of card.lines) {
    const last = out[out.length - 1];
    if (last && inSoftBreak) {
      // Kept as CRLF so the decoder sees (and drops) the soft line break.
      last.text += `\r\n${text}`;
    } else if (last && /^[ \t]/.test(text)) {
      last.text += v21 ? text : text.slice(1);
    } else if (text.trim() !== '') {
      out.push({ text, line });
    }
    const current = out[out.length - 1];
    if (current) {
      const colon = valueColon(current.text);
      inSoftBreak = colon > 0 && isQuotedPrintable(current.text.slice(0, colon)) && current.text.endsWith('=');
    }
  }
  const unfinished = out[out.length - 1];
  if (inSoftBreak && unfinished) {
    throw new CardError(unfinished.line, `The quoted-printable value on line ${unfinished.line} ends with "=" (a soft line break) but nothing follows before END:VCARD; this card was skipped.`);
  }
  return out;
}

function propertyName(head: string): string {
  const name = head.split(';')[0] ?? '';
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? name.slice(dot + 1) : name).trim().toUpperCase();
}

/** Escapes a decoded value for the 3.0 grammar ical.js reads (structured values keep their ';'). */
function escapeValue(value: string, structured: boolean): string {
  const escaped = value.replace(/\\(?![;,nN\\])/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
  return structured ? escaped : escaped.replace(/(?<!\\);/g, '\\;');
}

function decodeBytes(bytes: Uint8Array, charset: string | null, line: number, notes: string[]): string {
  const label = charset ?? 'utf-8';
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // Unknown label, or bytes that are not in that charset: the two common truths.
    for (const fallback of ['utf-8', 'windows-1252']) {
      try {
        const text = new TextDecoder(fallback, { fatal: true }).decode(bytes);
        const said = charset ? `says CHARSET=${charset} but its bytes are not ${charset}` : 'names no charset';
        notes.push(`the value on line ${line} ${said}; it was read as ${fallback === 'utf-8' ? 'UTF-8' : 'Windows-1252'}`);
        return text;
      } catch {
        // try the next one
      }
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * One logical line in 3.0 form: quoted-printable decoded, CHARSET applied, bare 2.1
 * parameters turned into TYPE=. Lines without 2.1 features come back as they are.
 */
function to30(logical: LogicalLine, notes: string[]): string {
  const colon = valueColon(logical.text);
  if (colon <= 0) throw new CardError(logical.line, `Line ${logical.line} is not a "NAME:value" line; this card was skipped.`);
  const head = logical.text.slice(0, colon);
  const value = logical.text.slice(colon + 1);
  if (head.includes('"')) return logical.text;
  const [name = '', ...params] = head.split(';');
  let qp = false;
  let charset: string | null = null;
  let changed = false;
  const types: string[] = [];
  const kept: string[] = [];
  for (const raw of params) {
    const param = raw.trim();
    if (param === '') continue;
    const eq = param.indexOf('=');
    const key = (eq < 0 ? param : param.slice(0, eq)).trim().toUpperCase();
    const val = eq < 0 ? '' : param.slice(eq + 1).trim();
    if (eq < 0) {
      changed = true;
      if (key === 'QUOTED-PRINTABLE') qp = true;
      else if (key === 'BASE64' || key === '8BIT' || key === '7BIT') continue;
      else types.push(param.toLowerCase());
    } else if (key === 'ENCODING') {
      changed = true;
      if (val.toUpperCase() === 'QUOTED-PRINTABLE') qp = true;
    } else if (key === 'CHARSET') {
      changed = true;
      charset = val;
    } else if (key === 'VALUE' && /^url$/i.test(val)) {
      changed = true; // 2.1's VALUE=URL is 3.0's default for URL
    } else if (key === 'TYPE') {
      types.push(val.toLowerCase());
    } else {
      kept.push(param);
    }
  }
  if (!changed) return logical.text;
  let text = value;
  if (qp) {
    const broken = /=(?![0-9A-Fa-f]{2}|\r?\n|$)/.exec(value.replace(/=(?:\r\n|\r|\n)/g, ''));
    if (broken) {
      throw new CardError(logical.line, `The quoted-printable value on line ${logical.line} has a broken sequence "${value.slice(broken.index, broken.index + 3)}"; this card was skipped.`);
    }
    text = decodeBytes(decodeQuotedPrintable(Buffer.from(value, 'utf8')), charset, logical.line, notes);
  }
  const outParams = [...(types.length > 0 ? [`TYPE=${types.join(',')}`] : []), ...kept];
  const escaped = qp ? escapeValue(text, STRUCTURED.has(propertyName(head))) : text;
  return `${[name, ...outParams].join(';')}:${escaped}`;
}

/** The line a parse error names: ical.js quotes the offending line. */
function lineOfError(message: string, lines: LogicalLine[], fallback: number): number {
  const quoted = /'([^']+)'/.exec(message)?.[1];
  const found = quoted ? lines.find((l) => l.text.includes(quoted) || quoted.includes(l.text)) : undefined;
  return found?.line ?? fallback;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(text).filter((s) => s !== '').join(' ');
  return value === null || value === undefined ? '' : String(value);
}

const PROFILE_PLATFORMS = new Set(['linkedin', 'x', 'reddit', 'youtube', 'tiktok', 'instagram', 'facebook', 'slack', 'vimeo', 'medium', 'substack']);

/** A platform entry for a profile address on a known platform, else null. */
export function profileFromUrl(address: string): PlatformHandle | null {
  const guess = inferSource(address);
  if (!guess?.platform || !PROFILE_PLATFORMS.has(guess.platform)) return null;
  const url = new URL(guess.url);
  const parts = url.pathname.split('/').filter((s) => s !== '');
  let handle: string | undefined;
  const [first = '', second = ''] = parts;
  switch (guess.platform) {
    case 'linkedin':
      if (first === 'in' && second) handle = second;
      break;
    case 'x':
    case 'instagram':
    case 'facebook':
      if (first && parts.length === 1) handle = guess.platform === 'x' ? `@${first}` : first;
      break;
    case 'reddit':
      if ((first === 'u' || first === 'user') && second) handle = `u/${second}`;
      break;
    case 'youtube':
    case 'tiktok':
      if (first.startsWith('@')) handle = first;
      break;
    default:
      break;
  }
  const entry: PlatformHandle = { platform: guess.platform, url: guess.url };
  if (handle) entry.handle = handle;
  if (guess.community) entry.community = guess.community;
  return entry;
}

function addPlatform(person: ImportedPerson, entry: PlatformHandle): void {
  const same = person.platforms.some((p) => p.platform === entry.platform && (p.url ?? p.handle) === (entry.url ?? entry.handle));
  if (!same) person.platforms.push(entry);
}

function toPerson(component: ICAL.Component, begin: number, notes: string[]): ImportedPerson | string {
  const values = (name: string): unknown[] => component.getAllProperties(name).flatMap((p) => p.getValues() as unknown[]);
  const first = (name: string): string => oneLine(text(values(name)[0]));
  const n = values('n')[0];
  const nameFromN = Array.isArray(n) ? oneLine([n[1], n[2], n[0]].map(text).join(' ')) : '';
  const orgValue = values('org')[0];
  const org = oneLine(Array.isArray(orgValue) ? orgValue.map(text).filter((s) => s.trim() !== '').join(', ') : text(orgValue));
  const name = first('fn') || nameFromN || org;
  if (!name) return 'This card has no name (FN or N); it was skipped.';
  const title = first('title') || first('role');
  const person = newPerson(begin, name, org || title ? 'professional' : 'personal');
  person.notes.push(...notes);

  for (const value of values('email')) {
    const email = cleanEmail(text(value));
    if (email) addUnique(person.emails, email);
  }
  for (const value of values('tel')) {
    const phone = oneLine(text(value).replace(/^tel:/i, ''));
    if (phone) addUnique(person.phones, phone, (s) => s.replace(/[^\d+]/g, ''));
  }
  const websites: string[] = [];
  for (const property of [...component.getAllProperties('url'), ...component.getAllProperties('x-socialprofile')]) {
    const value = oneLine(text(property.getFirstValue()));
    const profile = value ? profileFromUrl(value) : null;
    if (profile) addPlatform(person, profile);
    else if (property.name === 'x-socialprofile') {
      const type = property.getParameter('type');
      const platform = oneLine(text(Array.isArray(type) ? type[0] : type)).toLowerCase().replace(/^twitter$/, 'x');
      if (platform && value && !/^[a-z][a-z0-9+.-]*:/i.test(value)) addPlatform(person, { platform, handle: value });
    } else if (value) {
      const check = checkWebUrl(value);
      if (check.ok) websites.push(check.url.href);
      else person.notes.push(`its URL was left out: ${check.reason}`);
    }
  }
  for (const value of values('categories')) {
    const tag = tagOf(text(value));
    if (tag) addUnique(person.tags, tag);
  }
  const work = [title, org].filter((s) => s !== '').join(', ');
  if (work) person.body.push(title && org ? `${title} at ${org}.` : `${work}.`);
  for (const site of websites) person.body.push(`Website: <${site}>`);
  const note = values('note').map((v) => cleanBlock(text(v))).filter((s) => s !== '').join('\n\n');
  if (note) person.body.push(note);
  return person;
}

export function parseVcard(source: string): ParsedImport {
  const problems: ImportProblem[] = [];
  const records: ImportedPerson[] = [];
  for (const card of splitCards(source, problems)) {
    const v21 = card.lines.some((l) => /^\s*VERSION\s*:\s*2\.1\s*$/i.test(l.text));
    const notes: string[] = [];
    let lines: LogicalLine[] = [];
    try {
      lines = logicalLines(card, v21).filter((l) => !DROPPED.has(propertyName(l.text.slice(0, Math.max(0, valueColon(l.text))))));
      const body = lines.map((l) => to30(l, notes)).map((l) => (/^\s*VERSION\s*:/i.test(l) ? 'VERSION:3.0' : l));
      const component = new ICAL.Component(ICAL.parse(['BEGIN:VCARD', ...body, 'END:VCARD', ''].join('\r\n')) as unknown[]);
      const person = toPerson(component, card.begin, notes);
      if (typeof person === 'string') problems.push({ line: card.begin, message: person });
      else records.push(person);
    } catch (error) {
      if (error instanceof CardError) problems.push({ line: error.line, message: error.message });
      else {
        const message = error instanceof Error ? error.message : String(error);
        const line = lineOfError(message, lines, card.begin);
        problems.push({ line, message: `Line ${line} of this card cannot be read (${oneLine(message).slice(0, 120)}); the card was skipped.` });
      }
    }
  }
  return { format: 'vcard', records, problems: problems.sort((a, b) => a.line - b.line) };
}
