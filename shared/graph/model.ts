/**
 * The garden map's data, independent of how it is drawn. `GraphData` is built once per
 * snapshot (every node and edge the layout knows, filters ignored, so positions stay put
 * while the user filters); `GraphView` is what the current options make of it (which
 * nodes are visible, their colour and size). Both are plain data: the painter and the
 * layout read them, nothing mutates them.
 */
import type { Circle, GardenPath, HealthState, PlantKind, Reciprocity } from '../types';

export type NodeKind = 'you' | PlantKind | 'platform' | 'seed';

/** Shapes by kind, so nothing depends on colour alone (PRODUCT.md, visual language). */
export type NodeShape = 'sun' | 'circle' | 'leaf' | 'diamond' | 'star' | 'hexagon' | 'hollow';

export const SHAPE_BY_KIND: Readonly<Record<NodeKind, NodeShape>> = Object.freeze({
  you: 'sun',
  person: 'circle',
  note: 'leaf',
  source: 'diamond',
  goal: 'star',
  platform: 'hexagon',
  seed: 'hollow',
});

export type OneWay = 'only-taking' | 'only-giving';

export interface GraphNode {
  /** 'you', a plant's garden path, `platform:<key>` or `seed:<target>`. */
  id: string;
  index: number;
  kind: NodeKind;
  shape: NodeShape;
  label: string;
  /** The plant's file; null for you, platforms and seeds. */
  path: GardenPath | null;
  /** For a seed: the unresolved link target, to plant it. */
  seedTarget: string | null;
  state: HealthState | null;
  vitality: number;
  reason: string;
  reciprocity: Reciprocity | null;
  /** Set for a person whose ties only go one way. */
  oneWay: OneWay | null;
  circle: Circle | null;
  /** Lower-cased, without '#'. */
  tags: readonly string[];
  /** Keys of the platforms (and communities) a person or source lives on. */
  platforms: readonly string[];
  aliases: readonly string[];
  degree: number;
  /** Needs-watering rank (0 most urgent), null when nothing is wrong. */
  urgency: number | null;
  /** Among the few most urgent plants: these may breathe gently on the map. */
  urgent: boolean;
}

export type EdgeKind = 'link' | 'tie' | 'platform' | 'seed';
export type EdgeStyle = 'solid' | 'dashed' | 'dotted';

export interface GraphEdge {
  index: number;
  source: number;
  target: number;
  kind: EdgeKind;
  /** For a link, the weaker end's neglect state; for a tie, the person's state. */
  state: HealthState | null;
  vitality: number;
  /** Dashed for thirsty and worse; dotted toward a seed. */
  style: EdgeStyle;
  /** On a tie from you to a person who only takes or only gives: where the arrowhead points. */
  arrow: 'to-you' | 'to-person' | null;
}

export interface PlatformInfo {
  key: string;
  label: string;
  /** How many people and sources live there (and in its communities). */
  count: number;
}

export interface GraphData {
  today: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  indexById: ReadonlyMap<string, number>;
  /** Platforms (not communities) found, most used first: the platform filter's choices. */
  platforms: readonly PlatformInfo[];
  /** Every tag used by a plant, sorted: the tag filter's suggestions. */
  tags: readonly string[];
  /** Same ids and edges → same key: the layout keeps running untouched. */
  topologyKey: string;
}

export type ColourBy = 'health' | 'kind' | 'circle' | 'groups';
export type SizeBy = 'degree' | 'tie';

export interface GraphOptions {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** Queries for colour by groups, first match wins: `tag:phonics`, `kind:person platform:reddit`. */
  groups: readonly string[];
  /** Empty means every kind. */
  kinds: readonly PlantKind[];
  /** Empty means every state. */
  states: readonly HealthState[];
  /** Empty means every circle; applies to people. */
  circles: readonly Circle[];
  /** Empty means every platform; applies to people, sources and platform hubs. */
  platforms: readonly string[];
  /** A tag (nested tags included); '' means any. */
  tag: string;
  showSeeds: boolean;
  showOrphans: boolean;
  showPlatforms: boolean;
  search: string;
  /** Local graph: only what lies within `depth` links of this node id (null: the whole garden). */
  focus: string | null;
  /** 1 to 3. */
  depth: number;
}

export const MAX_LOCAL_DEPTH = 3;

export const DEFAULT_GRAPH_OPTIONS: GraphOptions = Object.freeze({
  colourBy: 'health',
  sizeBy: 'degree',
  groups: Object.freeze([]) as readonly string[],
  kinds: Object.freeze([]) as readonly PlantKind[],
  states: Object.freeze([]) as readonly HealthState[],
  circles: Object.freeze([]) as readonly Circle[],
  platforms: Object.freeze([]) as readonly string[],
  tag: '',
  showSeeds: true,
  showOrphans: true,
  showPlatforms: true,
  search: '',
  focus: null,
  depth: 1,
}) as GraphOptions;

/**
 * The force settings a user can change, as multipliers of the defaults (1 = as laid out by
 * default): how hard plants push apart, how long links are, how strongly all is pulled to
 * the centre.
 */
export interface ForceSettings {
  repulsion: number;
  linkDistance: number;
  centrePull: number;
}

export const DEFAULT_FORCES: ForceSettings = Object.freeze({ repulsion: 1, linkDistance: 1, centrePull: 1 });
export const FORCE_RANGE = Object.freeze({ min: 0.2, max: 3 });

/**
 * A colour named by its CSS custom property (without `--`), e.g. 'graph-wilting'. The
 * view-model stays pure; the painter reads the values from the page (light or dark).
 */
export type ColourToken = string;

export interface LegendColour {
  token: ColourToken;
  label: string;
}

export interface GraphView {
  visible: Uint8Array;
  visibleCount: number;
  fill: readonly ColourToken[];
  radius: Float32Array;
  edgeVisible: Uint8Array;
  edgeColour: readonly ColourToken[];
  edgeWidth: Float32Array;
  /** Nodes matching the search (all ones when there is no search). */
  matched: Uint8Array;
  searching: boolean;
  /** What the current colours mean. */
  legend: readonly LegendColour[];
}
