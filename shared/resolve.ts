/**
 * Link resolution: which file a link target written in a note points to.
 *
 * THE RULE. Obsidian documents `metadataCache.getFirstLinkpathDest(linkpath, sourcePath)`
 * only as "Get the best match for a linkpath" (docs.obsidian.md, Reference/TypeScript API/
 * MetadataCache/getFirstLinkpathDest), and its help says only that folder paths start at the
 * vault root. What it does was observed on Obsidian 1.13.7 through that very call in the
 * developer console, with fixtures built to tell the candidate rules apart; the console
 * output is on pvliesdonk/markdown-vault-mcp issues #1350 and #1358 and the findings are
 * written up in that repository's docs/design/reference/obsidian-markdown.md (PR #1380, #1385):
 *
 *   1. An exact vault path wins, with or without `.md`: `[[Note]]` is `Note.md` at the root
 *      and `[[b/Note]]` is `b/Note.md`, even from a note that sits beside another `Note.md`.
 *   2. Otherwise a file in the source note's own folder wins: from `zzzz/src.md`, `[[Note]]`
 *      is `zzzz/Note.md` over the shorter `b/Note.md`. An ancestor folder counts for nothing.
 *   3. Otherwise, among the files with that name (for `[[b/Note]]`: whose path ends in
 *      `/b/Note`), the SHORTEST PATH STRING wins: `a/b/Note.md` (11 characters) over
 *      `zzzz/Note.md` (12), so neither fewest folders nor alphabetical or file-tree order.
 *   Also observed: `[[../y]]` from `a/x.md` resolves against the source's folder; matching
 *   ignores case (`[[log]]`, `[[LOG]]` → `Log.md`, `[[Ext.MD]]` → `Ext.md`); an NFC `[[Café]]`
 *   finds an NFD-named file; `[[#Heading]]` links the note to itself; a markdown link's
 *   destination is percent-decoded and looked up the same way, vault-wide; a non-markdown
 *   file needs its extension (`[[Figure 1.png]]`, Obsidian help "Internal links").
 *
 * Where we decide ourselves (Obsidian leaves these open or does otherwise):
 *   - Two candidates of equal length: Obsidian's pick was observed NOT to be stable (it changed
 *     when a third file appeared). We take the one whose case-folded NFC path sorts first by
 *     code unit, then the raw path, so the answer never depends on insertion order.
 *   - Several files under one exact path (case twins `Note.md`/`note.md`, NFC/NFD twins,
 *     attachment `x.png` vs plant `x.png.md`): the one spelt exactly as written wins; else,
 *     as Obsidian tries the path as written before adding `.md`, `X.PNG` is `x.png` and
 *     `X.PNG.MD` is `x.png.md`; else the order above.
 *   - Step 2 generalised: a folder-qualified target is also tried relative to the source's
 *     folder (`[[c/Note]]` from `a/x.md` → `a/c/Note.md`) before the name lookup.
 *   - `./x`, `../x` and `/x` are explicit paths: relative to the source, or to the root; they
 *     never fall back to a name lookup (a path that leaves the garden resolves to nothing).
 *     A target naming a folder (`Projects/`, `./`, `a/..`) resolves to nothing.
 *   - Frontmatter aliases (FORMATS.md: "else by a frontmatter alias"). Obsidian never resolves
 *     a link by alias (observed: `[[AL]]` with `aliases: [AL]` stays unresolved; aliases only
 *     feed its suggestions), so this is our feature, tried last; ties as in rule 3.
 *   - `\` in a target is read as `/` (Obsidian forbids `\` in file names).
 *   - Case folding is lower → upper → lower case on NFC text: close to Unicode full case folding
 *     (`ẞ`, `ß` and `SS` all match) and the same in every locale.
 *
 * Cost: files are indexed by folded name, so rules 1–3 are one Map get plus, for the rare
 * ambiguous name, a look into that name's bucket; answers that do not depend on the source
 * (rule 3) are cached per bucket until a file of that name comes or goes. Measured with a
 * throwaway script at 50k files on this shared 2-core machine: upsert ≈ 3 µs, resolve
 * ≈ 1–2.5 µs, where a bare `Map.get` of a lower-cased key in a 50k Map takes 0.5–0.9 µs.
 */
import type { GardenPath } from './types';

interface Entry {
  path: GardenPath;
  /** Folded full path (with extension): the tie-break after length. */
  pathKey: string;
  /** Folded path as a link names it: plants without `.md`, attachments with their extension. */
  stemKey: string;
  /** Folded folder ('' at the root). */
  folderKey: string;
  /** Length of the NFC path: rule 3 compares path strings. */
  length: number;
  aliasKeys: readonly string[];
}

function compareEntries(a: Entry, b: Entry): number {
  if (a.length !== b.length) return a.length - b.length;
  if (a.pathKey !== b.pathKey) return a.pathKey < b.pathKey ? -1 : 1;
  if (a.path === b.path) return 0;
  return a.path < b.path ? -1 : 1;
}

function first(entries: Iterable<Entry>): Entry | null {
  let best: Entry | null = null;
  for (const entry of entries) if (!best || compareEntries(entry, best) < 0) best = entry;
  return best;
}

/** Above this many files of one name, twins are found through a folder index instead of a scan. */
const SCAN_LIMIT = 16;
const NO_ALIASES: readonly string[] = [];

/**
 * Files sharing one folded name (or one alias). Most names have one file, so a bucket is a
 * plain array; the answers that do not depend on the source are cached until it changes.
 */
class Bucket {
  /** Made with its first entry: `[]` then push reserves room for 17 (at 10k names, 1.5 MB unused). */
  readonly entries: Entry[];
  private cachedBest: Entry | null | undefined;
  /** Folded folder → files of this name in it (built only for big buckets). */
  private folderIndex: Map<string, Entry[]> | undefined;
  /** Folded `folder/name` suffix → the first file whose path ends with it. */
  private suffixBest: Map<string, Entry | null> | undefined;

  constructor(first: Entry) {
    this.entries = [first];
  }

  add(entry: Entry): void {
    this.entries.push(entry);
    this.changed();
  }

  delete(entry: Entry): void {
    const i = this.entries.indexOf(entry);
    if (i < 0) return;
    this.entries[i] = this.entries[this.entries.length - 1] as Entry;
    this.entries.pop();
    this.changed();
  }

  private changed(): void {
    this.cachedBest = undefined;
    this.folderIndex = undefined;
    this.suffixBest = undefined;
  }

  /** The first file in resolution order: shortest path, then folded path, then raw path. */
  best(): Entry | null {
    if (this.cachedBest === undefined) this.cachedBest = first(this.entries);
    return this.cachedBest;
  }

  /** Rule 3 for a folder-qualified key (`b/note`): the first file whose path ends with it. */
  bestEndingWith(key: string): Entry | null {
    this.suffixBest ??= new Map();
    let best = this.suffixBest.get(key);
    if (best === undefined) {
      best = first(this.entries.filter((entry) => endsWithPath(entry.stemKey, key)));
      this.suffixBest.set(key, best);
    }
    return best;
  }

  /** The file of this name in exactly this folder; among twins the one spelt as written wins. */
  inFolder(folderKey: string, written: string): Entry | null {
    const twins = this.twinsIn(folderKey);
    if (twins.length <= 1) return twins[0] ?? null;
    const exact = twins.find((e) => e.path === written || e.path === `${written}.md`);
    if (exact) return exact;
    // As written first (`X.PNG` is the attachment `x.png`), then with `.md` (the plant `x.png.md`).
    const key = fold(written);
    return first(twins.filter((e) => e.pathKey === key)) ?? first(twins.filter((e) => e.pathKey === `${key}.md`)) ?? first(twins);
  }

  private twinsIn(folderKey: string): Entry[] {
    if (this.entries.length <= SCAN_LIMIT) return this.entries.filter((e) => e.folderKey === folderKey);
    if (!this.folderIndex) {
      this.folderIndex = new Map();
      for (const entry of this.entries) {
        const list = this.folderIndex.get(entry.folderKey);
        if (list) list.push(entry);
        else this.folderIndex.set(entry.folderKey, [entry]);
      }
    }
    return this.folderIndex.get(folderKey) ?? [];
  }
}

/** Printable-ASCII names need no Unicode work (the common case, and the fast one). */
const NON_ASCII = /[^ -~]/;
const MD_EXTENSION = /\.md$/i;
const NAMES_A_FOLDER = /(?:^|\/)\.{0,2}$/;
const NEEDS_NORMALISING = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/;

/** Case- and normalisation-insensitive form of a name or path. */
function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  // lower → upper → lower: `ẞ`, `ß` and `SS` all end as `ss`, as full case folding has them.
  return s.normalize('NFC').toLowerCase().toUpperCase().toLowerCase().normalize('NFC');
}

function stripMd(s: string): string {
  return s.length > 3 && MD_EXTENSION.test(s) ? s.slice(0, -3) : s;
}

/** The key seeds are compared by: target without .md, lower-cased, NFC-normalised. */
export function seedKey(target: string): string {
  return fold(stripMd(target.trim()));
}

/**
 * Collapses `.`, `..`, empty segments and `\`; null when the path climbs above the root.
 * `base` is the folder the path is relative to ('' for the root).
 */
function normalisePath(path: string, base = ''): string | null {
  const raw = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  if (!base && !NEEDS_NORMALISING.test(raw)) return raw;
  const out = base ? base.split('/') : [];
  for (const segment of raw.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export class LinkResolver {
  private readonly entries = new Map<GardenPath, Entry>();
  private readonly byName = new Map<string, Bucket>();
  private readonly byAlias = new Map<string, Bucket>();

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces a file. `aliases` only for .md plants. Non-.md files are attachments and resolve only by their full name with extension. */
  upsert(path: GardenPath, aliases: readonly string[] = []): void {
    this.remove(path);
    const plant = MD_EXTENSION.test(path);
    const ascii = !NON_ASCII.test(path);
    const nfc = ascii ? path : path.normalize('NFC');
    const pathKey = fold(nfc);
    // ASCII folds letter by letter, so the stem's key is the path's minus `.md` (one string
    // fewer per file at open); other text is folded on its own (a final sigma depends on what follows).
    const stemKey = ascii ? (plant ? pathKey.slice(0, -3) : pathKey) : fold(plant ? path.slice(0, -3) : path);
    const entry: Entry = {
      path,
      pathKey,
      stemKey,
      folderKey: folderOf(stemKey),
      length: nfc.length,
      aliasKeys: plant && aliases.length > 0 ? [...new Set(aliases.map(seedKey))].filter((key) => key !== '') : NO_ALIASES,
    };
    this.entries.set(path, entry);
    add(this.byName, nameOf(stemKey), entry);
    for (const key of entry.aliasKeys) add(this.byAlias, key, entry);
  }

  remove(path: GardenPath): void {
    const entry = this.entries.get(path);
    if (!entry) return;
    this.entries.delete(path);
    drop(this.byName, nameOf(entry.stemKey), entry);
    for (const key of entry.aliasKeys) drop(this.byAlias, key, entry);
  }

  has(path: GardenPath): boolean {
    return this.entries.has(path);
  }

  /** Resolves a link target written in `from`; null when it matches nothing (a seed). */
  resolve(target: string, from: GardenPath): GardenPath | null {
    let written = target.trim();
    if (written.includes('\\')) written = written.replace(/\\/g, '/');
    if (written === '') return this.entries.has(from) ? from : null; // [[#Heading]]: the note itself
    if (NAMES_A_FOLDER.test(written)) return null; // `Projects/`, `./`, `a/..`: a folder is not a file

    if (written.startsWith('/')) return this.exact(normalisePath(written));
    if (written.startsWith('./') || written.startsWith('../')) {
      return this.exact(normalisePath(written, folderOf(from)));
    }

    const path = normalisePath(written);
    if (!path) return null;
    const found = this.lookup(path, seedKey(path), from);
    if (found) return found.path;
    // `[[x.md]]` naming a plant `x.md.md`: rule 1's second spelling, which seedKey strips away.
    if (MD_EXTENSION.test(path)) {
      const withMd = this.lookup(path, fold(path), from);
      if (withMd) return withMd.path;
    }
    return this.byAlias.get(seedKey(written))?.best()?.path ?? null;
  }

  /** All paths (files) whose name or alias equals this key without case: for the UI's "ambiguous" hint. */
  candidates(target: string): GardenPath[] {
    const path = normalisePath(target.trim().replace(/\\/g, '/'));
    const found = new Set<Entry>();
    if (path) {
      const key = seedKey(path);
      for (const entry of this.byName.get(nameOf(key))?.entries ?? []) if (endsWithPath(entry.stemKey, key)) found.add(entry);
      for (const entry of this.byAlias.get(seedKey(target))?.entries ?? []) found.add(entry);
    }
    return [...found].sort(compareEntries).map((entry) => entry.path);
  }

  /** Rules 1–3 for a normalised path whose folded, .md-less form is `key`. */
  private lookup(written: string, key: string, from: GardenPath): Entry | null {
    const bucket = this.byName.get(nameOf(key));
    if (!bucket) return null;
    const slash = key.lastIndexOf('/');
    if (bucket.entries.length === 1) {
      // The usual case: one file of that name. Every rule that can pick it picks it.
      const only = bucket.best() as Entry;
      return slash < 0 || endsWithPath(only.stemKey, key) ? only : null;
    }
    const folderKey = slash < 0 ? '' : key.slice(0, slash);
    const sourceFolder = folderOf(from);
    return (
      bucket.inFolder(folderKey, written) ?? // 1. exact vault path
      (sourceFolder ? bucket.inFolder(joinPath(fold(sourceFolder), folderKey), `${sourceFolder}/${written}`) : null) ?? // 2. own folder
      (slash < 0 ? bucket.best() : bucket.bestEndingWith(key)) // 3. shortest path string
    );
  }

  /** An explicit path (`/x`, `./x`, `../x`): rule 1 only. */
  private exact(path: string | null): GardenPath | null {
    if (!path) return null;
    const key = seedKey(path);
    const slash = key.lastIndexOf('/');
    const hit = this.byName.get(nameOf(key))?.inFolder(slash < 0 ? '' : key.slice(0, slash), path);
    if (hit) return hit.path;
    if (!MD_EXTENSION.test(path)) return null;
    const full = fold(path);
    const fullSlash = full.lastIndexOf('/');
    return this.byName.get(nameOf(full))?.inFolder(fullSlash < 0 ? '' : full.slice(0, fullSlash), path)?.path ?? null;
  }
}

function joinPath(folder: string, path: string): string {
  return path ? `${folder}/${path}` : folder;
}

function nameOf(pathKey: string): string {
  return pathKey.slice(pathKey.lastIndexOf('/') + 1);
}

/** `a/b/note` ends with `b/note` on a segment boundary. */
function endsWithPath(pathKey: string, key: string): boolean {
  return pathKey === key || (pathKey.endsWith(key) && pathKey.charCodeAt(pathKey.length - key.length - 1) === 47);
}

function add(map: Map<string, Bucket>, key: string, entry: Entry): void {
  const bucket = map.get(key);
  if (bucket) bucket.add(entry);
  else map.set(key, new Bucket(entry));
}

function drop(map: Map<string, Bucket>, key: string, entry: Entry): void {
  const bucket = map.get(key);
  if (!bucket) return;
  bucket.delete(entry);
  if (bucket.entries.length === 0) map.delete(key);
}
