/**
 * Merging an imported record into a file that already exists: only what is missing is
 * added (emails, phones, platforms, tags, a LinkedIn connection; a source's url, platform,
 * added date…), through `shared/frontmatter-edit.ts`, which splices each addition into the
 * YAML so comments, key order, quoting, unknown keys and the body stay byte for byte.
 * Nothing is ever replaced: a value the file already has wins, even when the import says
 * otherwise. Where the file's shape leaves doubt (a list written as one value, platforms
 * written as a map), nothing is written and the reason says what to add by hand.
 *
 * Decisions: the circle, name, title, status and body are never touched by a merge (a
 * guess from an import must not change how often someone is watered); nor is a source's
 * community, which is read from its address and so says nothing the file does not. A platform the file
 * already has for that site is kept; if it lacks the address the import has, the address is
 * added to that entry.
 */
import { appendToList, readFrontmatter, setProperty } from '../../../shared/frontmatter-edit';
import { sourceUrlKey } from '../../../shared/source-url';
import type { PlatformHandle } from '../../../shared/types';
import type { ImportedPerson, ImportedSource } from './types';

export type MergeResult = { status: 'ok'; text: string; added: string[] } | { status: 'unsure'; reason: string };

class Unsure extends Error {}

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function asStrings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : isBlank(value) ? [] : [value];
  return list.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}

/** A text being edited, with the data it holds now. */
class Editor {
  added: string[] = [];

  constructor(public text: string, public data: Data) {}

  /** Appends the items not yet in the list at `key` (or in any of `also`). */
  addToList(key: string, items: readonly string[], label: (item: string) => string, sameKey: (s: string) => string, also: readonly string[] = []): void {
    const existing = [key, ...also].flatMap((k) => asStrings(this.data[k])).map(sameKey);
    const missing = items.filter((item, i) => !existing.includes(sameKey(item)) && items.findIndex((x) => sameKey(x) === sameKey(item)) === i);
    if (missing.length === 0) return;
    const current = this.data[key];
    if (!isBlank(current) && !Array.isArray(current)) {
      throw new Unsure(`it writes ${key} as a single value, not a list; add ${missing.join(', ')} by hand`);
    }
    for (const item of missing) this.append(key, item, label(item));
  }

  append(key: string, item: unknown, label: string): void {
    const current = this.data[key];
    this.text = isBlank(current) && !Array.isArray(current) ? setProperty(this.text, key, [item]) : appendToList(this.text, key, item);
    this.refresh();
    this.added.push(label);
  }

  set(path: string | (string | number)[], value: unknown, label: string): void {
    this.text = setProperty(this.text, path, value);
    this.refresh();
    this.added.push(label);
  }

  private refresh(): void {
    const read = readFrontmatter(this.text);
    this.data = read.status === 'ok' ? read.data : {};
  }
}

function open(text: string): Editor {
  const read = readFrontmatter(text);
  if (read.status === 'error') throw new Unsure(`its properties cannot be read (${read.message})`);
  return new Editor(text, read.status === 'ok' ? read.data : {});
}

function run(text: string, edit: (editor: Editor) => void): MergeResult {
  try {
    const editor = open(text);
    edit(editor);
    return { status: 'ok', text: editor.text, added: editor.added };
  } catch (error) {
    if (error instanceof Unsure) return { status: 'unsure', reason: error.message };
    return { status: 'unsure', reason: `its properties could not be changed (${error instanceof Error ? error.message : String(error)})` };
  }
}

const lower = (s: string) => s.toLowerCase();
const digits = (s: string) => s.replace(/[^\d+]/g, '');
const tagKey = (s: string) => s.replace(/^#/, '').toLowerCase();

function urlKey(url: unknown): string | null {
  return typeof url === 'string' ? sourceUrlKey(url) : null;
}

function mergePlatforms(editor: Editor, platforms: readonly PlatformHandle[]): void {
  for (const entry of platforms) {
    const current = editor.data.platforms;
    if (isRecord(current)) {
      if (Object.keys(current).some((k) => k.toLowerCase() === entry.platform)) continue;
      throw new Unsure(`it writes platforms as a map, not a list; add ${entry.platform} by hand`);
    }
    if (!isBlank(current) && !Array.isArray(current)) throw new Unsure(`it writes platforms as a single value, not a list; add ${entry.platform} by hand`);
    const list = Array.isArray(current) ? current : [];
    const index = list.findIndex((item) => isRecord(item) && typeof item.platform === 'string' && item.platform.trim().toLowerCase() === entry.platform);
    const existing = list[index];
    if (!isRecord(existing)) {
      editor.append('platforms', { ...entry }, `platform ${entry.platform}`);
      continue;
    }
    const sameUrl = entry.url !== undefined && urlKey(existing.url) !== null && urlKey(existing.url) === urlKey(entry.url);
    const sameHandle = entry.handle !== undefined && typeof existing.handle === 'string' && existing.handle.toLowerCase() === entry.handle.toLowerCase();
    if (sameUrl || sameHandle || (entry.url === undefined && entry.handle === undefined)) {
      if (entry.url !== undefined && isBlank(existing.url)) editor.set(['platforms', index, 'url'], entry.url, `${entry.platform} address`);
      if (entry.handle !== undefined && isBlank(existing.handle)) editor.set(['platforms', index, 'handle'], entry.handle, `${entry.platform} handle`);
      continue;
    }
    // The file knows this platform with another address or handle: the file wins.
    if (isBlank(existing.url) && isBlank(existing.handle)) {
      if (entry.url !== undefined) editor.set(['platforms', index, 'url'], entry.url, `${entry.platform} address`);
      if (entry.handle !== undefined) editor.set(['platforms', index, 'handle'], entry.handle, `${entry.platform} handle`);
    }
  }
}

export function mergePerson(text: string, person: ImportedPerson): MergeResult {
  return run(text, (editor) => {
    editor.addToList('emails', person.emails, (e) => `email ${e}`, lower, ['email']);
    editor.addToList('phones', person.phones, (p) => `phone ${p}`, digits, ['phone']);
    mergePlatforms(editor, person.platforms);
    editor.addToList('tags', person.tags, (t) => `tag ${t}`, tagKey, ['tag']);
    for (const interaction of person.interactions) {
      const current = editor.data.interactions;
      if (!isBlank(current) && !Array.isArray(current)) throw new Unsure('it writes interactions as a single value, not a list');
      const list = Array.isArray(current) ? current : [];
      const known = list.some((item) => isRecord(item) && String(item.date) === interaction.date && (item.note === interaction.note || isBlank(interaction.note)));
      if (!known) editor.append('interactions', { ...interaction }, `interaction "${interaction.note ?? interaction.kind}" on ${interaction.date}`);
    }
  });
}

export function mergeSource(text: string, source: ImportedSource): MergeResult {
  return run(text, (editor) => {
    const fill = (key: string, value: string | null | undefined, label: string) => {
      if (value && isBlank(editor.data[key])) editor.set(key, value, label);
    };
    fill('url', source.url, `address ${source.url ?? ''}`);
    fill('kind', source.sourceKind, `kind ${source.sourceKind}`);
    fill('platform', source.platform, `platform ${source.platform ?? ''}`);
    fill('feed', source.feed, 'feed address');
    fill('added', source.added, `added date ${source.added ?? ''}`);
    editor.addToList('tags', source.tags, (t) => `tag ${t}`, tagKey, ['tag']);
  });
}
