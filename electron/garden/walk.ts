/**
 * Lists a garden: every file below the root except hidden folders (.git, .obsidian,
 * .garden, .trash). Symlinked files count when their target is inside the garden;
 * symlinked folders are not followed, which makes loops impossible.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_PREFIX } from './atomic-write';
import { isHiddenSegment, isInside } from './paths';

export interface ListedFile {
  absolute: string;
  size: number;
  mtimeMs: number;
}

export interface Listing {
  files: ListedFile[];
  /** Temp files left by a killed save (hidden, so never listed as files). */
  staleTemps: string[];
}

const STAT_BATCH = 128;

export async function listGarden(root: string): Promise<Listing> {
  const realRoot = await realpath(root);
  const candidates: string[] = [];
  const staleTemps: string[] = [];
  const dirs = [root];
  while (dirs.length > 0) {
    const dir = dirs.pop() as string;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: skipped rather than failing the whole garden
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.name.startsWith(TEMP_PREFIX)) {
        staleTemps.push(absolute);
        continue;
      }
      if (isHiddenSegment(entry.name)) continue;
      if (entry.isDirectory()) dirs.push(absolute);
      else if (entry.isFile()) candidates.push(absolute);
      else if (entry.isSymbolicLink()) {
        const target = await realpath(absolute).catch(() => null);
        if (target && isInside(realRoot, target)) candidates.push(absolute);
      }
    }
  }
  const files: ListedFile[] = [];
  for (let i = 0; i < candidates.length; i += STAT_BATCH) {
    const batch = candidates.slice(i, i + STAT_BATCH);
    const stats = await Promise.all(batch.map((file) => stat(file).catch(() => null)));
    stats.forEach((s, j) => {
      if (s?.isFile()) files.push({ absolute: batch[j] as string, size: s.size, mtimeMs: s.mtimeMs });
    });
  }
  return { files, staleTemps };
}
