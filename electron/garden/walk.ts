/**
 * Lists a garden: every file below the root except hidden folders (.git, .obsidian,
 * .garden, .trash). Symlinked files count when their target is inside the garden;
 * symlinked folders are not followed, which makes loops impossible.
 *
 * Synchronous calls in chunks, yielding between chunks: on our bench a promise `stat` per
 * file costs a thread-pool round trip each (212 ms for 11.5k files) where `statSync` takes
 * 65 ms, and a chunk blocks the event loop for only a few milliseconds.
 */
import type { Dirent } from 'node:fs';
import { readdirSync, realpathSync, statSync } from './disk';
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

/** Files handled between two yields to the event loop. */
export const CHUNK = 512;

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function listGarden(root: string): Promise<Listing> {
  const realRoot = realpathSync(root);
  const candidates: string[] = [];
  const staleTemps: string[] = [];
  const dirs = [path.resolve(root)];
  let sinceYield = 0;
  while (dirs.length > 0) {
    const dir = dirs.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: skipped rather than failing the whole garden
    }
    // Concatenated, not path.join: `dir` is already normalised and a name holds no separator,
    // and join's normalising made a third of the listing's garbage (6 MB at 10k files).
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const entry of entries) {
      const absolute = prefix + entry.name;
      if (entry.name.startsWith(TEMP_PREFIX)) {
        staleTemps.push(absolute);
        continue;
      }
      if (isHiddenSegment(entry.name)) continue;
      if (entry.isDirectory()) dirs.push(absolute);
      else if (entry.isFile()) candidates.push(absolute);
      else if (entry.isSymbolicLink()) {
        const target = safeRealpath(absolute);
        if (target && isInside(realRoot, target)) candidates.push(absolute);
      }
    }
    sinceYield += entries.length;
    if (sinceYield >= CHUNK) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  }
  const files: ListedFile[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const file = candidates[i] as string;
    const info = statSync(file, { throwIfNoEntry: false });
    if (info?.isFile()) files.push({ absolute: file, size: info.size, mtimeMs: info.mtimeMs });
    if (i % CHUNK === CHUNK - 1) await yieldToEventLoop();
  }
  return { files, staleTemps };
}

function safeRealpath(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}
