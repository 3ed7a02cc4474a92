/**
 * An import, planned and applied. `planImport` is the dry run: every record becomes a
 * create, a merge or a skip, with the reason, and nothing is written. `applyImport` plans
 * again against the garden as it is now and carries the plan out through the garden's own
 * write path (Garden.writeNote, atomic, with the base hash), so the index and every view
 * update; it returns the same shape, describing what it did.
 *
 * Duplicates (issue 4): people by email, then by profile address (a LinkedIn URL is as
 * good as an email), then by name; sources by address (`sourceUrlKey`: scheme, `www.`,
 * trailing slash and utm_* ignored), then by title. Names and titles compare without case
 * or accents, aliases included. A record repeating an earlier one in the same file is
 * skipped. Decisions:
 * - A name match whose identifiers disagree (both have emails and none is shared, or both
 *   have different LinkedIn profiles; for sources, both have different addresses) is another
 *   person or source with the same name: it is created as "Name 2.md".
 * - Several files matching one record: skipped; the user merges by hand.
 * - A file that does not read cleanly (bad YAML, not UTF-8) is never written: skipped.
 * - A merge that would add nothing is a skip ("nothing new").
 * - An existing file is never overwritten: a merge goes through `merge.ts` (additions only)
 *   with the hash of the bytes it read; a file changed meanwhile is skipped, not clobbered;
 *   a create writes with an empty base hash, so it can never replace a file.
 */
import { readFile } from '../disk';
import type { ImportPlan } from '../../../shared/api';
import { sourceUrlKey } from '../../../shared/source-url';
import type { GardenPath, IsoDate } from '../../../shared/types';
import type { PlantRecord } from '../file-record';
import type { Garden } from '../garden';
import { decodeText, hashBytes } from '../parse-file';
import { resolveInside, safeFileStem } from '../paths';
import { foldName } from './common';
import { mergePerson, mergeSource, type MergeResult } from './merge';
import { readImportFile } from './read';
import { renderPerson, renderSource } from './render';
import type { ImportedPerson, ImportedRecord, ImportedSource, ParsedImport } from './types';

export type PlanItem = ImportPlan['items'][number];

interface Planned {
  item: PlanItem;
  record: ImportedRecord;
  /** For a create: the text to write. For a merge: the text after merging, and the hash it was based on. */
  text?: string;
  baseHash?: string;
  match?: Match;
}

type Index = Map<string, Set<GardenPath>>;

function add(index: Index, key: string | null | undefined, path: GardenPath): void {
  if (!key) return;
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(path);
}

function lookup(index: Index, keys: readonly (string | null)[]): GardenPath[] {
  const found = new Set<GardenPath>();
  for (const key of keys) if (key) for (const path of index.get(key) ?? []) found.add(path);
  return [...found];
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** Where each person and source of the garden can be found by its identifiers. */
class GardenKeys {
  readonly emails: Index = new Map();
  readonly profiles: Index = new Map();
  readonly names: Index = new Map();
  readonly urls: Index = new Map();
  readonly titles: Index = new Map();
  /** Every plant path, folded, to avoid case twins when naming new files. */
  readonly paths = new Set<string>();

  constructor(records: Iterable<PlantRecord>) {
    for (const record of records) {
      this.paths.add(record.path.normalize('NFC').toLowerCase());
      if (record.person) {
        for (const email of record.person.emails) add(this.emails, emailKey(email), record.path);
        for (const platform of record.person.platforms) if (platform.url) add(this.profiles, sourceUrlKey(platform.url), record.path);
        for (const name of [record.title, record.person.name, ...record.aliases]) add(this.names, foldName(name), record.path);
      }
      if (record.source) {
        if (record.source.url) add(this.urls, sourceUrlKey(record.source.url), record.path);
        for (const title of [record.title, ...record.aliases]) add(this.titles, foldName(title), record.path);
      }
    }
  }
}

/** Identifiers of the records already planned in this file, with their lines. */
class BatchKeys {
  private readonly byId = new Map<string, number>();
  private readonly byName = new Map<string, { line: number; ids: readonly string[] }[]>();

  /**
   * The line of an earlier record this one repeats: one sharing an identifier, or one with
   * the same name where either has no identifier to tell them apart.
   */
  find(ids: readonly string[], name: string): number | null {
    for (const id of ids) {
      const line = this.byId.get(id);
      if (line !== undefined) return line;
    }
    const same = (this.byName.get(name) ?? []).find((earlier) => earlier.ids.length === 0 || ids.length === 0);
    return same?.line ?? null;
  }

  remember(ids: readonly string[], name: string, line: number): void {
    for (const id of ids) if (!this.byId.has(id)) this.byId.set(id, line);
    const list = this.byName.get(name) ?? [];
    list.push({ line, ids });
    this.byName.set(name, list);
  }
}

function personKeys(person: ImportedPerson): { ids: string[]; name: string } {
  const ids = [
    ...person.emails.map((e) => `email:${emailKey(e)}`),
    ...person.platforms.map((p) => (p.url ? sourceUrlKey(p.url) : null)).filter((k): k is string => k !== null).map((k) => `profile:${k}`),
  ];
  return { ids, name: `name:${foldName(person.name)}` };
}

function sourceKeys(source: ImportedSource): { ids: string[]; name: string } {
  const ids = [source.url, ...source.otherUrls].map((u) => (u ? sourceUrlKey(u) : null)).filter((k): k is string => k !== null).map((k) => `url:${k}`);
  return { ids, name: `title:${foldName(source.title)}` };
}

function list(paths: readonly string[]): string {
  return paths.length <= 2 ? paths.join(' and ') : `${paths.slice(0, -1).join(', ')} and ${paths[paths.length - 1] ?? ''}`;
}

function withNotes(reason: string, record: ImportedRecord): string {
  return record.notes.length > 0 ? `${reason}; note: ${record.notes.join('; ')}` : reason;
}

interface Match {
  path: GardenPath;
  why: string;
}

type Decision = { match: Match } | { create: string } | { skip: string };

function decidePerson(person: ImportedPerson, keys: GardenKeys, records: Map<GardenPath, PlantRecord>): Decision {
  const byEmail = lookup(keys.emails, person.emails.map(emailKey));
  if (byEmail.length > 1) return { skip: `its email is in ${list(byEmail)}; merge them by hand` };
  const [emailPath] = byEmail;
  if (emailPath) {
    const shared = person.emails.find((e) => records.get(emailPath)?.person?.emails.some((x) => emailKey(x) === emailKey(e)));
    return { match: { path: emailPath, why: `same email (${shared ?? person.emails[0] ?? ''})` } };
  }
  const profileKeys = person.platforms.map((p) => (p.url ? sourceUrlKey(p.url) : null));
  const byProfile = lookup(keys.profiles, profileKeys);
  if (byProfile.length > 1) return { skip: `its profile address is in ${list(byProfile)}; merge them by hand` };
  const [profilePath] = byProfile;
  if (profilePath) return { match: { path: profilePath, why: 'same profile address' } };
  const byName = lookup(keys.names, [foldName(person.name)]);
  if (byName.length > 1) return { skip: `${list(byName)} all have this name; merge it by hand` };
  const [namePath] = byName;
  if (!namePath) return { create: 'no one in the garden has this email or name' };
  const existing = records.get(namePath)?.person;
  const emailsDiffer = person.emails.length > 0 && (existing?.emails.length ?? 0) > 0;
  const theirProfiles = (existing?.platforms ?? []).filter((p) => p.url).map((p) => `${p.platform}:${sourceUrlKey(p.url ?? '')}`);
  const ourProfiles = person.platforms.filter((p) => p.url).map((p) => `${p.platform}:${sourceUrlKey(p.url ?? '')}`);
  const profilesDiffer = ourProfiles.some((ours) => theirProfiles.some((theirs) => theirs.split(':')[0] === ours.split(':')[0]));
  if (emailsDiffer) return { create: `same name as ${namePath} but a different email, so another person` };
  if (profilesDiffer) return { create: `same name as ${namePath} but a different profile, so another person` };
  return { match: { path: namePath, why: 'same name' } };
}

function decideSource(source: ImportedSource, keys: GardenKeys, records: Map<GardenPath, PlantRecord>): Decision {
  const urlKeys = [source.url, ...source.otherUrls].map((u) => (u ? sourceUrlKey(u) : null));
  const byUrl = lookup(keys.urls, urlKeys);
  if (byUrl.length > 1) return { skip: `its address is in ${list(byUrl)}; merge them by hand` };
  const [urlPath] = byUrl;
  if (urlPath) return { match: { path: urlPath, why: 'same address' } };
  const byTitle = lookup(keys.titles, [foldName(source.title)]);
  if (byTitle.length > 1) return { skip: `${list(byTitle)} all have this title; merge it by hand` };
  const [titlePath] = byTitle;
  if (!titlePath) return { create: 'no source in the garden has this address or title' };
  const theirs = records.get(titlePath)?.source?.url;
  if (theirs && source.url) return { create: `same title as ${titlePath} but another address, so another source` };
  return { match: { path: titlePath, why: 'same title' } };
}

/** A free path for a new file: "people/Name.md", else "people/Name 2.md", … */
function freePath(folder: string, title: string, taken: Set<string>): GardenPath {
  const stem = safeFileStem(title);
  for (let n = 1; ; n += 1) {
    const candidate = `${folder}/${n === 1 ? stem : `${stem} ${n}`}.md`;
    const key = candidate.normalize('NFC').toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return candidate as GardenPath;
    }
  }
}

interface FileRead {
  text: string;
  hash: string;
}

async function readPlant(garden: Garden, rel: GardenPath): Promise<FileRead | string> {
  const bytes = await readFile(await resolveInside(garden.root, rel)).catch(() => null);
  if (!bytes) return `${rel} could not be read`;
  const { text, problem } = decodeText(bytes);
  if (problem) return `${rel} is not plain UTF-8 text, so the app never writes it`;
  return { text, hash: hashBytes(bytes) };
}

async function planMerge(garden: Garden, record: ImportedRecord, match: Match): Promise<Planned> {
  const base: PlanItem = { action: 'skip', kind: record.kind, title: titleOf(record), path: match.path, reason: '' };
  const existing = garden.index.records.get(match.path);
  if (existing?.readOnly) {
    const why = existing.problems[0]?.message ?? 'it could not be read cleanly';
    return { record, item: { ...base, reason: withNotes(`${match.why} as ${match.path}, but that file is read-only (${why.replace(/\.$/, '')}); fix it first`, record) } };
  }
  const read = await readPlant(garden, match.path);
  if (typeof read === 'string') return { record, item: { ...base, reason: `${match.why} as ${match.path}, but ${read}` } };
  const merged: MergeResult = record.kind === 'person' ? mergePerson(read.text, record) : mergeSource(read.text, record);
  if (merged.status === 'unsure') {
    return { record, item: { ...base, reason: withNotes(`${match.why} as ${match.path}, but ${merged.reason}`, record) } };
  }
  if (merged.added.length === 0 || merged.text === read.text) {
    return { record, item: { ...base, reason: withNotes(`already in ${match.path} (${match.why}); nothing new to add`, record) } };
  }
  return {
    record,
    item: { ...base, action: 'merge', reason: withNotes(`${match.why} as ${match.path}; adds ${merged.added.join(', ')}`, record) },
    text: merged.text,
    baseHash: read.hash,
    match,
  };
}

function titleOf(record: ImportedRecord): string {
  return record.kind === 'person' ? record.name : record.title;
}

async function planRecords(garden: Garden, parsed: ParsedImport, today: IsoDate): Promise<Planned[]> {
  const records = garden.index.records;
  const keys = new GardenKeys(records.values());
  const batch = new BatchKeys();
  const planned: Planned[] = [];
  for (const record of parsed.records) {
    const { ids, name } = record.kind === 'person' ? personKeys(record) : sourceKeys(record);
    const earlier = batch.find(ids, name);
    batch.remember(ids, name, record.line);
    if (earlier !== null) {
      planned.push({ record, item: { action: 'skip', kind: record.kind, title: titleOf(record), path: null, reason: `repeats the record on line ${earlier} of this file` } });
      continue;
    }
    const decision = record.kind === 'person' ? decidePerson(record, keys, records) : decideSource(record, keys, records);
    if ('skip' in decision) {
      planned.push({ record, item: { action: 'skip', kind: record.kind, title: titleOf(record), path: null, reason: withNotes(decision.skip, record) } });
    } else if ('match' in decision) {
      planned.push(await planMerge(garden, record, decision.match));
    } else {
      const path = freePath(record.kind === 'person' ? 'people' : 'sources', titleOf(record), keys.paths);
      const text = record.kind === 'person' ? renderPerson(record, today) : renderSource(record, today);
      planned.push({ record, item: { action: 'create', kind: record.kind, title: titleOf(record), path, reason: withNotes(decision.create, record) }, text });
    }
  }
  return planned;
}

/** The dry run: what an import of this file would create, merge and skip, and why. Writes nothing. */
export async function planImport(garden: Garden, fileName: string, content: string, today: IsoDate = garden.today()): Promise<ImportPlan> {
  const parsed = await readImportFile(fileName, content);
  const planned = await planRecords(garden, parsed, today);
  return { format: parsed.format, items: planned.map((p) => p.item), problems: parsed.problems };
}

/** Runs the import; returns what it did, in the same shape as the plan. */
export async function applyImport(garden: Garden, fileName: string, content: string, today: IsoDate = garden.today()): Promise<ImportPlan> {
  const parsed = await readImportFile(fileName, content);
  const planned = await planRecords(garden, parsed, today);
  const done: PlanItem[] = [];
  for (const step of planned) {
    const { item } = step;
    if (item.action === 'skip' || item.path === null || step.text === undefined) {
      done.push(item);
      continue;
    }
    if (item.action === 'create') {
      const result = await garden.writeNote(item.path, step.text, '');
      done.push(result.status === 'saved' ? item : { ...item, action: 'skip', reason: `${item.path} appeared while importing; nothing was written` });
      continue;
    }
    // A merge: again from the file as it is now (an earlier record of this import may have merged into it).
    const fresh = await planMerge(garden, step.record, step.match ?? { path: item.path, why: 'same record' });
    if (fresh.item.action !== 'merge' || fresh.text === undefined || fresh.baseHash === undefined) {
      done.push(fresh.item);
      continue;
    }
    const result = await garden.writeNote(item.path, fresh.text, fresh.baseHash);
    done.push(result.status === 'saved' ? fresh.item : { ...fresh.item, action: 'skip', reason: `${item.path} changed on disk while importing; it was left as it is` });
  }
  return { format: parsed.format, items: done, problems: parsed.problems };
}
