/**
 * Durable, atomic file writes: a killed process leaves the old bytes or the new bytes,
 * never a mix. Write a temp file in the same folder, fsync it, rename over the target,
 * fsync the folder so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { readdir, realpath, rename, rm, stat, syncFolder, writeNewFile } from './disk';
import path from 'node:path';

/** Temp files are recognisable so the next open can remove what a killed save left behind. */
export const TEMP_PREFIX = '.pln-tmp-';

export async function writeFileAtomic(requested: string, data: string | Uint8Array): Promise<void> {
  // Through a symlink, write its target: renaming over the link would replace it with a copy.
  const target = await realpath(requested).catch(() => requested);
  const dir = path.dirname(target);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}.${randomBytes(6).toString('hex')}`);
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode;
  } catch {
    mode = undefined;
  }
  try {
    await writeNewFile(temp, data, mode);
  } catch (error) {
    // A disk that filled up half-way leaves a partial temp file: never leave it behind.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** fsync of a directory is not supported everywhere (Windows); failing it is not data loss. */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    await syncFolder(dir);
  } catch {
    // best effort: the rename has happened; only its durability across power loss is weaker
  }
}

/** Removes temp files a killed save left in `dirs`; returns how many were removed. */
export async function removeStaleTempFiles(dirs: Iterable<string>): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith(TEMP_PREFIX)) {
        await rm(path.join(dir, name), { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}
