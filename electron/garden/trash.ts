/**
 * The trash view: what `Garden.trash` moved to `.garden/trash/<stamp>/<original path>`, and
 * putting it back. A restore never replaces anything: if a file is at the original path now,
 * it stops with a readable 'exists' error, and the trashed copy stays where it is.
 */
import { link, lstat, readdir, rename, rmdir, stat, unlink } from './disk';
import path from 'node:path';
import { GardenError, type TrashEntry } from '../../shared/api';
import type { GardenPath } from '../../shared/types';
import { syncDirectory, TEMP_PREFIX } from './atomic-write';
import type { Garden } from './garden';
import { ensureFolderInside, resolveInside, toGardenPath } from './paths';

const TRASH = ['.garden', 'trash'] as const;

/** The stamp Garden.trash writes: an ISO time with ':' and '.' made '-', maybe a `-N` suffix. */
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?$/;

/** When a stamp folder says it was deleted; null when its name is not a stamp. */
export function parseTrashStamp(stamp: string): { deletedAt: string; sequence: number } | null {
  const match = STAMP.exec(stamp);
  if (!match) return null;
  const [, date, h, m, s, ms, n] = match;
  const iso = `${date}T${h}:${m}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(iso))) return null;
  return { deletedAt: iso, sequence: n ? Number(n) : 1 };
}

/** Every file in the trash, newest first. */
export async function listTrash(garden: Garden): Promise<TrashEntry[]> {
  const trashDir = path.join(garden.root, ...TRASH);
  const stamps = await readdir(trashDir, { withFileTypes: true }).catch(() => []);
  const entries: (TrashEntry & { sequence: number })[] = [];
  for (const stamp of stamps) {
    if (!stamp.isDirectory()) continue;
    const stampDir = path.join(trashDir, stamp.name);
    const parsed = parseTrashStamp(stamp.name);
    // A folder someone else put in the trash: dated by its modification time.
    const deletedAt = parsed?.deletedAt ?? (await stat(stampDir).then((s) => s.mtime.toISOString(), () => new Date(0).toISOString()));
    for (const file of await filesBelow(stampDir)) {
      const original = path.relative(stampDir, file).split(path.sep).join('/');
      entries.push({
        trashPath: toGardenPath(garden.root, file),
        originalPath: original as GardenPath,
        deletedAt,
        sequence: parsed?.sequence ?? 0,
      });
    }
  }
  entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.sequence - a.sequence || a.originalPath.localeCompare(b.originalPath));
  return entries.map(({ trashPath, originalPath, deletedAt }) => ({ trashPath, originalPath, deletedAt }));
}

async function filesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith(TEMP_PREFIX)) continue;
      const absolute = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(absolute);
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(absolute);
    }
  }
  return out;
}

/** Moves a trashed file back to where it was; returns its garden path. */
export async function restoreFromTrash(garden: Garden, trashPath: string): Promise<GardenPath> {
  const segments = trashPath.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
  if (segments[0] !== TRASH[0] || segments[1] !== TRASH[1] || segments.length < 4) {
    throw new GardenError('bad-input', `"${trashPath}" is not a file in the trash (.garden/trash/<time>/<path>).`);
  }
  const source = await resolveInside(garden.root, segments.join('/'), { allowHidden: true });
  const original = segments.slice(3).join('/');
  // The original path is checked like any path the API receives (no hidden folders, no '..').
  const destination = await resolveInside(garden.root, original).catch((error: unknown) => {
    if (error instanceof GardenError) throw new GardenError(error.code, `This file cannot go back to "${original}": ${error.message}`);
    throw error;
  });
  const plant = toGardenPath(garden.root, destination);
  const info = await lstat(source).catch(() => null);
  if (!info) throw new GardenError('not-found', `"${trashPath}" is no longer in the trash.`);
  if (!info.isFile() && !info.isSymbolicLink()) throw new GardenError('bad-input', `"${trashPath}" is a folder, not a trashed file.`);

  return garden.exclusiveAll([plant], async () => {
    if (await lstat(destination).then(() => true, () => false)) {
      throw new GardenError('exists', `"${plant}" exists now, so the trashed copy was not restored over it. Rename or move that file first.`);
    }
    const key = plant.normalize('NFC').toLowerCase();
    const twin = [...garden.index.records.keys(), ...garden.index.attachments].find((p) => p.normalize('NFC').toLowerCase() === key);
    if (twin) throw new GardenError('exists', `"${twin}" exists now, and its name differs only in case; rename it first, then restore.`);
    await ensureFolderInside(garden.root, path.dirname(destination));
    await moveNoClobber(source, destination, info.isSymbolicLink()).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw new GardenError('exists', `"${plant}" exists now, so the trashed copy was not restored over it.`);
      throw new GardenError('io', `Could not restore "${plant}": ${error.code ?? error.message}. It is still in the trash.`);
    });
    await syncDirectory(path.dirname(destination));
    await removeEmptyParents(path.dirname(source), path.join(garden.root, ...TRASH));
    await garden.applyFile(destination);
    return plant;
  });
}

/** link() then unlink(): fails with EEXIST instead of replacing. Symlinks and link-less disks: check, then rename. */
async function moveNoClobber(from: string, to: string, isSymlink: boolean): Promise<void> {
  if (!isSymlink) {
    try {
      await link(from, to);
      await unlink(from);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    }
  }
  if (await lstat(to).then(() => true, () => false)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
  await rename(from, to);
}

/** Removes the emptied folders of a restored file, up to (not including) `stop`. */
async function removeEmptyParents(dir: string, stop: string): Promise<void> {
  for (let current = dir; current !== stop && current.startsWith(stop + path.sep); current = path.dirname(current)) {
    if (!(await rmdir(current).then(() => true, () => false))) return;
  }
}
