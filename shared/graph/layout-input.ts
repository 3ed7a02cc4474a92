/**
 * From the view-model to the layout's typed arrays, and from the layout's positions to what
 * `layout.save` keeps. Pure.
 */
import { defaultLayoutSettings } from './layout-core';
import type { LayoutInit } from './layout-types';
import { DEFAULT_FORCES, FORCE_RANGE, type EdgeKind, type ForceSettings, type GraphData, type GraphEdge, type GraphNode } from './model';
import { runToEnd, type Steps } from './steps';

const LINK_DISTANCE: Record<Exclude<EdgeKind, 'tie'>, number> = { link: 40, platform: 60, seed: 22 };
const LINK_STRENGTH: Record<Exclude<EdgeKind, 'tie'>, number> = { link: 1, platform: 0.4, seed: 1 };

/**
 * How far from you a person orbits: close for a strong tie, far for a faded one. Scaled
 * with the garden so a large network still has room inside the orbit.
 */
export function orbitRadius(vitality: number, count: number): number {
  const scale = Math.max(1, Math.sqrt(count / 150));
  const v = Math.max(0, Math.min(1, vitality));
  return (70 + 230 * (1 - v)) * scale;
}

export type PositionLookup = (id: string) => readonly [number, number] | undefined;

/**
 * `known` gives positions already on screen (this session) or saved; `pinned` the ids the
 * user dragged into place. You are always at the centre and never moves.
 */
const CENTRE_STRENGTH = 0.015;

function clampForce(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(FORCE_RANGE.min, Math.min(FORCE_RANGE.max, value)) : 1;
}

/** Force settings made safe: each a finite multiplier within FORCE_RANGE, 1 when missing. */
export function normalForces(forces: Partial<ForceSettings> | undefined): ForceSettings {
  return {
    repulsion: clampForce(forces?.repulsion ?? DEFAULT_FORCES.repulsion),
    linkDistance: clampForce(forces?.linkDistance ?? DEFAULT_FORCES.linkDistance),
    centrePull: clampForce(forces?.centrePull ?? DEFAULT_FORCES.centrePull),
  };
}

/**
 * `forces` scale the default repulsion, link lengths and centre pull; `reheat` starts the
 * layout warm even when every position is known (the user changed the forces).
 */
export function layoutInit(
  data: GraphData, known: PositionLookup, pinned: ReadonlySet<string>, forces?: Partial<ForceSettings>, reheat?: number,
): LayoutInit {
  return runToEnd(layoutInitSteps(data, known, pinned, forces, reheat));
}

/** Nodes or edges placed between pauses of layoutInitSteps. */
const STEP_ITEMS = 8192;

/**
 * layoutInit as steps (shared/graph/steps.ts): a 50k garden's placing and springs took one
 * 35 ms task on a slow machine, the page's slices now take it a piece at a time.
 */
export function* layoutInitSteps(
  data: GraphData, known: PositionLookup, pinned: ReadonlySet<string>, forces?: Partial<ForceSettings>, reheat?: number,
): Steps<LayoutInit> {
  const f = normalForces(forces);
  const count = data.nodes.length;
  const positions = new Float32Array(count * 2).fill(Number.NaN);
  const pinnedFlags = new Uint8Array(count);
  const orbit = new Float32Array(count).fill(Number.NaN);
  let centre = -1;
  for (let start = 0; start < count; start += STEP_ITEMS) {
    for (let i = start; i < Math.min(count, start + STEP_ITEMS); i += 1) {
      const node = data.nodes[i] as GraphNode;
      if (node.kind === 'you' && centre === -1) centre = i;
      const at = node.kind === 'you' ? ([0, 0] as const) : known(node.id);
      if (at && Number.isFinite(at[0]) && Number.isFinite(at[1])) {
        positions[node.index * 2] = at[0];
        positions[node.index * 2 + 1] = at[1];
        if (pinned.has(node.id)) pinnedFlags[node.index] = 1;
      }
      if (node.kind === 'person') orbit[node.index] = orbitRadius(node.vitality, count);
    }
    yield;
  }
  const settings = defaultLayoutSettings(count);
  // Ties (person to person) are drawn but do not pull: the layout has springs for the rest.
  let springs = 0;
  for (const edge of data.edges) if (edge.kind !== 'tie') springs += 1;
  const links = new Uint32Array(springs * 2);
  const linkDistance = new Float32Array(springs);
  const linkStrength = new Float32Array(springs);
  let i = 0;
  for (let start = 0; start < data.edges.length; start += STEP_ITEMS) {
    for (let e = start; e < Math.min(data.edges.length, start + STEP_ITEMS); e += 1) {
      const edge = data.edges[e] as GraphEdge;
      if (edge.kind === 'tie') continue;
      links[i * 2] = edge.source;
      links[i * 2 + 1] = edge.target;
      linkDistance[i] = LINK_DISTANCE[edge.kind] * f.linkDistance;
      linkStrength[i] = LINK_STRENGTH[edge.kind];
      i += 1;
    }
    yield;
  }
  return {
    count,
    positions,
    pinned: pinnedFlags,
    links,
    linkDistance,
    linkStrength,
    orbit,
    orbitStrength: 0.08,
    centre,
    centreStrength: CENTRE_STRENGTH * f.centrePull,
    settings: { ...settings, chargeStrength: settings.chargeStrength * f.repulsion },
    ...(reheat !== undefined ? { reheat } : {}),
  };
}

/**
 * What `layout.save` keeps, as the JSON text of its positions (`{"id":[x,y],...}`) and the
 * pinned ids: every node but you (at the centre by definition), rounded to a tenth, platforms
 * and seeds included, so a reopened map starts fully known and holds still.
 *
 * Text, made in steps: at 50k plants, gathering the positions as an object and having the
 * transport serialise it was a 50-70 ms task in the page; this is a few milliseconds a step,
 * and the door takes one string. Comparing two layouts is comparing two strings.
 */
export interface LayoutText {
  positionsJson: string;
  pinned: string[];
}

/** Nodes written between pauses of layoutTextSteps. */
const TEXT_STEP = 4096;

export function* layoutTextSteps(data: GraphData, positions: Float32Array, pinned: ReadonlySet<string>): Steps<LayoutText> {
  const parts: string[] = [];
  const keep: string[] = [];
  for (let start = 0; start < data.nodes.length; start += TEXT_STEP) {
    const entries: string[] = [];
    for (let i = start; i < Math.min(data.nodes.length, start + TEXT_STEP); i += 1) {
      const node = data.nodes[i] as GraphNode;
      if (node.kind === 'you') continue;
      const x = positions[node.index * 2];
      const y = positions[node.index * 2 + 1];
      if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      entries.push(`${JSON.stringify(node.id)}:[${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}]`);
      if (pinned.has(node.id)) keep.push(node.id);
    }
    if (entries.length) parts.push(entries.join(','));
    yield;
  }
  return { positionsJson: `{${parts.join(',')}}`, pinned: keep };
}

export function layoutText(data: GraphData, positions: Float32Array, pinned: ReadonlySet<string>): LayoutText {
  return runToEnd(layoutTextSteps(data, positions, pinned));
}

/** Whether two saved layouts hold the same positions and pins (nothing moved: no save). */
export function sameLayoutText(a: LayoutText, b: LayoutText): boolean {
  return a.positionsJson === b.positionsJson && a.pinned.length === b.pinned.length && a.pinned.every((id, i) => id === b.pinned[i]);
}
