/**
 * The index cache under `.garden/cache/`: each file's record keyed by path, size and mtime,
 * so reopening a garden reads no file that did not change. It is large and rewritten whole,
 * so it is a v8-serialised blob written atomically, not a lowdb file. A cache that cannot be
 * read is simply ignored (it only ever saves time; the files are the truth).
 *
 * It also keeps how every link resolved. Resolution depends only on the set of file paths
 * and the plants' aliases (shared/resolve.ts), so when a reopen finds exactly the cached
 * files, unchanged, the link graph is restored as it was instead of resolved again: that
 * was most of a warm open's work beyond listing the folder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { mkdir } from 'node:fs/promises';
import type { GardenPath } from '../../shared/types';
import { writeFileAtomic } from './atomic-write';
import type { PlantRecord } from './file-record';

/** Bump when PlantRecord, parsing or the graph's shape changes, so old caches are not trusted. */
export const CACHE_VERSION = 2;

/** How every link of the cached records resolved, in record order then link order. */
export interface CachedGraph {
  /** The attachments (non-.md files) the links could resolve to, as they were. */
  attachments: GardenPath[];
  /** Index into records (by position) then attachments; -1 for a seed (unresolved). */
  resolved: Int32Array;
}

interface CacheFile {
  version: number;
  records: PlantRecord[];
  graph: CachedGraph | null;
}

export interface IndexCache {
  records: Map<string, PlantRecord>;
  /** Records in the order `graph.resolved` follows. */
  order: PlantRecord[];
  graph: CachedGraph | null;
}

const EMPTY: IndexCache = { records: new Map(), order: [], graph: null };

export function cachePath(root: string): string {
  return path.join(root, '.garden', 'cache', 'index.v8');
}

export async function readIndexCache(root: string): Promise<IndexCache> {
  try {
    const data = deserialize(await readFile(cachePath(root))) as CacheFile;
    if (data?.version !== CACHE_VERSION || !Array.isArray(data.records)) return EMPTY;
    const graph = data.graph && data.graph.resolved instanceof Int32Array && Array.isArray(data.graph.attachments) ? data.graph : null;
    return { records: new Map(data.records.map((r) => [r.path, r])), order: data.records, graph };
  } catch {
    return EMPTY;
  }
}

/**
 * Writes the records and, when `resolve` is given, how each of their links resolves now
 * (`resolve` is the index's own resolution, so the restored graph is the one it would build).
 */
export async function writeIndexCache(
  root: string,
  records: Iterable<PlantRecord>,
  linkGraph?: { attachments: Iterable<GardenPath>; resolve: (target: string, from: GardenPath) => GardenPath | null },
): Promise<void> {
  const file = cachePath(root);
  await mkdir(path.dirname(file), { recursive: true });
  const list = [...records];
  const data: CacheFile = { version: CACHE_VERSION, records: list, graph: linkGraph ? encodeGraph(list, [...linkGraph.attachments], linkGraph.resolve) : null };
  await writeFileAtomic(file, serialize(data));
}

function encodeGraph(records: PlantRecord[], attachments: GardenPath[], resolve: (target: string, from: GardenPath) => GardenPath | null): CachedGraph {
  const position = new Map<GardenPath, number>();
  records.forEach((r, i) => position.set(r.path, i));
  attachments.forEach((a, i) => position.set(a, records.length + i));
  let count = 0;
  for (const record of records) count += record.links.length;
  const resolved = new Int32Array(count);
  let at = 0;
  for (const record of records) {
    for (const link of record.links) {
      const target = resolve(link.target, record.path);
      resolved[at++] = target === null ? -1 : (position.get(target) ?? -1);
    }
  }
  return { attachments, resolved };
}

/**
 * The cached graph, when it still holds: the garden has exactly the cached records, all
 * unchanged, and the same attachments. Otherwise null (the index resolves afresh).
 */
export function reusableGraph(cache: IndexCache, records: readonly PlantRecord[], allFromCache: boolean, attachments: readonly GardenPath[]): CachedGraph | null {
  const graph = cache.graph;
  if (!graph || !allFromCache || records.length !== cache.order.length || attachments.length !== graph.attachments.length) return null;
  const cachedAttachments = new Set(graph.attachments);
  return attachments.every((a) => cachedAttachments.has(a)) ? graph : null;
}
