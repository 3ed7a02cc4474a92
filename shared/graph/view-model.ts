/**
 * The garden map's view-model: pure functions from a snapshot to what the map shows.
 *
 * `buildGraph(snapshot)` makes every node and edge once per snapshot:
 * - "you" as the sun (index 0); every plant, shaped by kind; platforms as hubs, derived
 *   from people's `platforms` and sources' `platform` (a community, such as a subreddit,
 *   gets its own hub, tied to its platform, once two plants share it); a hollow seed per
 *   unresolved link target.
 * - edges: resolved links (one per pair of plants, whichever way they point); a tie from
 *   you to each person carrying that person's vitality, state and reciprocity (an arrowhead
 *   toward you when you only take, toward them when you only give); plant → platform;
 *   plant → seed. Links and ties are dashed when an end is thirsty or worse.
 *
 * `viewGraph(data, options)` applies the filters, toggles, colour and size choices and the
 * search to that, without touching the layout: positions belong to `GraphData` ids, so
 * hiding and showing plants never moves the rest.
 */
import type { GardenSnapshot, PlantSummary } from '../api';
import { edgeVitality } from '../health';
import type { HealthState, PlantKind } from '../types';
import { HEALTH_STATES } from '../types';
import { needsWatering, urgencyRank } from './needs-watering';
import {
  MAX_LOCAL_DEPTH, SHAPE_BY_KIND, type ColourToken, type EdgeKind, type GraphData, type GraphEdge, type GraphNode,
  type EdgeStyle, type GraphOptions, type GraphView, type LegendColour, type NodeKind, type PlatformInfo,
} from './model';
import { communityKey, platformKey, platformLabel } from './platforms';
import { hasTag, matchesQuery, parseQuery } from './query';
import { runToEnd } from './steps';

export const YOU_ID = 'you';
export const platformId = (key: string) => `platform:${key}`;
export const seedId = (target: string) => `seed:${target}`;

/** Thirsty and worse: what makes an edge dashed. Higher is worse. */
const NEGLECT: Partial<Record<HealthState, number>> = { thirsty: 1, wilting: 2, dormant: 3 };

export function isNeglected(state: HealthState | null): boolean {
  return state !== null && NEGLECT[state] !== undefined;
}

/** How many of the most urgent plants may breathe on the map. */
export const URGENT_PULSE_COUNT = 5;
/** Needs-watering ranks that may pulse: dormant, wilting, thirsty, only taking. */
const PULSE_MAX_RANK = 3;

function normalTags(tags: readonly string[]): string[] {
  return tags.map((t) => t.trim().replace(/^#+/, '').replace(/\/+$/, '').toLowerCase()).filter((t) => t !== '');
}

function plantNode(plant: PlantSummary, index: number): GraphNode {
  const health = plant.health;
  const reciprocity = plant.kind === 'person' ? (health.reciprocity ?? null) : null;
  const platforms: string[] = [];
  if (plant.kind === 'source' && plant.source?.platform) platforms.push(platformKey(plant.source.platform));
  return {
    id: plant.path,
    index,
    kind: plant.kind,
    shape: SHAPE_BY_KIND[plant.kind],
    label: plant.title,
    path: plant.path,
    seedTarget: null,
    state: health.state,
    vitality: health.vitality,
    reason: health.reason,
    reciprocity,
    oneWay: reciprocity === 'only-taking' || reciprocity === 'only-giving' ? reciprocity : null,
    circle: plant.kind === 'person' ? (plant.person?.circle ?? null) : null,
    tags: normalTags(plant.tags),
    platforms,
    aliases: plant.aliases,
    degree: 0,
    urgency: urgencyRank(plant),
    urgent: false,
  };
}

function derivedNode(id: string, index: number, kind: NodeKind, label: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id, index, kind, shape: SHAPE_BY_KIND[kind], label, path: null, seedTarget: null, state: null, vitality: 1,
    reason: '', reciprocity: null, oneWay: null, circle: null, tags: [], platforms: [], aliases: [], degree: 0,
    urgency: null, urgent: false, ...extra,
  };
}

/**
 * FNV-1a over the node ids and the edges' ends: a cheap fingerprint of the graph's shape (it
 * tells the map whether a rebuilt graph can keep its running layout). Edge ends are hashed as
 * numbers, not as strings made for it, which cost as much as the rest of the build at 50k.
 */
function fingerprint(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  return runToEnd(fingerprintSteps(nodes, edges));
}

/** `fingerprint` in steps: at 50k notes the whole of it was ~20 ms, too much for one slice. */
function* fingerprintSteps(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Generator<void, string, void> {
  let hash = 0x811c9dc5;
  const mix = (unit: number) => {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193);
  };
  let work = 0;
  for (const node of nodes) {
    if (++work % STEP_ITEMS === 0) yield;
    for (let i = 0; i < node.id.length; i += 1) mix(node.id.charCodeAt(i));
    mix(0x1f);
  }
  for (const e of edges) {
    if (++work % (4 * STEP_ITEMS) === 0) yield;
    mix(e.source & 0xffff);
    mix(e.source >>> 16);
    mix(e.target & 0xffff);
    mix(e.target >>> 16);
    mix(0x1e);
  }
  return `${nodes.length + edges.length}:${(hash >>> 0).toString(36)}`;
}

/** Items handled between two pauses of `buildGraphSteps` (about a millisecond of work). */
const STEP_ITEMS = 2048;

/** The whole graph at once: for Node (SVG export, portfolio) and small gardens. */
export function buildGraph(snapshot: GardenSnapshot): GraphData {
  return runToEnd(buildGraphSteps(snapshot));
}

/**
 * `buildGraph` in steps: it pauses (yields) every few thousand items, so the page can spread
 * the build over several tasks (renderer/src/graph/sliced.ts). At 50k notes the build is
 * ~0.3 s of work, which in one task froze the page as the map opened.
 */
export function* buildGraphSteps(snapshot: GardenSnapshot): Generator<void, GraphData, void> {
  let work = 0;
  const plants = [...snapshot.plants].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const nodes: GraphNode[] = [derivedNode(YOU_ID, 0, 'you', 'You', { reason: 'You, at the centre of your learning network.' })];
  const indexById = new Map<string, number>([[YOU_ID, 0]]);
  const add = (node: GraphNode) => {
    indexById.set(node.id, node.index);
    nodes.push(node);
  };
  for (const plant of plants) {
    if (++work % STEP_ITEMS === 0) yield;
    if (indexById.has(plant.path)) continue;
    add(plantNode(plant, nodes.length));
  }

  // Platforms: a community gets its own hub once two plants share it.
  const communityUsers = new Map<string, number>();
  const communityName = new Map<string, string>();
  for (const plant of plants) {
    if (++work % STEP_ITEMS === 0) yield;
    if (plant.kind !== 'person') continue;
    const seen = new Set<string>();
    for (const handle of plant.person?.platforms ?? []) {
      if (!handle.platform?.trim() || !handle.community?.trim()) continue;
      const key = communityKey(handle.platform, handle.community);
      if (seen.has(key)) continue;
      seen.add(key);
      communityUsers.set(key, (communityUsers.get(key) ?? 0) + 1);
      if (!communityName.has(key)) communityName.set(key, handle.community.trim());
    }
  }
  const memberships: { member: number; hub: string }[] = [];
  for (const plant of plants) {
    if (++work % STEP_ITEMS === 0) yield;
    const node = nodes[indexById.get(plant.path) ?? -1];
    if (!node) continue;
    const hubs = new Set<string>();
    if (plant.kind === 'person') {
      for (const handle of plant.person?.platforms ?? []) {
        if (!handle.platform?.trim()) continue;
        const community = handle.community?.trim() ? communityKey(handle.platform, handle.community) : null;
        hubs.add(community !== null && (communityUsers.get(community) ?? 0) >= 2 ? community : platformKey(handle.platform));
      }
    } else if (plant.kind === 'source' && plant.source?.platform?.trim()) {
      hubs.add(platformKey(plant.source.platform));
    }
    (node as { platforms: readonly string[] }).platforms = [...hubs];
    for (const hub of hubs) memberships.push({ member: node.index, hub });
  }
  const hubKeys = new Set<string>();
  for (const { hub } of memberships) {
    hubKeys.add(hub);
    const slash = hub.indexOf('/');
    if (slash > 0) hubKeys.add(hub.slice(0, slash));
  }
  const platformCounts = new Map<string, number>();
  for (const { hub } of memberships) {
    const top = hub.includes('/') ? hub.slice(0, hub.indexOf('/')) : hub;
    platformCounts.set(top, (platformCounts.get(top) ?? 0) + 1);
  }
  for (const key of [...hubKeys].sort()) {
    const slash = key.indexOf('/');
    const community = slash > 0;
    const label = community ? (communityName.get(key) ?? key.slice(slash + 1)) : platformLabel(key);
    add(derivedNode(platformId(key), nodes.length, 'platform', label, {
      platforms: community ? [key.slice(0, slash)] : [],
      reason: community ? `A community on ${platformLabel(key.slice(0, slash))}.` : 'A platform where your network lives.',
    }));
  }

  for (const seed of [...snapshot.seeds].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0))) {
    if (++work % STEP_ITEMS === 0) yield;
    const id = seedId(seed.target);
    if (indexById.has(id)) continue;
    const mentions = seed.mentionedIn.length;
    add(derivedNode(id, nodes.length, 'seed', seed.target, {
      seedTarget: seed.target,
      state: 'seed',
      vitality: 0.3,
      reason: `Not planted yet: linked from ${mentions === 1 ? '1 plant' : `${mentions} plants`}.`,
    }));
  }

  const edges: GraphEdge[] = [];
  // Positional, not an object spread: tens of thousands of edges at 50k notes.
  const edge = (source: number, target: number, kind: EdgeKind, state: HealthState | null = null, vitality = 1, style: EdgeStyle = 'solid', arrow: GraphEdge['arrow'] = null) => {
    edges.push({ index: edges.length, source, target, kind, state, vitality, style, arrow });
  };

  // You → each person.
  for (const node of nodes) {
    if (++work % STEP_ITEMS === 0) yield;
    if (node.kind !== 'person') continue;
    const arrow = node.oneWay === 'only-taking' ? 'to-you' : node.oneWay === 'only-giving' ? 'to-person' : null;
    edge(0, node.index, 'tie', node.state, node.vitality, isNeglected(node.state) ? 'dashed' : 'solid', arrow);
  }

  // Links between plants, one per pair.
  // Health by node index, and each pair as one number: string keys and path lookups per link
  // were most of the build at 10k notes.
  const healthOf: (PlantSummary['health'] | undefined)[] = new Array(nodes.length);
  for (const plant of plants) {
    const at = indexById.get(plant.path);
    if (at !== undefined) healthOf[at] = plant.health;
  }
  const pairs = new Set<number>();
  const stride = nodes.length;
  for (const link of snapshot.links) {
    if (++work % STEP_ITEMS === 0) yield;
    const a = indexById.get(link.from);
    const b = indexById.get(link.to);
    if (a === undefined || b === undefined || a === b || a === 0 || b === 0) continue;
    const ha = healthOf[a];
    const hb = healthOf[b];
    if (!ha || !hb) continue;
    const key = a < b ? a * stride + b : b * stride + a;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const worse = (NEGLECT[ha.state] ?? 0) >= (NEGLECT[hb.state] ?? 0) ? ha.state : hb.state;
    const state = isNeglected(worse) ? worse : null;
    edge(a, b, 'link', state, edgeVitality(ha, hb), state ? 'dashed' : 'solid');
  }

  // Plants → their platforms (or communities), communities → their platform.
  for (const { member, hub } of memberships) {
    const target = indexById.get(platformId(hub));
    if (target !== undefined) edge(member, target, 'platform');
  }
  for (const key of hubKeys) {
    const slash = key.indexOf('/');
    if (slash <= 0) continue;
    const from = indexById.get(platformId(key));
    const to = indexById.get(platformId(key.slice(0, slash)));
    if (from !== undefined && to !== undefined) edge(from, to, 'platform');
  }

  // Plants → the seeds they mention.
  for (const seed of snapshot.seeds) {
    if (++work % STEP_ITEMS === 0) yield;
    const target = indexById.get(seedId(seed.target));
    if (target === undefined) continue;
    for (const path of new Set(seed.mentionedIn)) {
      const source = indexById.get(path);
      if (source !== undefined && source !== 0) edge(source, target, 'seed', 'seed', 0.3, 'dotted');
    }
  }

  yield;
  for (const e of edges) {
    if (++work % (4 * STEP_ITEMS) === 0) yield;
    (nodes[e.source] as GraphNode).degree += 1;
    (nodes[e.target] as GraphNode).degree += 1;
  }

  yield;
  let pulsing = 0;
  for (const { plant, rank } of needsWatering(plants)) {
    if (pulsing >= URGENT_PULSE_COUNT || rank > PULSE_MAX_RANK) break;
    const node = nodes[indexById.get(plant.path) ?? -1];
    if (node) {
      node.urgent = true;
      pulsing += 1;
    }
  }

  const platforms: PlatformInfo[] = [...platformCounts]
    .map(([key, count]) => ({ key, label: platformLabel(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  yield;
  // A loop into one Set, not flatMap: 57k small arrays concatenated cost ~20 ms at 50k notes.
  const tagSet = new Set<string>();
  for (const node of nodes) {
    if (++work % STEP_ITEMS === 0) yield;
    for (const tag of node.tags) tagSet.add(tag);
  }
  const tags = [...tagSet].sort();
  yield;
  const topologyKey = yield* fingerprintSteps(nodes, edges);
  return { today: snapshot.today, nodes, edges, indexById, platforms, tags, topologyKey };
}

// ---- the view --------------------------------------------------------------------------------

const HEALTH_LEGEND: readonly HealthState[] = HEALTH_STATES;
const KIND_LEGEND: readonly [NodeKind, string][] = [
  ['person', 'Person'], ['note', 'Note'], ['source', 'Source'], ['goal', 'Goal'], ['platform', 'Platform'], ['seed', 'Seed'],
];
const STATE_WORDS: Record<HealthState, string> = {
  thriving: 'Thriving', healthy: 'Healthy', thirsty: 'Thirsty', wilting: 'Wilting', dormant: 'Dormant',
  orphan: 'Orphan', unplanted: 'Unplanted', seed: 'Seed',
};
export const GROUP_COLOURS = 8;

const BASE_RADIUS: Record<NodeKind, number> = { you: 14, person: 5, note: 4, source: 4.5, goal: 6, platform: 5.5, seed: 2.5 };

export function radiusOf(node: GraphNode, sizeBy: GraphOptions['sizeBy']): number {
  if (node.kind === 'you') return BASE_RADIUS.you;
  if (sizeBy === 'tie') {
    return node.kind === 'person' ? 3.5 + 9 * Math.max(0, Math.min(1, node.vitality)) : BASE_RADIUS[node.kind];
  }
  if (node.kind === 'seed') return BASE_RADIUS.seed;
  return BASE_RADIUS[node.kind] + Math.min(9, 1.5 * Math.sqrt(node.degree));
}

function ownColour(node: GraphNode): ColourToken | null {
  if (node.kind === 'you') return 'graph-you';
  if (node.kind === 'platform') return 'graph-platform';
  if (node.kind === 'seed') return 'graph-seed';
  return null;
}

export function healthColour(state: HealthState): ColourToken {
  return `graph-${state}`;
}

function fillOf(node: GraphNode, options: GraphOptions, groups: ReturnType<typeof parseQuery>[]): ColourToken {
  switch (options.colourBy) {
    case 'kind':
      return node.kind === 'you' ? 'graph-you' : `graph-kind-${node.kind}`;
    case 'circle':
      return ownColour(node) ?? (node.circle ? `graph-circle-${node.circle}` : 'graph-neutral');
    case 'groups': {
      const own = ownColour(node);
      if (own) return own;
      const group = groups.findIndex((terms) => matchesQuery(node, terms));
      return group === -1 ? 'graph-neutral' : `graph-group-${(group % GROUP_COLOURS) + 1}`;
    }
    default:
      return ownColour(node) ?? (node.state ? healthColour(node.state) : 'graph-neutral');
  }
}

export function legendFor(options: GraphOptions): LegendColour[] {
  switch (options.colourBy) {
    case 'kind':
      return KIND_LEGEND.map(([kind, label]) => ({ token: `graph-kind-${kind}`, label }));
    case 'circle':
      return [
        { token: 'graph-circle-professional', label: 'Professional' },
        { token: 'graph-circle-personal', label: 'Personal' },
        { token: 'graph-circle-both', label: 'Both circles' },
        { token: 'graph-neutral', label: 'Not a person' },
      ];
    case 'groups': {
      const named = options.groups
        .filter((q) => q.trim() !== '')
        .map((q, i) => ({ token: `graph-group-${(i % GROUP_COLOURS) + 1}`, label: q.trim() }));
      return [...named, { token: 'graph-neutral', label: named.length ? 'In no group' : 'No groups yet: add a query' }];
    }
    default:
      return HEALTH_LEGEND.map((state) => ({ token: healthColour(state), label: STATE_WORDS[state] }));
  }
}

function plantPasses(node: GraphNode, options: GraphOptions, platformSet: ReadonlySet<string>): boolean {
  const kind = node.kind as PlantKind;
  if (options.kinds.length > 0 && !options.kinds.includes(kind)) return false;
  if (options.states.length > 0 && (node.state === null || !options.states.includes(node.state))) return false;
  if (!options.showOrphans && node.state === 'orphan') return false;
  if (options.circles.length > 0 && kind === 'person' && (node.circle === null || !options.circles.includes(node.circle))) return false;
  if (platformSet.size > 0 && (kind === 'person' || kind === 'source') && !node.platforms.some((p) => onPlatform(p, platformSet))) return false;
  if (options.tag.trim() !== '' && !hasTag(node.tags, options.tag.trim())) return false;
  return true;
}

/** A platform key, or a community under it, is among the chosen platforms. */
function onPlatform(key: string, chosen: ReadonlySet<string>): boolean {
  if (chosen.has(key)) return true;
  const slash = key.indexOf('/');
  return slash > 0 && chosen.has(key.slice(0, slash));
}

function edgeColourOf(edge: GraphEdge): ColourToken {
  switch (edge.kind) {
    case 'tie':
    case 'link':
      return edge.state ? `graph-edge-${edge.state}` : 'graph-edge';
    case 'platform':
      return 'graph-edge-platform';
    default:
      return 'graph-seed';
  }
}

function edgeWidthOf(edge: GraphEdge): number {
  if (edge.kind === 'tie') return 0.75 + 2.5 * Math.max(0, Math.min(1, edge.vitality));
  if (edge.kind === 'link') return edge.state ? 1.25 : 1;
  return 0.75;
}

export function searchMatches(node: GraphNode, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return node.label.toLowerCase().includes(q) || node.aliases.some((a) => a.toLowerCase().includes(q));
}

/**
 * The local graph: nodes within `depth` links of `focus`, over every kind of edge. You and
 * platform hubs are reached but not walked through: through them, everything is two steps
 * from everything, and a local graph would be the whole garden. Returns null when there is
 * no focus (or it is not in the garden).
 */
export function neighbourhoodWithin(data: GraphData, focus: string | null, depth: number): Uint8Array | null {
  if (focus === null) return null;
  const start = data.indexById.get(focus);
  if (start === undefined) return null;
  const adjacency = adjacencyOf(data);
  const within = new Uint8Array(data.nodes.length);
  within[start] = 1;
  let frontier = [start];
  const most = Math.max(1, Math.min(MAX_LOCAL_DEPTH, Math.round(depth)));
  for (let step = 0; step < most && frontier.length > 0; step += 1) {
    const next: number[] = [];
    for (const i of frontier) {
      const kind = data.nodes[i]?.kind;
      if (i !== start && (kind === 'you' || kind === 'platform')) continue;
      for (let e = adjacency.offsets[i] as number; e < (adjacency.offsets[i + 1] as number); e += 1) {
        const j = adjacency.neighbours[e] as number;
        if (within[j]) continue;
        within[j] = 1;
        next.push(j);
      }
    }
    frontier = next;
  }
  return within;
}

/** Neighbours of every node in one flat array (CSR), made once per GraphData. */
const adjacencies = new WeakMap<GraphData, { offsets: Uint32Array; neighbours: Uint32Array }>();

function adjacencyOf(data: GraphData): { offsets: Uint32Array; neighbours: Uint32Array } {
  const known = adjacencies.get(data);
  if (known) return known;
  const n = data.nodes.length;
  const offsets = new Uint32Array(n + 1);
  for (const edge of data.edges) {
    offsets[edge.source + 1] = (offsets[edge.source + 1] as number) + 1;
    offsets[edge.target + 1] = (offsets[edge.target + 1] as number) + 1;
  }
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const neighbours = new Uint32Array(offsets[n] as number);
  for (const edge of data.edges) {
    neighbours[fill[edge.source] as number] = edge.target;
    fill[edge.source] = (fill[edge.source] as number) + 1;
    neighbours[fill[edge.target] as number] = edge.source;
    fill[edge.target] = (fill[edge.target] as number) + 1;
  }
  const made = { offsets, neighbours };
  adjacencies.set(data, made);
  return made;
}

export function viewGraph(data: GraphData, options: GraphOptions): GraphView {
  return runToEnd(viewGraphSteps(data, options));
}

/** `viewGraph` in steps, like `buildGraphSteps`: at 50k plants it is ~60 ms of work in the page. */
export function* viewGraphSteps(data: GraphData, options: GraphOptions): Generator<void, GraphView, void> {
  let work = 0;
  const n = data.nodes.length;
  const visible = new Uint8Array(n);
  const local = neighbourhoodWithin(data, options.focus ?? null, options.depth ?? 1);
  const platformSet = new Set(options.platforms.map(platformKey));
  for (const node of data.nodes) {
    if (++work % STEP_ITEMS === 0) yield;
    if (node.kind === 'you') visible[node.index] = 1;
    else if (node.kind !== 'platform' && node.kind !== 'seed') visible[node.index] = plantPasses(node, options, platformSet) ? 1 : 0;
  }
  // Hubs and seeds show when something visible leads to them (edges list members first,
  // then community → platform, so one pass settles communities before their platforms).
  for (const edge of data.edges) {
    if (++work % STEP_ITEMS === 0) yield;
    if (!visible[edge.source]) continue;
    const target = data.nodes[edge.target] as GraphNode;
    if (edge.kind === 'platform' && options.showPlatforms) {
      const key = target.id.slice('platform:'.length);
      if (platformSet.size === 0 || onPlatform(key, platformSet)) visible[edge.target] = 1;
    } else if (edge.kind === 'seed' && options.showSeeds) {
      visible[edge.target] = 1;
    }
  }
  if (local) {
    // The filters still apply inside the local graph; its centre always shows.
    for (let i = 0; i < n; i += 1) if (!local[i]) visible[i] = 0;
    const centre = data.indexById.get(options.focus as string);
    if (centre !== undefined) visible[centre] = 1;
  }

  const groups = options.colourBy === 'groups' ? options.groups.map(parseQuery).filter((t) => t.length > 0) : [];
  const fill: ColourToken[] = new Array<ColourToken>(n);
  const radius = new Float32Array(n);
  const matched = new Uint8Array(n);
  const searching = options.search.trim() !== '';
  let visibleCount = 0;
  for (const node of data.nodes) {
    if (++work % STEP_ITEMS === 0) yield;
    fill[node.index] = fillOf(node, options, groups);
    radius[node.index] = radiusOf(node, options.sizeBy);
    matched[node.index] = searchMatches(node, options.search) ? 1 : 0;
    visibleCount += visible[node.index] ?? 0;
  }

  const m = data.edges.length;
  const edgeVisible = new Uint8Array(m);
  const edgeColour: ColourToken[] = new Array<ColourToken>(m);
  const edgeWidth = new Float32Array(m);
  for (const edge of data.edges) {
    if (++work % STEP_ITEMS === 0) yield;
    edgeVisible[edge.index] = visible[edge.source] && visible[edge.target] ? 1 : 0;
    edgeColour[edge.index] = edgeColourOf(edge);
    edgeWidth[edge.index] = edgeWidthOf(edge);
  }

  return { visible, visibleCount, fill, radius, edgeVisible, edgeColour, edgeWidth, matched, searching, legend: legendFor(options) };
}

/**
 * Plants whose title or alias contains the query, best first: the title itself, then a
 * title starting with it, then a word starting with it, then anywhere; visible before
 * hidden; then the more urgent; then by title.
 */
export function searchNodes(data: GraphData, view: GraphView | null, query: string, limit = 8): GraphNode[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const scored: { node: GraphNode; score: number }[] = [];
  for (const node of data.nodes) {
    const names = [node.label, ...node.aliases].map((s) => s.toLowerCase());
    let score = -1;
    for (const name of names) {
      const at = name.indexOf(q);
      if (at === -1) continue;
      const s = name === q ? 0 : at === 0 ? 1 : /[\s\-_/([]/.test(name.charAt(at - 1)) ? 2 : 3;
      score = score === -1 ? s : Math.min(score, s);
    }
    if (score === -1) continue;
    if (view && !view.visible[node.index]) score += 10;
    scored.push({ node, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      (a.node.urgency ?? 99) - (b.node.urgency ?? 99) ||
      a.node.label.localeCompare(b.node.label),
  );
  return scored.slice(0, limit).map((s) => s.node);
}

/**
 * The part of a graph where `keep` is set, re-indexed, for a map of its own (the local graph
 * beside a note): the same nodes and edges, fewer of them, so laying it out costs little.
 */
export function subgraph(data: GraphData, keep: Uint8Array): GraphData {
  const nodes: GraphNode[] = [];
  const indexById = new Map<string, number>();
  const remap = new Int32Array(data.nodes.length).fill(-1);
  for (const node of data.nodes) {
    if (!keep[node.index]) continue;
    remap[node.index] = nodes.length;
    indexById.set(node.id, nodes.length);
    nodes.push({ ...node, index: nodes.length });
  }
  const edges: GraphEdge[] = [];
  for (const edge of data.edges) {
    const source = remap[edge.source] as number;
    const target = remap[edge.target] as number;
    if (source < 0 || target < 0) continue;
    edges.push({ ...edge, index: edges.length, source, target });
  }
  const platforms = data.platforms.filter((p) => indexById.has(platformId(p.key)));
  const tags = [...new Set(nodes.flatMap((n) => n.tags))].sort();
  return { today: data.today, nodes, edges, indexById, platforms, tags, topologyKey: fingerprint(nodes, edges) };
}
