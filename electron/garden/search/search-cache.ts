/**
 * The search cache, `.garden/cache/search.json`: the full-text shards (their typed arrays
 * as base64), with each document's size and mtime, so a reopen reads only the files that
 * changed. One JSON line per shard (a header line first), so saving and loading can yield
 * between shards instead of blocking on one large string. Like the index cache it only ever saves
 * time: a cache that cannot be read is ignored, and the files stay the truth.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GardenPath } from '../../../shared/types';
import { writeFileAtomic } from '../atomic-write';
import { ensureFolderInside } from '../paths';
import { yieldToEventLoop } from '../walk';
import { FIELDS, type SavedShard as SavedPostings } from './posting-shard';

/**
 * Bump when the fields, the word splitting, the folding or the saved shape change, so an
 * old cache is rebuilt from the files, never misread (2: own postings, not MiniSearch's).
 */
export const SEARCH_CACHE_VERSION = 2;
const FORMAT = `pln-search/${SEARCH_CACHE_VERSION}/${FIELDS.join(',')}`;

/** [path, size, mtimeMs] of a document as it was indexed. */
export type SavedDoc = [GardenPath, number, number];

export interface SavedShard {
  docs: SavedDoc[];
  shard: SavedPostings;
}

export function searchCachePath(root: string): string {
  return path.join(root, '.garden', 'cache', 'search.json');
}

export async function writeSearchCache(root: string, shards: Iterable<SavedShard> | AsyncIterable<SavedShard>): Promise<void> {
  const lines = [JSON.stringify({ format: FORMAT })];
  for await (const shard of shards) {
    lines.push(JSON.stringify(shard));
    await yieldToEventLoop();
  }
  const file = searchCachePath(root);
  await ensureFolderInside(root, path.dirname(file));
  await writeFileAtomic(file, lines.join('\n'));
}

/** The saved shards, newest first; empty when there is no usable cache. */
export async function* readSearchCache(root: string): AsyncGenerator<SavedShard> {
  let text: string;
  try {
    text = await readFile(searchCachePath(root), 'utf8');
  } catch {
    return;
  }
  const lines = text.split('\n');
  text = '';
  try {
    if ((JSON.parse(lines[0] ?? '') as { format?: unknown }).format !== FORMAT) return;
  } catch {
    return;
  }
  for (let i = 1; i < lines.length; i += 1) {
    let saved: SavedShard;
    try {
      saved = JSON.parse(lines[i] as string) as SavedShard;
      lines[i] = '';
    } catch {
      return; // a torn or edited file: what was read so far is still good
    }
    if (!Array.isArray(saved?.docs) || typeof saved.shard !== 'object' || saved.shard === null) return;
    yield saved;
    await yieldToEventLoop();
  }
}
