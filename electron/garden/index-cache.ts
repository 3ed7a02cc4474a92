/**
 * The index cache under `.garden/cache/`: each file's record keyed by path, size and mtime,
 * so reopening a garden reads no file that did not change. It is large and rewritten whole,
 * written atomically, not a lowdb file. A cache that cannot be read is simply ignored (it
 * only ever saves time; the files are the truth).
 *
 * It also keeps how every link resolved. Resolution depends only on the set of file paths
 * and the plants' aliases (shared/resolve.ts), so when a reopen finds exactly the cached
 * files, unchanged, the link graph is restored as it was instead of resolved again: that
 * was most of a warm open's work beyond listing the folder.
 *
 * The format is made to decode fast, since decoding is most of a warm open beyond the
 * listing: a small binary header, the records as JSON with one positional array per record
 * (links flattened into it, empty lists as 0), then the resolution as raw little-endian
 * int32s. At 10k notes that JSON parses in ~12 ms where v8.deserialize of the same records
 * took ~30 ms and left a 60% larger heap, and restoring the records this way makes one
 * shared empty array instead of four arrays per record.
 */
import { readFileSync, rm } from './disk';
import { ensureFolderInside } from './paths';
import path from 'node:path';
import type { FileProblem, GardenPath, GoalFields, PersonFields, SourceFields } from '../../shared/types';
import { writeFileAtomic } from './atomic-write';
import type { PlantRecord, RecordedLink } from './file-record';

/** Bump when PlantRecord, parsing or the file's layout changes, so old caches are not trusted (4: this layout). */
export const CACHE_VERSION = 4;

/** First bytes of the file ("PLNI"), so any other file is told apart before parsing. */
const MAGIC = 0x494e4c50;
/** Magic, version, JSON byte length: uint32 LE each. */
const HEADER_BYTES = 12;

/** How every link of the cached records resolved, in record order then link order. */
export interface CachedGraph {
  /** The attachments (non-.md files) the links could resolve to, as they were. */
  attachments: GardenPath[];
  /** Index into records (by position) then attachments; -1 for a seed (unresolved). */
  resolved: Int32Array;
}

export interface IndexCache {
  /** Records in the order `graph.resolved` follows. */
  order: PlantRecord[];
  /**
   * Each record's place in `order`, by path. Positions rather than records, so a restored
   * graph can use this very Map for its own (see GardenIndex.loadResolved): one 10k-entry
   * Map fewer to build at open.
   */
  positions: Map<GardenPath, number>;
  graph: CachedGraph | null;
}

/**
 * One record as stored: [path, size, mtimeMs, hash, kind, title, aliases, tags, created,
 * portfolio, person, source, goal, problems, readOnly (1/0), links], where an empty list
 * or an absent person/source/goal is 0 and links are flat triples [target, flags, line]
 * (flags: 1 embed, 2 markdown).
 */
type StoredRecord = [
  GardenPath, number, number, string, PlantRecord['kind'], string, string[] | 0, string[] | 0, PlantRecord['created'],
  PlantRecord['portfolio'], PersonFields | 0, SourceFields | 0, GoalFields | 0, FileProblem[] | 0, 0 | 1, (string | number)[] | 0,
];

interface StoredBody {
  records: StoredRecord[];
  /** The graph's attachments; null when no graph was written. */
  attachments: GardenPath[] | null;
}

/**
 * The one empty list restored records share (most records have no aliases or problems).
 * Frozen, so code that wrongly mutated a record's list would throw instead of changing
 * every record at once; nothing mutates them (records are replaced whole).
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

const EMPTY: IndexCache = { order: [], positions: new Map(), graph: null };

export function cachePath(root: string): string {
  return path.join(root, '.garden', 'cache', 'index.bin');
}

/** Where the v8-serialised cache (versions 1–3) was kept: removed when the new one is written. */
function legacyCachePath(root: string): string {
  return path.join(root, '.garden', 'cache', 'index.v8');
}

/**
 * Read in one synchronous call: a few milliseconds even at 50k notes, where the promise
 * form reads in 512 KB rounds through the thread pool, one event-loop turn each.
 */
export async function readIndexCache(root: string): Promise<IndexCache> {
  try {
    return decodeCache(readFileSync(cachePath(root)));
  } catch {
    return EMPTY;
  }
}

/** The cache in `bytes`, or the empty cache when they are not a whole cache of this version. */
export function decodeCache(bytes: Uint8Array): IndexCache {
  try {
    return decode(bytes);
  } catch {
    return EMPTY; // JSON that does not parse, or records of the wrong shape
  }
}

function decode(bytes: Uint8Array): IndexCache {
  if (bytes.length < HEADER_BYTES) return EMPTY;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== CACHE_VERSION) return EMPTY;
  const jsonEnd = HEADER_BYTES + view.getUint32(8, true);
  if (jsonEnd > bytes.length) return EMPTY;
  const body = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', HEADER_BYTES, jsonEnd)) as StoredBody;
  if (!Array.isArray(body?.records)) return EMPTY;
  const order = new Array<PlantRecord>(body.records.length);
  const positions = new Map<GardenPath, number>();
  let linkCount = 0;
  for (let i = 0; i < order.length; i += 1) {
    const record = restoreRecord(body.records[i] as StoredRecord);
    if (record === null) return EMPTY;
    order[i] = record;
    positions.set(record.path, i);
    linkCount += record.links.length;
  }
  let graph: CachedGraph | null = null;
  if (Array.isArray(body.attachments)) {
    // The resolution fills the rest of the file exactly; anything else is a damaged file.
    const tail = alignedEnd(jsonEnd);
    if (bytes.length !== tail + linkCount * 4) return EMPTY;
    const resolved = new Int32Array(linkCount);
    for (let i = 0; i < linkCount; i += 1) resolved[i] = view.getInt32(tail + i * 4, true);
    graph = { attachments: body.attachments, resolved };
  } else if (bytes.length !== jsonEnd) return EMPTY;
  return { order, positions, graph };
}

/** Builds the record in the property order parsePlantFile gives it (one hidden class for both); null when malformed. */
function restoreRecord(stored: StoredRecord): PlantRecord | null {
  if (!Array.isArray(stored) || stored.length !== 16 || typeof stored[0] !== 'string' || typeof stored[1] !== 'number' || typeof stored[2] !== 'number') return null;
  const flat = stored[15];
  let links: RecordedLink[] = NONE;
  if (flat !== 0) {
    links = new Array<RecordedLink>(flat.length / 3);
    for (let k = 0; k < links.length; k += 1) {
      const flags = flat[3 * k + 1] as number;
      links[k] = { target: flat[3 * k] as string, embed: (flags & 1) !== 0, line: flat[3 * k + 2] as number, markdown: (flags & 2) !== 0 };
    }
  }
  const aliases = stored[6] === 0 ? NONE : stored[6];
  const tags = stored[7] === 0 ? NONE : stored[7];
  const problems = stored[13] === 0 ? NONE : stored[13];
  const readOnly = stored[14] === 1;
  const [path, size, mtimeMs, hash, kind, title] = stored;
  const [created, portfolio, person, source, goal] = [stored[8], stored[9], stored[10], stored[11], stored[12]];
  // Literals, not spreads of optional parts: spreading took a third of this function's time.
  if (source === 0 && goal === 0) {
    if (person === 0) return { path, size, mtimeMs, hash, kind, title, aliases, tags, created, portfolio, problems, readOnly, links };
    return { path, size, mtimeMs, hash, kind, title, aliases, tags, created, portfolio, person, problems, readOnly, links };
  }
  if (person === 0 && goal === 0 && source !== 0) return { path, size, mtimeMs, hash, kind, title, aliases, tags, created, portfolio, source, problems, readOnly, links };
  if (person === 0 && source === 0 && goal !== 0) return { path, size, mtimeMs, hash, kind, title, aliases, tags, created, portfolio, goal, problems, readOnly, links };
  return {
    path, size, mtimeMs, hash, kind, title, aliases, tags, created, portfolio,
    ...(person !== 0 ? { person } : {}),
    ...(source !== 0 ? { source } : {}),
    ...(goal !== 0 ? { goal } : {}),
    problems, readOnly, links,
  };
}

function storeRecord(r: PlantRecord): StoredRecord {
  const list = <T>(items: T[]): T[] | 0 => (items.length === 0 ? 0 : items);
  const flat: (string | number)[] = [];
  for (const link of r.links) flat.push(link.target, (link.embed ? 1 : 0) | (link.markdown ? 2 : 0), link.line);
  return [
    r.path, r.size, r.mtimeMs, r.hash, r.kind, r.title, list(r.aliases), list(r.tags), r.created, r.portfolio,
    r.person ?? 0, r.source ?? 0, r.goal ?? 0, list(r.problems), r.readOnly ? 1 : 0, flat.length === 0 ? 0 : flat,
  ];
}

const alignedEnd = (offset: number): number => (offset + 3) & ~3;

/** The file `decodeCache` reads back. */
export function encodeCache(records: readonly PlantRecord[], graph: CachedGraph | null): Buffer {
  const body: StoredBody = { records: records.map(storeRecord), attachments: graph ? graph.attachments : null };
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  const jsonEnd = HEADER_BYTES + json.length;
  const size = graph ? alignedEnd(jsonEnd) + graph.resolved.length * 4 : jsonEnd;
  const out = Buffer.alloc(size);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, CACHE_VERSION, true);
  view.setUint32(8, json.length, true);
  json.copy(out, HEADER_BYTES);
  if (graph) {
    const tail = alignedEnd(jsonEnd);
    graph.resolved.forEach((target, i) => view.setInt32(tail + i * 4, target, true));
  }
  return out;
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
  await ensureFolderInside(root, path.dirname(file));
  const list = [...records];
  const graph = linkGraph ? encodeGraph(list, [...linkGraph.attachments], linkGraph.resolve) : null;
  await writeFileAtomic(file, encodeCache(list, graph));
  await rm(legacyCachePath(root), { force: true }).catch(() => undefined);
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
