/**
 * One file's parsed frontmatter → typed entity fields (FORMATS.md § Kinds of file).
 *
 * Lenient by design: a garden is hand-written, often by Obsidian and its plugins, so a bad
 * value never stops a file from loading. Each value that cannot be used becomes a
 * `FileProblem` of kind 'field' with a sentence saying what was ignored or assumed, and the
 * field falls back to its default. Nothing here throws, whatever the frontmatter holds
 * (numbers for strings, deep nesting, huge lists of garbage); the reader only ever looks a
 * fixed depth into a value, so deep nesting costs nothing.
 *
 * Decisions, beyond FORMATS.md:
 * - Keys match exactly first, else ignoring case, spaces, '_' and '-' (`shared_by`,
 *   `sharedBy`, `Shared By` are one key). `tag`/`alias`/`email` are read like their plurals,
 *   as Obsidian does for the first two.
 * - An unquoted wikilink (`about: [[Sold a Story]]`) parses in YAML as a list inside a list;
 *   it is read back as the string "[[Sold a Story]]".
 * - Tags: a string is split on commas and whitespace; leading '#' is dropped; duplicates
 *   (ignoring case) are dropped; a tag of digits only is ignored, as Obsidian does.
 * - Aliases: a string is split on commas (Obsidian's rule); list items are kept whole.
 * - Enumerated values (circle, kinds, statuses, directions) ignore case, and spaces or '_'
 *   stand for '-' (`To Read` → 'to-read').
 * - Platform names are lower-cased so that 'LinkedIn' and 'linkedin' are one platform.
 * - URLs (a source's `url`, a platform's `url`) are kept only when they parse as http(s)
 *   with a host, and are stored in their parsed form (`URL.href`).
 * - An interaction without a `kind` is 'other' without complaint; an unknown kind is
 *   'other' with a problem; one without a valid date or direction is skipped.
 * - At most 50 problems are listed per file, then one line counts the rest.
 */
import type {
  Circle, Direction, FileProblem, GardenPath, GoalFields, GoalHorizon, GoalStatus, Interaction,
  InteractionKind, IsoDate, PersonFields, PlantKind, PlatformHandle, SourceFields, SourceKind, SourceStatus,
} from './types';
import {
  CIRCLES, DIRECTIONS, GOAL_HORIZONS, GOAL_STATUSES, INTERACTION_KINDS, PLANT_KINDS, SOURCE_KINDS, SOURCE_STATUSES,
} from './types';
import { parseIsoDate } from './dates';

export interface EntityInput {
  path: GardenPath;
  frontmatter: Record<string, unknown> | null;
}

export interface Entity {
  kind: PlantKind;
  title: string;
  aliases: string[];
  /** Frontmatter tags, without '#'. */
  tags: string[];
  created: IsoDate | null;
  portfolio: boolean | 'public' | null;
  person?: PersonFields;
  source?: SourceFields;
  goal?: GoalFields;
  problems: FileProblem[];
}

const MAX_PROBLEMS = 50;
const MAX_QUOTED = 60;

// ---- small readers ------------------------------------------------------------------------

class Problems {
  readonly list: FileProblem[] = [];
  private dropped = 0;

  add(message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ kind: 'field', message });
    else this.dropped += 1;
  }

  result(): FileProblem[] {
    if (this.dropped > 0) {
      const more = this.dropped === 1 ? '1 more problem' : `${this.dropped} more problems`;
      return [...this.list, { kind: 'field', message: `…and ${more} in the frontmatter.` }];
    }
    return this.list;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A short, printable rendering of a value for a message. */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    const printable = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return `"${printable.length > MAX_QUOTED ? `${printable.slice(0, MAX_QUOTED)}…` : printable}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return 'empty';
  if (value instanceof Date) {
    return Number.isFinite(value.getTime()) ? `"${value.toISOString()}"` : 'an invalid date';
  }
  if (Array.isArray(value)) return 'a list';
  return 'a nested object';
}

/** How the core compares frontmatter keys: case, spaces, `_` and `-` ignored (`Shared By` is `shared_by`). */
export function normalKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The key of `data` the core reads for the first of `names` it finds (as `Fields.get` does):
 * an exact key first, else the first key of the file matching loosely; null when there is
 * none. Edits write to this key, so they change what the core reads.
 */
export function keyInData(data: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) if (Object.hasOwn(data, name)) return name;
  const keys = Object.keys(data);
  for (const name of names) {
    const wanted = normalKey(name);
    const found = keys.find((key) => normalKey(key) === wanted);
    if (found !== undefined) return found;
  }
  return null;
}

/** Reads keys of one frontmatter object: exact key first, else a loose match. */
class Fields {
  private loose: Map<string, unknown> | null = null;

  constructor(private readonly record: Record<string, unknown>) {}

  get(...names: string[]): unknown {
    for (const name of names) {
      if (Object.hasOwn(this.record, name)) return this.record[name];
    }
    const loose = this.looseMap();
    for (const name of names) {
      const key = normalKey(name);
      if (loose.has(key)) return loose.get(key);
    }
    return undefined;
  }

  private looseMap(): Map<string, unknown> {
    if (!this.loose) {
      this.loose = new Map();
      for (const key of Object.keys(this.record)) {
        const normal = normalKey(key);
        if (!this.loose.has(normal)) this.loose.set(normal, this.record[key]);
      }
    }
    return this.loose;
  }
}

/** YAML reads an unquoted `[[Target]]` as [["Target"]]; give back the wikilink text. */
function unquotedWikilink(value: unknown): string | null {
  if (Array.isArray(value) && value.length === 1) {
    const inner: unknown = value[0];
    if (Array.isArray(inner) && inner.length === 1 && typeof inner[0] === 'string') return `[[${inner[0]}]]`;
  }
  return null;
}

/** A scalar as trimmed text (numbers, booleans and dates too), or null. Empty text is null. */
function asText(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) {
    if (!Number.isFinite(value.getTime())) return null;
    return parseIsoDate(value) ?? value.toISOString();
  }
  return unquotedWikilink(value);
}

/** Text for a named field; a value that is not text is reported and ignored. */
function textField(value: unknown, label: string, problems: Problems): string | null {
  if (isBlank(value)) return null;
  const text = asText(value);
  if (text === null) problems.add(`${label} is ${describe(value)}, not text; it is ignored.`);
  return text;
}

function dateField(value: unknown, label: string, problems: Problems): IsoDate | null {
  if (isBlank(value)) return null;
  const date = parseIsoDate(value);
  if (date === null) problems.add(`${label} ${describe(value)} is not a valid date (YYYY-MM-DD); it is ignored.`);
  return date;
}

function normalEnumText(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

function matchEnum<T extends string>(values: readonly T[], value: unknown): T | null {
  if (typeof value !== 'string') return null;
  const normal = normalEnumText(value);
  return values.find((candidate) => candidate === normal) ?? null;
}

function listOf(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
}

/** An enumerated field with a default: missing → default; invalid → default + problem. */
function enumField<T extends string>(
  value: unknown, values: readonly T[], fallback: T, label: string, problems: Problems,
): T {
  if (isBlank(value)) return fallback;
  const found = matchEnum(values, value);
  if (found === null) {
    problems.add(`${label} ${describe(value)} is not one of ${listOf(values)}; "${fallback}" is used.`);
    return fallback;
  }
  return found;
}

/** An http(s) URL with a host, in parsed form; anything else is null. */
export function parseWebUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || !URL.canParse(text)) return null;
  const url = new URL(text);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  return url.href;
}

function urlField(value: unknown, label: string, problems: Problems): string | null {
  if (isBlank(value)) return null;
  const url = parseWebUrl(value);
  if (url === null) problems.add(`${label} ${describe(value)} is not a web address (http or https); it is ignored.`);
  return url;
}

function asList(value: unknown): unknown[] {
  if (isBlank(value)) return [];
  return Array.isArray(value) ? value : [value];
}

/** The file name without folders and without `.md`. */
export function basenameOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}

function topFolder(path: string): string | null {
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash).toLowerCase() : null;
}

// ---- kind ----------------------------------------------------------------------------------

const FOLDER_KINDS: Record<string, PlantKind> = { people: 'person', sources: 'source', goals: 'goal' };

function kindFromType(value: unknown): PlantKind | null {
  const text = asText(value);
  return text === null ? null : matchEnum(PLANT_KINDS, text);
}

function kindFromFolder(path: string): PlantKind {
  const folder = topFolder(path);
  return (folder !== null && Object.hasOwn(FOLDER_KINDS, folder) ? FOLDER_KINDS[folder] : undefined) ?? 'note';
}

/**
 * `type:` wins (note, person, source or goal, any case); an unknown or missing type falls
 * back to the top folder (`people/`, `sources/`, `goals/`, any case); otherwise a note.
 */
export function classifyKind(path: GardenPath, frontmatter: Record<string, unknown> | null): PlantKind {
  try {
    const type = isRecord(frontmatter) ? new Fields(frontmatter).get('type') : undefined;
    return kindFromType(type) ?? kindFromFolder(path);
  } catch {
    return kindFromFolder(String(path));
  }
}

// ---- common fields -------------------------------------------------------------------------

function splitTags(text: string): string[] {
  return text.split(/[\s,]+/).map((tag) => tag.replace(/^#+/, '')).filter((tag) => tag !== '');
}

function readTags(value: unknown, problems: Problems): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const item of asList(value)) {
    if (isBlank(item)) continue;
    const text = typeof item === 'string' ? item : typeof item === 'number' && Number.isFinite(item) ? String(item) : null;
    if (text === null) {
      problems.add(`tags contains ${describe(item)}; it is ignored.`);
      continue;
    }
    for (const tag of splitTags(text)) {
      if (/^[\d/]+$/.test(tag)) {
        problems.add(`The tag "${tag}" has only digits; a tag needs a letter, so it is ignored.`);
        continue;
      }
      const key = tag.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        tags.push(tag);
      }
    }
  }
  return tags;
}

function readAliases(value: unknown, problems: Problems): string[] {
  const aliases: string[] = [];
  const seen = new Set<string>();
  const push = (alias: string) => {
    const trimmed = alias.trim();
    if (trimmed !== '' && !seen.has(trimmed)) {
      seen.add(trimmed);
      aliases.push(trimmed);
    }
  };
  if (typeof value === 'string') {
    value.split(',').forEach(push);
    return aliases;
  }
  for (const item of asList(value)) {
    if (isBlank(item)) continue;
    const text = asText(item);
    if (text === null) problems.add(`aliases contains ${describe(item)}; it is ignored.`);
    else push(text);
  }
  return aliases;
}

function readPortfolio(value: unknown, problems: Problems): boolean | 'public' | null {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'public') return 'public';
    if (text === 'true' || text === 'yes') return true;
    if (text === 'false' || text === 'no') return false;
  }
  problems.add(`portfolio is ${describe(value)}; use true, false or public. It is ignored.`);
  return null;
}

// ---- person --------------------------------------------------------------------------------

function readCadence(value: unknown, problems: Problems): number | null {
  if (isBlank(value)) return null;
  let days: number | null = null;
  if (typeof value === 'number') days = value;
  else if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*(days?)?\s*$/i.test(value)) days = Number.parseFloat(value);
  if (days !== null && Number.isFinite(days) && days > 0) return days;
  problems.add(`cadence ${describe(value)} is not a positive number of days; the default for the circle is used.`);
  return null;
}

function readPlatformEntry(item: unknown, label: string, problems: Problems): PlatformHandle | null {
  if (typeof item === 'string' || typeof item === 'number') {
    const name = asText(item);
    return name === null ? null : { platform: name.toLowerCase() };
  }
  if (!isRecord(item)) {
    problems.add(`${label} is ${describe(item)}; it is ignored.`);
    return null;
  }
  const fields = new Fields(item);
  const name = textField(fields.get('platform'), `${label}.platform`, problems);
  if (name === null) {
    problems.add(`${label} has no platform name; it is ignored.`);
    return null;
  }
  const entry: PlatformHandle = { platform: name.toLowerCase() };
  const handle = textField(fields.get('handle'), `${label}.handle`, problems);
  if (handle !== null) entry.handle = handle;
  const url = urlField(fields.get('url'), `${label}.url`, problems);
  if (url !== null) entry.url = url;
  const community = textField(fields.get('community'), `${label}.community`, problems);
  if (community !== null) entry.community = community;
  return entry;
}

function readPlatforms(value: unknown, problems: Problems): PlatformHandle[] {
  // A map such as `platforms: { linkedin: mayachen, reddit: u/mchen }` is read as name → handle.
  const entryKeys = ['platform', 'handle', 'url', 'community'];
  if (isRecord(value) && !Object.keys(value).some((key) => entryKeys.includes(normalKey(key)))) {
    const entries: PlatformHandle[] = [];
    for (const [name, handleValue] of Object.entries(value)) {
      const platform = name.trim().toLowerCase();
      if (platform === '') continue;
      const handle = textField(handleValue, `platforms.${name}`, problems);
      entries.push(handle === null ? { platform } : { platform, handle });
    }
    return entries;
  }
  const platforms: PlatformHandle[] = [];
  asList(value).forEach((item, index) => {
    if (isBlank(item)) return;
    const entry = readPlatformEntry(item, `platforms[${index}]`, problems);
    if (entry) platforms.push(entry);
  });
  return platforms;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

function readEmails(values: unknown[], problems: Problems): string[] {
  const emails: string[] = [];
  const seen = new Set<string>();
  for (const item of values) {
    if (isBlank(item)) continue;
    if (typeof item !== 'string') {
      problems.add(`email is ${describe(item)}, not an address; it is ignored.`);
      continue;
    }
    for (const part of item.split(/[,;]/)) {
      // "Sam Lee <sam@example.org>" and "mailto:sam@example.org" both give the bare address.
      const bracketed = /<([^<>]*)>/.exec(part);
      const address = (bracketed ? (bracketed[1] ?? '') : part).trim().replace(/^mailto:/i, '');
      if (address === '') continue;
      if (!EMAIL.test(address)) {
        problems.add(`email ${describe(address)} is not an email address; it is ignored.`);
        continue;
      }
      if (!seen.has(address.toLowerCase())) {
        seen.add(address.toLowerCase());
        emails.push(address);
      }
    }
  }
  return emails;
}

function readInteraction(item: unknown, label: string, problems: Problems): Interaction | null {
  if (!isRecord(item)) {
    problems.add(`${label} is ${describe(item)}, not an interaction; it is ignored.`);
    return null;
  }
  const fields = new Fields(item);
  const rawDate = fields.get('date');
  const date = parseIsoDate(rawDate);
  if (date === null) {
    problems.add(
      isBlank(rawDate)
        ? `${label} has no date; this interaction is ignored.`
        : `${label}.date ${describe(rawDate)} is not a valid date; this interaction is ignored.`,
    );
    return null;
  }
  const rawDirection = fields.get('direction');
  const direction = matchEnum<Direction>(DIRECTIONS, rawDirection);
  if (direction === null) {
    problems.add(
      isBlank(rawDirection)
        ? `${label} has no direction (gave, received or mutual); this interaction is ignored.`
        : `${label}.direction ${describe(rawDirection)} is not gave, received or mutual; this interaction is ignored.`,
    );
    return null;
  }
  const rawKind = fields.get('kind');
  let kind: InteractionKind = 'other';
  if (!isBlank(rawKind)) {
    const found = matchEnum<InteractionKind>(INTERACTION_KINDS, rawKind);
    if (found === null) problems.add(`${label}.kind ${describe(rawKind)} is not a known kind; "other" is used.`);
    else kind = found;
  }
  const interaction: Interaction = { date, kind, direction };
  const note = textField(fields.get('note'), `${label}.note`, problems);
  if (note !== null) interaction.note = note;
  const about = textField(fields.get('about'), `${label}.about`, problems);
  if (about !== null) interaction.about = about;
  return interaction;
}

function readInteractions(value: unknown, problems: Problems): Interaction[] {
  const interactions: Interaction[] = [];
  asList(value).forEach((item, index) => {
    if (item === null || item === undefined) return;
    const interaction = readInteraction(item, `interactions[${index}]`, problems);
    if (interaction) interactions.push(interaction);
  });
  return interactions;
}

function readPerson(fields: Fields, name: string, problems: Problems): PersonFields {
  return {
    name,
    circle: enumField<Circle>(fields.get('circle'), CIRCLES, 'professional', 'circle', problems),
    cadence: readCadence(fields.get('cadence'), problems),
    platforms: readPlatforms(fields.get('platforms', 'platform'), problems),
    emails: readEmails([...asList(fields.get('email')), ...asList(fields.get('emails'))], problems),
    interactions: readInteractions(fields.get('interactions'), problems),
  };
}

// ---- source and goal -----------------------------------------------------------------------

function readSource(fields: Fields, title: string, problems: Problems): SourceFields {
  const platform = textField(fields.get('platform'), 'platform', problems);
  const source: SourceFields = {
    title,
    url: urlField(fields.get('url'), 'url', problems),
    kind: enumField<SourceKind>(fields.get('kind'), SOURCE_KINDS, 'other', 'kind', problems),
    platform: platform === null ? null : platform.toLowerCase(),
    sharedBy: textField(fields.get('shared_by'), 'shared_by', problems),
    status: enumField<SourceStatus>(fields.get('status'), SOURCE_STATUSES, 'to-read', 'status', problems),
    added: dateField(fields.get('added'), 'added', problems),
  };
  // Written by the app when the reading list moves a source on: how long it has been read, applied…
  const statusSince = dateField(fields.get('status_since'), 'status_since', problems);
  if (statusSince !== null) source.statusSince = statusSince;
  return source;
}

function readGoal(fields: Fields, problems: Problems): GoalFields {
  return {
    horizon: enumField<GoalHorizon>(fields.get('horizon'), GOAL_HORIZONS, 'academic', 'horizon', problems),
    due: dateField(fields.get('due'), 'due', problems),
    status: enumField<GoalStatus>(fields.get('status'), GOAL_STATUSES, 'active', 'status', problems),
  };
}

// ---- the entity ----------------------------------------------------------------------------

function readEntityUnsafe(path: GardenPath, frontmatter: unknown, problems: Problems): Entity {
  const basename = basenameOf(path);
  if (frontmatter !== null && frontmatter !== undefined && !isRecord(frontmatter)) {
    problems.add('The frontmatter is not a set of "key: value" lines; it is ignored.');
  }
  const fields = new Fields(isRecord(frontmatter) ? frontmatter : {});

  const rawType = fields.get('type');
  const typeKind = kindFromType(rawType);
  const kind = typeKind ?? kindFromFolder(path);
  if (typeKind === null && !isBlank(rawType)) {
    problems.add(`type ${describe(rawType)} is not one of ${listOf(PLANT_KINDS)}; this file is read as a ${kind}.`);
  }

  const titleKey = kind === 'person' ? 'name' : 'title';
  const title = textField(fields.get(titleKey), titleKey, problems) ?? basename;

  const entity: Entity = {
    kind,
    title,
    aliases: readAliases(fields.get('aliases', 'alias'), problems),
    tags: readTags(fields.get('tags', 'tag'), problems),
    created: dateField(fields.get('created'), 'created', problems),
    portfolio: readPortfolio(fields.get('portfolio'), problems),
    problems: [],
  };
  if (kind === 'person') entity.person = readPerson(fields, title, problems);
  if (kind === 'source') entity.source = readSource(fields, title, problems);
  if (kind === 'goal') entity.goal = readGoal(fields, problems);
  return entity;
}

/** Typed fields of one file, with every unusable value listed in `problems`. Never throws. */
export function readEntity(input: EntityInput): Entity {
  const problems = new Problems();
  const path = typeof input.path === 'string' ? input.path : ('' as GardenPath);
  let entity: Entity;
  try {
    entity = readEntityUnsafe(path, input.frontmatter, problems);
  } catch {
    // Only a value no YAML parser produces (a throwing getter, a revoked proxy) gets here.
    problems.add('The frontmatter could not be read; it is ignored.');
    entity = {
      kind: kindFromFolder(path), title: basenameOf(path), aliases: [], tags: [],
      created: null, portfolio: null, problems: [],
    };
    if (entity.kind === 'person') {
      entity.person = { name: entity.title, circle: 'professional', cadence: null, platforms: [], emails: [], interactions: [] };
    } else if (entity.kind === 'source') {
      entity.source = { title: entity.title, url: null, kind: 'other', platform: null, sharedBy: null, status: 'to-read', added: null };
    } else if (entity.kind === 'goal') {
      entity.goal = { horizon: 'academic', due: null, status: 'active' };
    }
  }
  entity.problems = problems.result();
  return entity;
}
