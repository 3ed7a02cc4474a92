/**
 * The force layout run to rest in one go, for Node (`pln graph`, the portfolio export) when a
 * garden has no saved positions, or only some. The same forces as the map's worker, so a
 * picture drawn here looks like the map; known positions are kept as the map keeps them.
 */
import { seededRandom } from '../seeded-random';
import { LayoutSimulation } from './layout-core';
import { layoutInit, type PositionLookup } from './layout-input';
import type { ForceSettings, GraphData } from './model';

export interface LayoutSyncOptions {
  /** Upper bound on ticks, so a huge garden still finishes (the layout usually rests well before). */
  maxTicks?: number;
  /** Seed of the tie-breaking random source: the same seed gives the same picture. */
  seed?: number;
  /** Ids the user pinned: they never move. */
  pinned?: ReadonlySet<string>;
  /** A saved view's force settings. */
  forces?: Partial<ForceSettings>;
}

export type KnownPositions = Readonly<Record<string, readonly [number, number]>> | PositionLookup;

/** x,y per node of `data`, by node index. */
export function layoutSync(data: GraphData, knownPositions: KnownPositions = {}, options: LayoutSyncOptions = {}): Float32Array {
  const lookup: PositionLookup =
    typeof knownPositions === 'function' ? knownPositions : (id) => (Object.hasOwn(knownPositions, id) ? knownPositions[id] : undefined);
  const init = layoutInit(data, lookup, options.pinned ?? new Set(), options.forces);
  const simulation = new LayoutSimulation(init, seededRandom(options.seed ?? 1));
  const most = options.maxTicks ?? 1000;
  for (let tick = 0; tick < most && !simulation.settled; tick += 1) simulation.tick();
  return simulation.write(new Float32Array(data.nodes.length * 2));
}
