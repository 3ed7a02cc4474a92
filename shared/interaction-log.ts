/**
 * Watering a person: one logged interaction written into their file's `interactions:` list
 * (FORMATS.md § Kinds of file), through the in-place frontmatter editor so every other byte
 * of the file stays as it was. Pure: the core reads and writes the file around it.
 *
 * Decisions:
 * - The entry is a flow map on one line, keys in FORMATS.md's order (date, kind,
 *   direction, note, about), like the rest of a hand-written log.
 * - The list keeps the order the file already uses: a newest-first log gets the entry
 *   above the first one that is not newer; an oldest-first log, below the last one not
 *   older; a log in no order (or of one entry) gets it at the end. A missing or empty
 *   list becomes a block list of one line per interaction, never `[{...}]` growing sideways.
 * - The key is found as the core reads it (`interactions`, ignoring case, spaces, `_`, `-`).
 * - `about` is a wikilink: "Sold a Story" is written "[[Sold a Story]]"; text that already
 *   holds a wikilink is kept as typed. Line breaks in `note` become spaces (a note is one line).
 */
import { Document, isMap, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseIsoDate } from './dates';
import { keyInData, normalKey } from './entities';
import { FrontmatterError, insertIntoList, readFrontmatter, setProperty } from './frontmatter-edit';
import type { Direction, InteractionKind, IsoDate } from './types';

export interface NewInteraction {
  date: IsoDate;
  kind: InteractionKind;
  direction: Direction;
  note?: string;
  about?: string;
}

/** "Sold a Story" → "[[Sold a Story]]"; "[[A]] and [[B]]" as typed; blank → undefined. */
export function aboutLink(about: string | undefined): string | undefined {
  const text = (about ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  if (text.includes('[[')) return text;
  const bare = text.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  return bare === '' ? undefined : `[[${bare}]]`;
}

/** The entry as written in the file, keys in FORMATS.md's order. */
export function interactionEntry(interaction: NewInteraction): Record<string, string> {
  const entry: Record<string, string> = { date: interaction.date, kind: interaction.kind, direction: interaction.direction };
  const note = (interaction.note ?? '').replace(/\s+/g, ' ').trim();
  if (note !== '') entry.note = note;
  const about = aboutLink(interaction.about);
  if (about !== undefined) entry.about = about;
  return entry;
}

function dateOf(item: unknown): IsoDate | null {
  if (typeof item !== 'object' || item === null) return null;
  const key = Object.keys(item).find((k) => normalKey(k) === 'date');
  return key === undefined ? null : parseIsoDate((item as Record<string, unknown>)[key]);
}

/** Where a new interaction dated `date` goes in `items` so the list keeps its order. */
export function insertionIndex(items: readonly unknown[], date: IsoDate): number {
  const dates = items.map(dateOf);
  if (dates.length < 2 || dates.some((d) => d === null)) return items.length;
  const known = dates as IsoDate[];
  const descending = known.every((d, i) => i === 0 || d <= (known[i - 1] as IsoDate));
  const ascending = known.every((d, i) => i === 0 || d >= (known[i - 1] as IsoDate));
  if (descending && !ascending) {
    const at = known.findIndex((d) => d <= date);
    return at === -1 ? items.length : at;
  }
  if (ascending) {
    const at = known.findIndex((d) => d > date);
    return at === -1 ? items.length : at;
  }
  return items.length;
}

/** A block list holding one flow map: how a new `interactions:` key is written. */
function blockListOf(entry: Record<string, string>): YAMLSeq {
  const seq = new Document().createNode([entry]) as YAMLSeq;
  for (const item of seq.items) if (isMap(item)) (item as YAMLMap).flow = true;
  return seq;
}

/**
 * `text` with `interaction` added to its frontmatter's interactions. Throws FrontmatterError
 * (with a sentence) when the frontmatter does not parse or `interactions` is not a list.
 */
export function withInteraction(text: string, interaction: NewInteraction): string {
  const read = readFrontmatter(text);
  if (read.status === 'error') throw new FrontmatterError(read.message);
  const data = read.status === 'ok' ? read.data : {};
  const key = keyInData(data, ['interactions']) ?? 'interactions';
  const entry = interactionEntry(interaction);
  const current = data[key];
  if (current === undefined || current === null || (Array.isArray(current) && current.length === 0)) {
    return setProperty(text, key, blockListOf(entry));
  }
  if (!Array.isArray(current)) {
    throw new FrontmatterError(`"${key}" in this file is not a list, so the interaction cannot be added; fix it in the text first.`);
  }
  return insertIntoList(text, key, insertionIndex(current, interaction.date), entry);
}
