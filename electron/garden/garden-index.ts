/**
 * The in-memory index of a garden: records, the resolved link graph, backlinks and seeds.
 *
 * Design: updates are incremental and explicit. A file's own links are re-resolved when
 * its content changes. When a file appears, disappears or changes its aliases, the only
 * links whose resolution can change are those whose last path segment (or whole target)
 * names it, so we keep `mentionsByKey` (key → files that link with that key) and re-link
 * just those files. This keeps one changed file O(its links + files naming it), not O(garden).
 */
import { LinkResolver, seedKey } from '../../shared/resolve';
import type { GardenPath } from '../../shared/types';
import type { PlantRecord } from './file-record';
import type { CachedGraph } from './index-cache';

/** The key under which a link target is filed: its last segment, without case or .md. */
export function mentionKey(target: string): string {
  const cut = Math.max(target.lastIndexOf('/'), target.lastIndexOf('\\'));
  return seedKey(cut < 0 ? target : target.slice(cut + 1));
}

/** Filed like link targets (last segment), so an alias such as "TCP/IP" meets [[TCP/IP]] under "ip". */
function nameKeys(path: GardenPath, aliases: readonly string[]): string[] {
  return [mentionKey(path), ...aliases.map((a) => mentionKey(a))];
}

export class GardenIndex {
  readonly records = new Map<GardenPath, PlantRecord>();
  readonly attachments = new Set<GardenPath>();
  private readonly resolver = new LinkResolver();
  /**
   * False after `loadResolved`: the restored graph needs no resolving, so the resolver's
   * name index (a sixth of a warm open at 10k notes) is built on the first call that needs
   * it (`ensureResolver`), such as opening a note or the first edit, not before the first paint.
   */
  private resolverReady = true;
  /** source → resolved targets (plants and attachments), distinct. */
  private readonly outgoing = new Map<GardenPath, Set<GardenPath>>();
  /** target → sources linking to it. */
  private readonly incoming = new Map<GardenPath, Set<GardenPath>>();
  /** The graph as `loadResolved` restored it, until the first update; then null (see `thaw`). */
  private frozen: Frozen | null = null;
  /** source → unresolved targets as written (seedKey → first spelling). */
  private readonly unresolved = new Map<GardenPath, Map<string, string>>();
  private readonly mentionsByKey = new Map<string, Set<GardenPath>>();
  /** source → the mention keys it is filed under (so dropping them is O(its links)). */
  private readonly keysBySource = new Map<GardenPath, string[]>();
  private touched = new Set<GardenPath>();
  /** Off during a bulk load: nothing is shown yet, so nothing needs re-sending. */
  private tracking = true;
  /**
   * The mention index only serves incremental updates, so a bulk load skips it and the
   * first update builds it from the records (a third of the load's work, paid once later).
   */
  private mentionsReady = true;

  get plantCount(): number {
    return this.records.size;
  }

  /** Loads many records at once (opening a garden): register names first, then link once. */
  load(records: Iterable<PlantRecord>, attachments: Iterable<GardenPath>): void {
    this.ensureResolver();
    for (const path of attachments) {
      this.attachments.add(path);
      this.resolver.upsert(path);
    }
    const all = [...records];
    for (const record of all) {
      this.records.set(record.path, record);
      this.resolver.upsert(record.path, record.aliases);
    }
    this.tracking = false;
    this.mentionsReady = false;
    for (const record of all) this.relink(record.path);
    this.tracking = true;
  }

  /**
   * Loads records with the resolution of their links as the cache recorded it (see
   * index-cache.ts for when that still holds): the same graph as `load`, without resolving.
   * The graph is kept as flat arrays (`Frozen`) rather than a Set per file and per target:
   * at 10k notes those 20k+ Sets were most of this step and much of the open's garbage
   * collection. The first update turns it into the Sets that updates work on (`thaw`).
   */
  loadResolved(records: readonly PlantRecord[], graph: CachedGraph, positions?: Map<GardenPath, number>): void {
    for (const path of graph.attachments) this.attachments.add(path);
    this.resolverReady = false;
    const paths: GardenPath[] = new Array<GardenPath>(records.length + graph.attachments.length);
    // The cache's own Map of positions when given (each record's index in `records`), so
    // none is built twice; the attachments' positions follow the records'.
    const position = positions ?? new Map<GardenPath, number>();
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i] as PlantRecord;
      this.records.set(record.path, record);
      paths[i] = record.path;
      if (!positions) position.set(record.path, i);
    }
    graph.attachments.forEach((a, i) => {
      paths[records.length + i] = a;
      position.set(a, records.length + i);
    });
    this.mentionsReady = false;
    const count = paths.length;
    const resolved = graph.resolved;
    // Distinct targets per source, in link order: `seenBy[t] === source + 1` marks t as taken.
    const seenBy = new Int32Array(count);
    const outStart = new Int32Array(records.length + 1);
    const linkStart = new Int32Array(records.length + 1);
    const outTargets = new Int32Array(resolved.length);
    const inCount = new Int32Array(count + 1);
    let at = 0;
    let out = 0;
    for (let source = 0; source < records.length; source += 1) {
      outStart[source] = out;
      linkStart[source] = at;
      const record = records[source] as PlantRecord;
      let missing: Map<string, string> | undefined;
      for (const link of record.links) {
        const target = resolved[at++] ?? -1;
        if (target >= 0 && target < count) {
          if (seenBy[target] === source + 1) continue;
          seenBy[target] = source + 1;
          outTargets[out++] = target;
          inCount[target + 1] = (inCount[target + 1] as number) + 1;
        } else {
          const seed = seedKey(link.target);
          missing ??= new Map();
          if (!missing.has(seed)) missing.set(seed, link.target);
        }
      }
      if (missing) this.unresolved.set(record.path, missing);
    }
    outStart[records.length] = out;
    linkStart[records.length] = at;
    // Sources per target by counting sort, so each target's sources keep record order.
    const inStart = new Int32Array(count + 1);
    for (let t = 0; t < count; t += 1) inStart[t + 1] = (inStart[t] as number) + (inCount[t + 1] as number);
    const fill = inStart.slice(0, count);
    const inSources = new Int32Array(out);
    for (let source = 0; source < records.length; source += 1) {
      for (let k = outStart[source] as number; k < (outStart[source + 1] as number); k += 1) {
        const target = outTargets[k] as number;
        inSources[fill[target] as number] = source;
        fill[target] = (fill[target] as number) + 1;
      }
    }
    this.frozen = { paths, position, outStart, outTargets: outTargets.slice(0, out), inStart, inSources, linkStart, resolved };
  }

  /** Registers every file's names with the resolver, once, after `loadResolved` skipped it. */
  private ensureResolver(): void {
    if (this.resolverReady) return;
    this.resolverReady = true;
    for (const path of this.attachments) this.resolver.upsert(path);
    for (const record of this.records.values()) this.resolver.upsert(record.path, record.aliases);
  }

  /** Turns the graph `loadResolved` kept as arrays into the Sets updates work on. */
  private thaw(): void {
    const frozen = this.frozen;
    if (!frozen) return;
    this.frozen = null;
    for (let source = 0; source < frozen.outStart.length - 1; source += 1) {
      const targets = new Set<GardenPath>(frozenRange(frozen, frozen.outStart, frozen.outTargets, source));
      this.outgoing.set(frozen.paths[source] as GardenPath, targets);
    }
    for (let target = 0; target < frozen.paths.length; target += 1) {
      if (frozen.inStart[target] === frozen.inStart[target + 1]) continue;
      this.incoming.set(frozen.paths[target] as GardenPath, new Set(frozenRange(frozen, frozen.inStart, frozen.inSources, target)));
    }
  }

  /** Files every source under the keys of its links (see `mentionsReady`). */
  private ensureMentions(): void {
    if (this.mentionsReady) return;
    this.mentionsReady = true;
    for (const record of this.records.values()) this.fileMentions(record.path, record.links);
  }

  private fileMentions(source: GardenPath, links: PlantRecord['links']): void {
    const keys: string[] = [];
    for (const link of links) {
      const key = mentionKey(link.target);
      if (keys.includes(key)) continue;
      keys.push(key);
      let mentions = this.mentionsByKey.get(key);
      if (!mentions) this.mentionsByKey.set(key, (mentions = new Set()));
      mentions.add(source);
    }
    this.keysBySource.set(source, keys);
  }

  /** Adds or replaces one plant; returns the other plants whose links changed. */
  upsertPlant(record: PlantRecord): GardenPath[] {
    this.ensureResolver();
    this.thaw();
    this.ensureMentions();
    const previous = this.records.get(record.path);
    this.records.set(record.path, record);
    this.resolver.upsert(record.path, record.aliases);
    this.relink(record.path);
    const sameNames = previous && sameList(previous.aliases, record.aliases);
    if (sameNames) return [];
    const keys = new Set([...nameKeys(record.path, record.aliases), ...(previous ? nameKeys(previous.path, previous.aliases) : [])]);
    return this.relinkMentioning(keys, record.path);
  }

  upsertAttachment(path: GardenPath): GardenPath[] {
    if (this.attachments.has(path)) return [];
    this.ensureResolver();
    this.thaw();
    this.ensureMentions();
    this.attachments.add(path);
    this.resolver.upsert(path);
    return this.relinkMentioning(new Set([mentionKey(path)]), path);
  }

  /** Removes a plant or attachment; returns the plants whose links changed. */
  remove(path: GardenPath): GardenPath[] {
    this.ensureResolver();
    this.thaw();
    this.ensureMentions();
    const record = this.records.get(path);
    const isAttachment = this.attachments.delete(path);
    if (!record && !isAttachment) return [];
    this.records.delete(path);
    this.resolver.remove(path);
    this.dropOutgoing(path);
    this.unresolved.delete(path);
    const keys = new Set(nameKeys(path, record?.aliases ?? []));
    return this.relinkMentioning(keys, path);
  }

  /** Plants whose links changed since the last call (see the design note above). */
  drainTouched(): Set<GardenPath> {
    const touched = this.touched;
    this.touched = new Set();
    return touched;
  }

  resolve(target: string, from: GardenPath): GardenPath | null {
    this.ensureResolver();
    return this.resolver.resolve(target, from);
  }

  /**
   * Where `target`, written in `from`, leads: the same answer as `resolve`, but when `from`
   * has a link spelt exactly so and the graph is still the restored one, read from it, so
   * a first snapshot (sources' shared_by) does not build the resolver.
   */
  resolveWritten(target: string, from: GardenPath): GardenPath | null {
    const frozen = this.frozen;
    const at = frozen?.position.get(from);
    const record = this.records.get(from);
    if (frozen && at !== undefined && record && at < frozen.linkStart.length - 1) {
      const k = record.links.findIndex((link) => link.target === target);
      const resolved = k < 0 ? undefined : frozen.resolved[(frozen.linkStart[at] as number) + k];
      if (resolved !== undefined) return resolved >= 0 && resolved < frozen.paths.length ? (frozen.paths[resolved] as GardenPath) : null;
    }
    return this.resolve(target, from);
  }

  /** Distinct resolved targets of a file (plants and attachments). */
  linksFrom(path: GardenPath): ReadonlySet<GardenPath> {
    if (this.frozen) return new Set(this.frozenLinks(path, 'out'));
    return this.outgoing.get(path) ?? EMPTY;
  }

  /** Distinct files linking to this one. */
  linksTo(path: GardenPath): ReadonlySet<GardenPath> {
    if (this.frozen) return new Set(this.frozenLinks(path, 'in'));
    return this.incoming.get(path) ?? EMPTY;
  }

  /** Distinct other plants linked to or from this plant (for orphan and health checks). */
  plantNeighbours(path: GardenPath): { out: GardenPath[]; in: GardenPath[] } {
    if (this.frozen) {
      const keep = (p: GardenPath) => p !== path && this.records.has(p);
      return { out: this.frozenLinks(path, 'out').filter(keep), in: this.frozenLinks(path, 'in').filter(keep) };
    }
    const out = [...this.linksFrom(path)].filter((p) => p !== path && this.records.has(p));
    const inc = [...this.linksTo(path)].filter((p) => p !== path && this.records.has(p));
    return { out, in: inc };
  }

  private frozenLinks(path: GardenPath, direction: 'out' | 'in'): GardenPath[] {
    const frozen = this.frozen as Frozen;
    const at = frozen.position.get(path);
    if (at === undefined) return [];
    if (direction === 'in') return frozenRange(frozen, frozen.inStart, frozen.inSources, at);
    return at < frozen.outStart.length - 1 ? frozenRange(frozen, frozen.outStart, frozen.outTargets, at) : [];
  }

  /** Unresolved targets grouped without case: the seeds to plant. */
  seeds(): { key: string; target: string; mentionedIn: GardenPath[] }[] {
    const byKey = new Map<string, { target: string; mentionedIn: GardenPath[] }>();
    for (const [source, targets] of this.unresolved) {
      for (const [key, target] of targets) {
        const seed = byKey.get(key) ?? { target, mentionedIn: [] };
        seed.mentionedIn.push(source);
        byKey.set(key, seed);
      }
    }
    return [...byKey].map(([key, seed]) => ({ key, ...seed })).sort((a, b) => a.key.localeCompare(b.key));
  }

  private relinkMentioning(keys: Set<string>, except: GardenPath): GardenPath[] {
    const affected = new Set<GardenPath>();
    for (const key of keys) for (const source of this.mentionsByKey.get(key) ?? []) if (source !== except) affected.add(source);
    for (const source of affected) this.relink(source);
    return [...affected];
  }

  private relink(source: GardenPath): void {
    const record = this.records.get(source);
    this.dropOutgoing(source);
    if (!record) return;
    // Arrays and lazily made maps: this runs once per file at open, so allocations count.
    const targets = new Set<GardenPath>();
    let missing: Map<string, string> | undefined;
    if (this.mentionsReady) this.fileMentions(source, record.links);
    for (const link of record.links) {
      const resolved = this.resolver.resolve(link.target, source);
      if (resolved) targets.add(resolved);
      else {
        const seed = seedKey(link.target);
        missing ??= new Map();
        if (!missing.has(seed)) missing.set(seed, link.target);
      }
    }
    this.outgoing.set(source, targets);
    if (this.tracking) this.touched.add(source);
    for (const target of targets) {
      if (this.tracking) this.touched.add(target);
      let sources = this.incoming.get(target);
      if (!sources) this.incoming.set(target, (sources = new Set()));
      sources.add(source);
    }
    if (missing) this.unresolved.set(source, missing);
    else this.unresolved.delete(source);
  }

  private dropOutgoing(source: GardenPath): void {
    for (const target of this.outgoing.get(source) ?? []) {
      this.incoming.get(target)?.delete(source);
      if (this.tracking) this.touched.add(target);
    }
    this.outgoing.delete(source);
    // Forget old mention keys; relink files the current ones again.
    for (const key of this.keysBySource.get(source) ?? []) {
      const sources = this.mentionsByKey.get(key);
      sources?.delete(source);
      if (sources?.size === 0) this.mentionsByKey.delete(key);
    }
    this.keysBySource.delete(source);
  }
}

const EMPTY: ReadonlySet<GardenPath> = new Set();

/**
 * A restored link graph as flat arrays (compressed rows): positions are records then
 * attachments; source i's distinct targets are `outTargets[outStart[i] .. outStart[i + 1]]`,
 * target t's sources are `inSources[inStart[t] .. inStart[t + 1]]`.
 */
interface Frozen {
  paths: GardenPath[];
  position: Map<GardenPath, number>;
  outStart: Int32Array;
  outTargets: Int32Array;
  inStart: Int32Array;
  inSources: Int32Array;
  /** Record i's links resolved, in link order: `resolved[linkStart[i] .. linkStart[i + 1]]` (-1: a seed). */
  linkStart: Int32Array;
  resolved: Int32Array;
}

function frozenRange(frozen: Frozen, start: Int32Array, items: Int32Array, row: number): GardenPath[] {
  const out: GardenPath[] = [];
  for (let k = start[row] as number; k < (start[row + 1] as number); k += 1) out.push(frozen.paths[items[k] as number] as GardenPath);
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
