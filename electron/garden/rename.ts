/**
 * Rename and move, with every link that points at the file rewritten: all or nothing.
 *
 * What changes. A link is rewritten when, after the rename, it would no longer point where it
 * pointed before (resolution as the garden's LinkResolver does it, before and after):
 * - links to the renamed file, in every other file and in the file itself (`[[Old#H]]` in Old);
 * - the moved file's own links that its new folder would resolve differently (relative markdown
 *   links, `./` links, and names that Obsidian's "own folder first" rule found);
 * - links elsewhere that the new name would capture (`[[New]]` meaning `deep/New.md` must not
 *   silently start meaning the renamed `New.md`): they are written as paths to what they meant.
 * Links that still resolve to the same file are left byte for byte (a bare `[[Old]]` after a
 * move to another folder, an alias, `[[#Heading]]`). Unresolved links (seeds) are left: a seed
 * named like the new name gets planted by the rename, as creating that note would.
 *
 * How it commits. Every affected file is read and checked against the hash the index holds
 * (a file changed on disk since the garden read it stops the rename), and its new text is
 * checked to still parse. Then each new version goes to a temp file in its own folder (fsync),
 * the note is moved (never over an existing file), and each temp is renamed over its target.
 * Any failure undoes what was done, newest first: original bytes (kept in memory) are written
 * back atomically and the note is moved back, so every file is whole and the garden is as it
 * was. The index is then updated through the one update path, as one change event.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, readFile, realpath, rename, rm, rmdir, stat, unlink, writeNewFile } from './disk';
import path from 'node:path';
import { GardenError, type RenameResult } from '../../shared/api';
import { extractWikilinksFromValue, splitFrontmatter } from '../../shared/links';
import { rewriteLinks } from '../../shared/link-rewrite';
import { LinkResolver } from '../../shared/resolve';
import type { GardenPath } from '../../shared/types';
import { syncDirectory, TEMP_PREFIX, writeFileAtomic } from './atomic-write';
import type { PlantRecord } from './file-record';
import { foldPath, isPlantPath, type Garden } from './garden';
import { mentionKey } from './garden-index';
import { cannotBeWritten, hashBytes, parseFrontmatter } from './parse-file';
import { resolveInside, safeFileStem, toGardenPath } from './paths';

/** The file operations a rename commits with; injected by tests to fail half-way. */
export interface RenameFs {
  /** Writes `bytes` to a new temp file beside `target` (with `mode`) and flushes it to disk; returns the temp path. */
  writeTemp(target: string, bytes: Uint8Array, mode: number | undefined): Promise<string>;
  /** Renames `temp` over `target`. */
  replace(temp: string, target: string): Promise<void>;
  /** Moves `from` to `to`, failing (EEXIST) rather than replacing a file at `to`. */
  move(from: string, to: string): Promise<void>;
}

export const nodeRenameFs: RenameFs = {
  async writeTemp(target, bytes, mode) {
    const temp = path.join(path.dirname(target), `${TEMP_PREFIX}${path.basename(target)}.${randomBytes(6).toString('hex')}`);
    try {
      await writeNewFile(temp, bytes, mode);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
    return temp;
  },
  replace: (temp, target) => rename(temp, target),
  async move(from, to) {
    // link() fails if `to` exists, so an outside file appearing there is never replaced.
    try {
      await link(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw error;
      // A file system without hard links (FAT, some network shares): check, then rename.
      if (await lstat(to).then(() => true, () => false)) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
      await rename(from, to);
      return;
    }
    // Both names now hold the file; if the old one cannot go, take the new one back.
    await unlink(from).catch(async (error: unknown) => {
      await unlink(to).catch(() => undefined);
      throw error;
    });
  },
};

/** Files read, or temp files written, at once. */
const CONCURRENCY = 16;
const utf8WithBom = new TextDecoder('utf-8', { ignoreBOM: true });

interface PlannedWrite {
  /** The file's garden path after the rename. */
  path: GardenPath;
  /** Absolute file written (the real file behind a symlink). */
  target: string;
  /** Permissions of the original, given to the new version. */
  mode: number | undefined;
  before: Uint8Array;
  after: Uint8Array;
}

/** Renames or moves a plant; see the module comment. `newPath` gets `.md` when it has none. */
export async function renamePlant(garden: Garden, rel: string, requested: string, fs: RenameFs = nodeRenameFs): Promise<RenameResult> {
  const root = garden.root;
  const oldAbs = await resolveInside(root, rel);
  const oldPath = toGardenPath(root, oldAbs);
  if (!isPlantPath(oldPath)) throw new GardenError('bad-input', `"${rel}" is an attachment, not a note; only notes can be renamed here.`);
  const oldInfo = await lstat(oldAbs).catch(() => null);
  if (!oldInfo) throw new GardenError('not-found', `"${rel}" does not exist (it may have been moved or deleted).`);
  if (oldInfo.isSymbolicLink()) throw new GardenError('bad-input', `"${oldPath}" is a link to another file; rename the file it points to instead.`);
  if (!oldInfo.isFile()) throw new GardenError('bad-input', `"${rel}" is a folder, not a note.`);

  const { newAbs, newPath } = await checkNewPath(garden, oldPath, requested);
  const caseOnly = foldPath(newPath) === foldPath(oldPath);
  const existing = await lstat(newAbs).catch(() => null);
  // On a case-insensitive disk `b.md` is the same file as `B.md`: that rename is allowed.
  if (existing && !(caseOnly && existing.ino === oldInfo.ino && existing.dev === oldInfo.dev)) {
    throw new GardenError('exists', `"${newPath}" already exists; choose another name.`);
  }
  const twin = garden.caseTwin(newPath, oldPath);
  if (twin) throw new GardenError('exists', `"${twin}" already exists, and names that differ only in case would collide on Windows and macOS; choose another name.`);

  if (!garden.index.records.has(oldPath)) await garden.applyFile(oldAbs);
  const record = garden.index.records.get(oldPath);
  if (!record) throw new GardenError('not-found', `"${oldPath}" could not be read, so it was not renamed.`);

  const plan = planRewrites(garden, record, newPath);
  return garden.exclusiveAll([oldPath, newPath, ...plan.keys()], async () => {
    const writes = await prepareWrites(garden, plan, oldPath, newPath);
    await commit(fs, oldAbs, newAbs, writes, caseOnly);
    await garden.batch(async () => {
      const ownWrite = writes.find((w) => w.path === newPath);
      await garden.applyFile(newAbs, ownWrite?.after);
      garden.forget(oldPath);
      for (const write of writes) if (write.path !== newPath) await garden.applyFile(path.join(root, write.path), write.after);
      // Planned files not written themselves: a symlink to one that was (applyFile skips the unchanged).
      const written = new Set(writes.map((w) => w.path));
      for (const other of plan.keys()) if (other !== newPath && !written.has(other)) await garden.applyFile(path.join(root, other));
    });
    return { path: newPath, rewritten: writes.map((w) => w.path).sort() };
  });
}

// ---- checking the new name ------------------------------------------------------------------------

async function checkNewPath(garden: Garden, oldPath: GardenPath, requested: string): Promise<{ newAbs: string; newPath: GardenPath }> {
  // Names are written in NFC (as safeFileStem makes them): an NFD spelling of the same name is
  // that name, not a name with characters to refuse.
  let wanted = requested.trim().replace(/\\/g, '/').normalize('NFC');
  if (wanted === '' || wanted.endsWith('/')) throw new GardenError('bad-input', 'A new name is required.');
  if (!/\.md$/i.test(wanted)) wanted = `${wanted}.md`;
  const newAbs = await resolveInside(garden.root, wanted);
  const newPath = toGardenPath(garden.root, newAbs);
  const segments = newPath.split('/');
  const fileName = segments.pop() ?? '';
  const stem = fileName.slice(0, -3);
  for (const folder of segments) {
    if (safeFileStem(folder) !== folder) {
      throw new GardenError('bad-input', `The folder name "${folder}" has characters some systems or links cannot use; try "${safeFileStem(folder)}".`);
    }
  }
  if (safeFileStem(stem) !== stem) {
    const reason = stem.trim() === '' ? 'is empty' : 'has characters some systems or links cannot use (such as / \\ : * ? " < > | # ^ [ ])';
    throw new GardenError('bad-input', `The name "${stem}" ${reason}; try "${safeFileStem(stem)}".`);
  }
  if (newPath === oldPath) throw new GardenError('bad-input', `"${oldPath}" already has that name.`);
  for (let dir = path.dirname(newAbs); dir.startsWith(garden.root + path.sep); dir = path.dirname(dir)) {
    const info = await lstat(dir).catch(() => null);
    if (info && !info.isDirectory()) throw new GardenError('bad-input', `"${toGardenPath(garden.root, dir)}" is a file, so it cannot hold "${fileName}".`);
  }
  return { newAbs, newPath };
}

// ---- deciding which links change ------------------------------------------------------------------

interface FilePlan {
  /** Path of the linking file before the rename (and after it, unless it is the renamed file). */
  before: GardenPath;
  after: GardenPath;
  retarget: (target: string) => GardenPath | null;
  resolvesTo: (target: string, to: string) => boolean;
}

/**
 * Which files need their links rewritten, decided on the index alone (no reads): only links
 * whose last segment names the old name, the new name or an alias of the file can change
 * meaning, except in the moved file itself, whose every link is checked from its new folder.
 */
function planRewrites(garden: Garden, record: PlantRecord, newPath: GardenPath): Map<GardenPath, FilePlan> {
  const { index } = garden;
  const oldPath = record.path;
  const names = new Set([mentionKey(oldPath), mentionKey(newPath), ...record.aliases.map(mentionKey)]);
  // Resolution after the rename, for the names it can affect: the files of those names (and
  // those with such aliases) with the renamed file at its new path. Exact for those names.
  const after = new LinkResolver();
  for (const other of index.records.values()) {
    if (other.path !== oldPath && (names.has(mentionKey(other.path)) || other.aliases.some((a) => names.has(mentionKey(a))))) after.upsert(other.path, other.aliases);
  }
  for (const attachment of index.attachments) if (names.has(mentionKey(attachment))) after.upsert(attachment);
  after.upsert(newPath, record.aliases);
  const resolveAfter = (target: string, from: GardenPath): GardenPath | null =>
    names.has(mentionKey(target)) ? after.resolve(target, from) : index.resolve(target, from);

  const plans = new Map<GardenPath, FilePlan>();
  for (const file of index.records.values()) {
    const isRenamed = file.path === oldPath;
    const from = isRenamed ? newPath : file.path;
    const retarget = (target: string): GardenPath | null => {
      const was = index.resolve(target, file.path);
      if (was === null) return null;
      const want = was === oldPath ? newPath : was;
      return resolveAfter(target, from) === want ? null : want;
    };
    const targets = linkTargets(file);
    const changes = targets.some((target) => target !== '' && (isRenamed || names.has(mentionKey(target))) && retarget(target) !== null);
    if (changes) plans.set(from, { before: file.path, after: from, retarget, resolvesTo: (target, to) => resolveAfter(target, from) === to });
  }
  return plans;
}

/** Every link target of a file, including the `about` and `shared_by` values written as unquoted `[[links]]`. */
function linkTargets(file: PlantRecord): string[] {
  const targets = file.links.map((l) => l.target);
  const fieldValues = [...(file.person?.interactions.map((i) => i.about) ?? []), file.source?.sharedBy];
  for (const value of fieldValues) if (typeof value === 'string' && value.includes('[[')) for (const l of extractWikilinksFromValue(value)) targets.push(l.target);
  return targets;
}

// ---- reading, rewriting and checking ----------------------------------------------------------------

async function prepareWrites(garden: Garden, plans: Map<GardenPath, FilePlan>, oldPath: GardenPath, newPath: GardenPath): Promise<PlannedWrite[]> {
  const writes: (PlannedWrite | null)[] = await inPool([...plans.values()], async (plan) => {
    const isRenamed = plan.before === oldPath;
    const record = garden.index.records.get(plan.before);
    const absolute = path.join(garden.root, ...plan.before.split('/'));
    const real = await realpath(absolute).catch((error: NodeJS.ErrnoException) => {
      throw renameIoError(error, plan.before, oldPath);
    });
    const bytes = await readFile(real).catch((error: NodeJS.ErrnoException) => {
      throw renameIoError(error, plan.before, oldPath);
    });
    if (!record || hashBytes(bytes) !== record.hash) {
      throw new GardenError('io', `"${plan.before}" changed on disk since the garden read it, so "${oldPath}" was not renamed. Try again in a moment.`);
    }
    if (record.readOnly || cannotBeWritten(bytes)) {
      // The renamed file keeps its bytes; its own links are then left as they are.
      if (isRenamed) return null;
      throw new GardenError('read-only', `"${plan.before}" links to "${oldPath}" but could not be read cleanly, so its links cannot be rewritten; nothing was renamed. Fix that file first.`);
    }
    const text = utf8WithBom.decode(bytes);
    const rewritten = rewriteLinks(text, { from: plan.after, retarget: plan.retarget, resolvesTo: plan.resolvesTo }).text;
    if (rewritten === text) return null;
    if (parseFrontmatter(splitFrontmatter(rewritten).frontmatter).problem) {
      throw new GardenError('bad-input', `Rewriting the links in the properties of "${plan.before}" would make them unreadable, so nothing was renamed. Change that link by hand, or choose another name.`);
    }
    const target = isRenamed ? path.join(garden.root, ...newPath.split('/')) : real;
    const mode = await stat(real).then((s) => s.mode, () => undefined);
    return { path: plan.after, target, mode, before: bytes, after: Buffer.from(rewritten, 'utf8') };
  });
  // Two indexed paths for one file (a symlink and its target): write it once, as the file itself.
  const byTarget = new Map<string, PlannedWrite>();
  for (const write of writes) {
    if (!write) continue;
    const other = byTarget.get(write.target);
    if (!other || path.join(garden.root, ...write.path.split('/')) === write.target) byTarget.set(write.target, write);
  }
  return [...byTarget.values()];
}

// ---- committing, and undoing on failure -------------------------------------------------------------

async function commit(fs: RenameFs, oldAbs: string, newAbs: string, writes: PlannedWrite[], caseOnly: boolean): Promise<void> {
  const undo: (() => Promise<void>)[] = [];
  const temps = new Map<PlannedWrite, string>();
  let createdDir: string | undefined;
  try {
    createdDir = await mkdir(path.dirname(newAbs), { recursive: true });
    await inPool(writes, async (write) => {
      temps.set(write, await fs.writeTemp(write.target, write.after, write.mode));
    });
    // A case-only rename on a case-insensitive disk renames a file onto itself: only rename() does that.
    if (caseOnly) await rename(oldAbs, newAbs);
    else await fs.move(oldAbs, newAbs);
    undo.push(() => rename(newAbs, oldAbs));
    for (const write of writes) {
      await fs.replace(temps.get(write) as string, write.target);
      temps.delete(write);
      undo.push(() => writeFileAtomic(write.target, write.before));
    }
    const dirs = new Set([path.dirname(oldAbs), path.dirname(newAbs), ...writes.map((w) => path.dirname(w.target))]);
    for (const dir of dirs) await syncDirectory(dir);
  } catch (error) {
    const failedUndo: string[] = [];
    for (const step of undo.reverse()) await step().catch((e: unknown) => failedUndo.push(String(e)));
    for (const temp of temps.values()) await rm(temp, { force: true }).catch(() => undefined);
    if (createdDir) await removeEmptyDirs(path.dirname(newAbs), path.dirname(createdDir));
    const rel = path.basename(oldAbs);
    if (failedUndo.length > 0) {
      throw new GardenError('io', `Renaming "${rel}" failed and ${failedUndo.length} file(s) could not be put back (${failedUndo[0] ?? ''}). Check the garden folder before editing further.`);
    }
    if (error instanceof GardenError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new GardenError('exists', `Something was created at the new name meanwhile, so "${rel}" was not renamed.`);
    throw new GardenError('io', `Could not rename "${rel}": ${describeFsError(error)}. Every file is as it was.`);
  }
}

/** Removes `dir` and its parents up to (not including) `stop` while they are empty. */
async function removeEmptyDirs(dir: string, stop: string): Promise<void> {
  for (let current = dir; current !== stop && current.startsWith(stop); current = path.dirname(current)) {
    if (!(await rmdir(current).then(() => true, () => false))) return;
  }
}

function describeFsError(error: unknown): string {
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    EACCES: 'permission was denied',
    EPERM: 'the operation is not permitted (a file may be locked or read-only)',
    EBUSY: 'a file is locked by another program',
    EROFS: 'the disk is read-only',
    ENOENT: 'a file or folder disappeared meanwhile',
    EIO: 'the disk reported a read/write error',
  };
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

function renameIoError(error: NodeJS.ErrnoException, file: GardenPath, oldPath: GardenPath): GardenError {
  if (error.code === 'ENOENT') return new GardenError('io', `"${file}" disappeared while renaming "${oldPath}"; nothing was renamed. Try again.`);
  return new GardenError('io', `Could not read "${file}" to rewrite its links (${error.code ?? error.message}); nothing was renamed.`);
}

/** Runs `task` over `items`, at most CONCURRENCY at a time; results in input order. */
async function inPool<T, R>(items: T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < items.length && failure === null) {
      const i = next++;
      try {
        results[i] = await task(items[i] as T);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  if (failure !== null) throw failure;
  return results;
}
