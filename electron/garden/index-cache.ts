/**
 * The index cache under `.garden/cache/`: each file's record keyed by path, size and mtime,
 * so reopening a garden reads no file that did not change. It is large and rewritten whole,
 * so it is a v8-serialised blob written atomically, not a lowdb file. A cache that cannot be
 * read is simply ignored (it only ever saves time; the files are the truth).
 */
import { readFile } from './disk';
import { ensureFolderInside } from './paths';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from './atomic-write';
import type { PlantRecord } from './file-record';

/** Bump when PlantRecord or parsing changes shape, so old caches are not trusted. */
export const CACHE_VERSION = 1;

interface CacheFile {
  version: number;
  records: PlantRecord[];
}

export function cachePath(root: string): string {
  return path.join(root, '.garden', 'cache', 'index.v8');
}

export async function readIndexCache(root: string): Promise<Map<string, PlantRecord>> {
  try {
    const data = deserialize(await readFile(cachePath(root))) as CacheFile;
    if (data?.version !== CACHE_VERSION || !Array.isArray(data.records)) return new Map();
    return new Map(data.records.map((r) => [r.path, r]));
  } catch {
    return new Map();
  }
}

export async function writeIndexCache(root: string, records: Iterable<PlantRecord>): Promise<void> {
  const file = cachePath(root);
  await ensureFolderInside(root, path.dirname(file));
  const data: CacheFile = { version: CACHE_VERSION, records: [...records] };
  await writeFileAtomic(file, serialize(data));
}
