/**
 * One open garden: loads it (with progress and the index cache), answers queries, and
 * writes safely. Every change, in-app or from the watcher, goes through `applyFile`/
 * `forget`, so both paths update the index and notify the views the same way.
 */
import { lstat, readFile, readFileSync, rename, stat } from './disk';
import path from 'node:path';
import { GardenError, type Backlink, type ChangedEvent, type NoteDocument, type ProgressEvent, type WriteResult } from '../../shared/api';
import { localIsoDate } from '../../shared/dates';
import type { GardenPath, IsoDate, PlantKind } from '../../shared/types';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import type { PlantRecord } from './file-record';
import { GardenIndex } from './garden-index';
import { readIndexCache, reusableGraph, writeIndexCache } from './index-cache';
import { cannotBeWritten, hashBytes, parsePlantFile } from './parse-file';
import { assertRealInside, ensureFolderInside, resolveInside, safeFileStem, toGardenPath } from './paths';
import { KIND_FOLDERS, plantTemplate } from './templates';
import type { Low } from 'lowdb';
import type { HealthSettings } from '../../shared/health';
import { buildDelta } from './snapshot';
import { openStateFile } from './state-file';
import { defaultGardenState, gardenStateSchema, type GardenState } from './state-schemas';
import { listGarden, listedFile, yieldToEventLoop } from './walk';

export const isPlantPath = (p: string): boolean => p.toLowerCase().endsWith('.md');

/** A path as case-insensitive, normalisation-insensitive disks compare it. */
export const foldPath = (p: string): string => p.normalize('NFC').toLowerCase();

/**
 * Files read and parsed between two yields to the event loop (a few ms of work). Reads are
 * synchronous: a promise readFile costs four thread-pool round trips (open, fstat, read,
 * close); on our bench 11.5k files took 350–760 ms that way and 70–90 ms with readFileSync.
 */
const READ_CHUNK = 128;

export interface GardenHooks {
  onProgress?: (event: ProgressEvent) => void;
  onChange?: (event: ChangedEvent) => void;
  now?: () => Date;
  /** Read-only uses (pln stats) leave the garden exactly as found: no index cache written. */
  readOnly?: boolean;
}

export class Garden {
  readonly index = new GardenIndex();
  readonly warnings: string[] = [];
  /** Per-garden state (.garden/state.json, lowdb): settings, pinned layout, saved views. */
  state: Low<GardenState> | null = null;
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly subscribers = new Set<(changed: GardenPath[], removed: GardenPath[]) => void>();
  private readonly now: () => Date;
  /** While a batch runs, changes are collected here and sent as one event at its end. */
  private pending: { changed: Set<GardenPath>; removed: Set<GardenPath>; touched: Set<GardenPath> } | null = null;

  private constructor(readonly root: string, private readonly hooks: GardenHooks) {
    this.now = hooks.now ?? (() => new Date());
  }

  get name(): string {
    return path.basename(this.root);
  }

  static async open(root: string, hooks: GardenHooks = {}): Promise<Garden> {
    const absolute = path.resolve(root);
    const info = await stat(absolute).catch(() => null);
    if (!info?.isDirectory()) throw new GardenError('not-found', `There is no folder at ${absolute}.`);
    const garden = new Garden(absolute, hooks);
    if (!hooks.readOnly) {
      // Opened lazily on disk: nothing is written until a setting or layout is saved.
      const opened = await openStateFile(path.join(absolute, '.garden', 'state.json'), gardenStateSchema, defaultGardenState, garden.now);
      garden.state = opened.db;
      if (opened.warning) garden.warnings.push(opened.warning);
    }
    await garden.load();
    return garden;
  }

  /** Health thresholds from this garden's settings (defaults where unset). */
  healthSettings(): Partial<HealthSettings> {
    const cadence = this.state?.data.settings.cadenceByCircle;
    return cadence ? { cadenceByCircle: { professional: cadence.professional, personal: cadence.personal, both: cadence.both } } : {};
  }

  private async load(): Promise<void> {
    const progress = this.hooks.onProgress ?? (() => undefined);
    progress({ phase: 'listing', done: 0, total: 0 });
    // The listing first, then the cache: listing allocates ~1 kB of throwaway Stats per file,
    // and the collections that triggers are nearly free while no decoded record is alive
    // yet (the other order, or both at once, doubled the open's GC time at 10k notes).
    const listing = await listGarden(this.root);
    const cache = await readIndexCache(this.root);
    if (!this.hooks.readOnly) {
      // The listing skips hidden folders, so the app's own .garden/ (state, cache) is added by name.
      const tempDirs = [...listing.staleTemps.map((temp) => path.dirname(temp)), path.join(this.root, '.garden'), path.join(this.root, '.garden', 'cache')];
      await removeStaleTempFiles(new Set(tempDirs));
    }

    const records: PlantRecord[] = [];
    const attachments: GardenPath[] = [];
    const toRead: number[] = []; // indices into the listing
    let next = 0; // the cache keeps the listing's order, so a file is usually the next record
    for (let i = 0; i < listing.paths.length; i += 1) {
      const rel = listing.paths[i] as GardenPath;
      if (!isPlantPath(rel)) attachments.push(rel);
      else {
        const expected = cache.order[next];
        const at = expected !== undefined && expected.path === rel ? next : cache.positions.get(rel);
        if (at !== undefined) next = at + 1;
        const cached = at === undefined ? undefined : cache.order[at];
        if (cached && cached.size === listing.sizes[i] && cached.mtimeMs === listing.mtimes[i]) records.push(cached);
        else toRead.push(i);
      }
    }
    const total = toRead.length;
    progress({ phase: 'reading', done: 0, total });
    for (let k = 0; k < total; k += 1) {
      const i = toRead[k] as number;
      const rel = listing.paths[i] as GardenPath;
      const bytes = readBytes(listedFile(this.root, rel));
      if (bytes instanceof Uint8Array) records.push(parsePlantFile(rel, bytes, { size: listing.sizes[i] as number, mtimeMs: listing.mtimes[i] as number }));
      else if (bytes.code !== 'ENOENT') {
        // Left out, not dropped in silence: the person should know a note is missing from view.
        this.warnings.push(`"${rel}" could not be read (${reasonOf(bytes)}), so it is left out until the garden is opened again.`);
      }
      if (k % READ_CHUNK === READ_CHUNK - 1 || k === total - 1) {
        progress({ phase: 'reading', done: k + 1, total });
        await yieldToEventLoop();
      }
    }
    progress({ phase: 'linking', done: 0, total: records.length });
    const graph = reusableGraph(cache, records, toRead.length === 0, attachments);
    if (graph) this.index.loadResolved(cache.order, graph, cache.positions);
    else this.index.load(records, attachments);
    progress({ phase: 'ready', done: records.length, total: records.length });
    // Nothing to save for a garden that is (and was) empty: opening it leaves no trace.
    const nothingToCache = records.length === 0 && cache.order.length === 0;
    if (!this.hooks.readOnly && !graph && !nothingToCache) {
      await this.saveCache().catch(() => undefined);
    }
  }

  /** Persists the index cache (on close, and after bursts of changes). */
  async saveCache(): Promise<void> {
    const index = this.index;
    await writeIndexCache(this.root, index.records.values(), { attachments: index.attachments, resolve: (target, from) => index.resolve(target, from) });
  }

  /** Today in the user's time zone: health is about their calendar days, not UTC's. */
  today(): IsoDate {
    return localIsoDate(this.now());
  }

  // ---- reading ---------------------------------------------------------------------------

  async readNote(rel: string): Promise<NoteDocument> {
    const absolute = await resolveInside(this.root, rel);
    const plant = toGardenPath(this.root, absolute);
    if (!isPlantPath(plant)) throw new GardenError('bad-input', `"${rel}" is an attachment, not a note.`);
    const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new GardenError('not-found', `"${rel}" does not exist (it may have been moved or deleted).`);
      throw ioError(error, rel, 'read');
    });
    const record = this.index.records.get(plant) ?? parsePlantFile(plant, bytes, { size: bytes.length, mtimeMs: 0 });
    const fresh = record.hash === hashBytes(bytes) ? record : parsePlantFile(plant, bytes, { size: bytes.length, mtimeMs: 0 });
    return {
      path: plant,
      kind: fresh.kind,
      title: fresh.title,
      text: new TextDecoder().decode(bytes),
      hash: hashBytes(bytes),
      problems: fresh.problems,
      readOnly: fresh.readOnly,
      backlinks: await this.backlinks(plant),
      outgoing: fresh.links.map((l) => ({ target: l.target, resolved: this.index.resolve(l.target, plant), embed: l.embed })),
    };
  }

  private async backlinks(target: GardenPath): Promise<Backlink[]> {
    const out: Backlink[] = [];
    for (const source of this.index.linksTo(target)) {
      const record = this.index.records.get(source);
      if (!record || source === target) continue;
      const lines = record.links.filter((l) => this.index.resolve(l.target, source) === target).map((l) => l.line);
      const text = await readFile(path.join(this.root, source), 'utf8').catch(() => '');
      const fileLines = text.split(/\r?\n/);
      for (const line of [...new Set(lines)]) {
        const context = line === 0 ? '(in its properties)' : (fileLines[line - 1] ?? '').trim().slice(0, 240);
        out.push({ from: source, title: record.title, line, context });
      }
    }
    return out.sort((a, b) => a.title.localeCompare(b.title) || a.line - b.line);
  }

  // ---- writing ----------------------------------------------------------------------------

  /**
   * Saves `text` over `rel` if the file on disk is still the version `baseHash` names
   * (empty string: the file must not exist). Otherwise nothing is written and the caller
   * gets both versions. A tiny window remains between the check and the rename; an outside
   * write landing inside it is caught by the watcher as the newer version.
   */
  async writeNote(rel: string, text: string, baseHash: string): Promise<WriteResult> {
    const absolute = await resolveInside(this.root, rel);
    const plant = toGardenPath(this.root, absolute);
    if (!isPlantPath(plant)) throw new GardenError('bad-input', 'Only markdown (.md) files can be written.');
    return this.exclusive(plant, async () => {
      const disk = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw ioError(error, rel);
      });
      // Judged on the bytes on disk now, not the index: an outside edit may not be indexed yet.
      if (disk && cannotBeWritten(disk)) {
        throw new GardenError('read-only', `"${plant}" is read-only because it could not be read cleanly; fix it in another editor first.`);
      }
      const diskHash = disk ? hashBytes(disk) : '';
      if (diskHash !== baseHash) {
        return { status: 'conflict', diskText: disk ? new TextDecoder().decode(disk) : '', diskHash } as const;
      }
      const twin = disk ? undefined : this.caseTwin(plant, plant);
      if (twin) {
        throw new GardenError('exists', `"${twin}" already exists, and names that differ only in case would collide on Windows and macOS; write to "${twin}" or choose another name.`);
      }
      // readNote's text has no byte-order mark (TextDecoder drops it); put back one the file had.
      const hadBom = disk !== null && disk[0] === 0xef && disk[1] === 0xbb && disk[2] === 0xbf;
      const bytes = Buffer.from(hadBom && !text.startsWith('\ufeff') ? `\ufeff${text}` : text, 'utf8');
      await ensureFolderInside(this.root, path.dirname(absolute));
      await writeFileAtomic(absolute, bytes).catch((error: NodeJS.ErrnoException) => {
        throw ioError(error, rel);
      });
      await this.applyFile(absolute, bytes);
      return { status: 'saved', hash: hashBytes(bytes) } as const;
    });
  }

  async createPlant(title: string, kind: PlantKind = 'note', folder?: string): Promise<GardenPath> {
    const stem = safeFileStem(title);
    const dir = folder ?? KIND_FOLDERS[kind];
    const rel = dir ? `${dir.replace(/\/+$/, '')}/${stem}.md` : `${stem}.md`;
    const absolute = await resolveInside(this.root, rel);
    const plant = toGardenPath(this.root, absolute);
    const existing = await stat(absolute).catch(() => null);
    if (existing || this.caseTwin(plant)) throw new GardenError('exists', `"${plant}" already exists.`);
    const result = await this.writeNote(plant, plantTemplate(kind, title.trim(), this.today()), '');
    if (result.status === 'conflict') throw new GardenError('exists', `"${plant}" already exists.`);
    return plant;
  }

  /** Moves a file to `.garden/trash/<time>/<its path>`; returns where it went. */
  async trash(rel: string): Promise<string> {
    const absolute = await resolveInside(this.root, rel);
    const plant = toGardenPath(this.root, absolute);
    return this.exclusive(plant, async () => {
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      let destination = path.join(this.root, '.garden', 'trash', stamp, plant);
      // rename() replaces silently: never let a second delete in the same instant erase the first.
      for (let n = 2; await lstat(destination).then(() => true, () => false); n += 1) {
        destination = path.join(this.root, '.garden', 'trash', `${stamp}-${n}`, plant);
      }
      await ensureFolderInside(this.root, path.dirname(destination));
      await rename(absolute, destination).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new GardenError('not-found', `"${rel}" does not exist.`);
        throw ioError(error, rel, 'trash');
      });
      this.forget(plant);
      return toGardenPath(this.root, destination);
    });
  }

  // ---- the one update path (in-app writes and the watcher) -----------------------------

  /** Reads (unless given) and indexes one file; notifies views. Returns false when nothing changed. */
  async applyFile(absolute: string, bytes?: Uint8Array): Promise<boolean> {
    const plant = toGardenPath(this.root, absolute);
    try {
      await assertRealInside(this.root, absolute);
    } catch {
      return false;
    }
    const info = await stat(absolute).catch(() => null);
    if (!info?.isFile()) return false;
    if (!isPlantPath(plant)) {
      const affected = this.index.upsertAttachment(plant);
      if (affected.length > 0) this.emit([plant, ...affected], []);
      return affected.length > 0;
    }
    const content = bytes ?? (await readFile(absolute).catch(() => null));
    if (!content) return false;
    const previous = this.index.records.get(plant);
    if (previous && previous.hash === hashBytes(content) && previous.mtimeMs === info.mtimeMs) return false;
    const record = parsePlantFile(plant, content, info);
    const affected = this.index.upsertPlant(record);
    this.emit([plant, ...affected], []);
    return true;
  }

  forget(plant: GardenPath): void {
    const affected = this.index.remove(plant);
    this.emit(affected, [plant]);
  }

  /** Forgets every file below a folder that disappeared. */
  forgetFolder(rel: GardenPath): void {
    const prefix = `${rel}/`;
    const gone = [...this.index.records.keys(), ...this.index.attachments].filter((p) => p.startsWith(prefix));
    for (const p of gone) this.forget(p);
  }

  /**
   * Follows every change to the garden's files (in-app writes and the watcher alike), for
   * in-process indexes such as search. Returns the unsubscribe function.
   */
  subscribe(listener: (changed: GardenPath[], removed: GardenPath[]) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  /**
   * Runs `task` with change notifications held back, then sends what it changed as one event
   * (a rename updates many files at once; views should redraw once). Nested batches join the outer one.
   */
  async batch<T>(task: () => Promise<T>): Promise<T> {
    if (this.pending) return task();
    const pending = { changed: new Set<GardenPath>(), removed: new Set<GardenPath>(), touched: new Set<GardenPath>() };
    this.pending = pending;
    try {
      return await task();
    } finally {
      this.pending = null;
      const removed = [...pending.removed].filter((p) => !this.index.records.has(p) && !this.index.attachments.has(p));
      const gone = new Set(removed);
      this.deliver([...pending.changed].filter((p) => !gone.has(p)), removed, pending.touched);
    }
  }

  /**
   * Sends fresh health for `paths` to the views when something the health model reads
   * besides the files changed (the default cadences): their files did not change, so
   * in-process indexes (search) are not told.
   */
  announceHealth(paths: Iterable<GardenPath>): void {
    const list = [...paths].filter((p) => this.index.records.has(p));
    if (list.length === 0 || !this.hooks.onChange) return;
    this.hooks.onChange(buildDelta(this.index, list, [], [], this.today(), this.healthSettings()));
  }

  private emit(changed: GardenPath[], removed: GardenPath[]): void {
    const touched = this.index.drainTouched();
    if (this.pending) {
      for (const p of changed) this.pending.changed.add(p);
      for (const p of removed) this.pending.removed.add(p);
      for (const p of touched) this.pending.touched.add(p);
      return;
    }
    this.deliver(changed, removed, touched);
  }

  private deliver(changed: GardenPath[], removed: GardenPath[], touched: Set<GardenPath>): void {
    if (changed.length === 0 && removed.length === 0) return;
    for (const listener of this.subscribers) listener(changed, removed);
    if (!this.hooks.onChange) return;
    this.hooks.onChange(buildDelta(this.index, changed, touched, removed, this.today(), this.healthSettings()));
  }

  /**
   * Another indexed file whose path differs from `plant` only in case or Unicode
   * normalisation: such twins collide on Windows and macOS disks (and in sync tools).
   */
  caseTwin(plant: GardenPath, except?: GardenPath): GardenPath | undefined {
    const key = foldPath(plant);
    for (const other of this.index.records.keys()) if (other !== except && foldPath(other) === key) return other;
    for (const other of this.index.attachments) if (other !== except && foldPath(other) === key) return other;
    return undefined;
  }

  /**
   * Runs `task` holding the locks of every path in `keys` (garden paths, as writeNote takes
   * them). Taken in sorted order, so two such callers can never wait for each other.
   */
  async exclusiveAll<T>(keys: Iterable<string>, task: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const take = (i: number): Promise<T> => {
      const key = sorted[i];
      return key === undefined ? task() : this.exclusive(key, () => take(i + 1));
    };
    return take(0);
  }

  /** Serialises operations on one path inside this process. */
  private async exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(task);
    this.locks.set(key, run);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === run) this.locks.delete(key);
    }
  }
}

/** A file's bytes, or why they cannot be read (it vanished after the listing, or the disk failed). */
function readBytes(file: string): Buffer | NodeJS.ErrnoException {
  try {
    return readFileSync(file);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/** Turns a file-system error into a sentence about what did not happen; a save's buffer stays with the caller. */
export function ioError(error: NodeJS.ErrnoException, rel: string, action: 'save' | 'read' | 'trash' = 'save'): GardenError {
  const reason = reasonOf(error);
  if (action === 'read') return new GardenError('io', `Could not read "${rel}": ${reason}.`);
  if (action === 'trash') return new GardenError('io', `Could not move "${rel}" to the trash: ${reason}. It is still where it was.`);
  return new GardenError('io', `Could not save "${rel}": ${reason}. Your text is kept in the editor.`);
}

/** A file-system error in words. */
export function reasonOf(error: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    EACCES: 'permission was denied',
    EPERM: 'the operation is not permitted (the file may be locked or read-only)',
    EBUSY: 'the file is locked by another program',
    EROFS: 'the disk is read-only',
    ENOENT: 'the file or its folder no longer exists',
    EIO: 'the disk reported a read/write error',
  };
  return reasons[error.code ?? ''] ?? error.message;
}

