/**
 * The force layout on typed arrays: d3-force over a private copy of the nodes (d3 mutates
 * what it is given), read out as x,y pairs. Runs in the layout worker; pure enough to be
 * tested in Node.
 *
 * Forces: links (d3's default strength scaled per kind), many-body repulsion with a
 * Barnes–Hut `theta`, a radial force that keeps people orbiting you (closer when the tie
 * is strong), and a weak pull toward the centre so islands do not drift away. You are
 * held at (0, 0). Pinned nodes are fixed (fx/fy).
 *
 * A layout that starts with every position known does not move at all: the garden reopens
 * as it was left. When most are known, the known ones are held while the new ones find
 * their place, then released.
 */
import {
  forceLink, forceManyBody, forceRadial, forceSimulation, forceX, forceY,
  type Simulation, type SimulationLinkDatum, type SimulationNodeDatum,
} from 'd3-force';
import type { LayoutInit, LayoutSettings } from './layout-types';

interface SimNode extends SimulationNodeDatum {
  index: number;
}

type SimLink = SimulationLinkDatum<SimNode> & { index: number };

export function defaultLayoutSettings(count: number): LayoutSettings {
  const large = count > 2000;
  return {
    // Coarser Barnes–Hut as gardens grow: the picture barely changes, the tick gets cheaper.
    theta: large ? 1.2 : count > 800 ? 1 : 0.9,
    chargeStrength: -40,
    distanceMax: large ? 400 : Number.POSITIVE_INFINITY,
    alphaDecay: count > 5000 ? 0.04 : 0.0228,
    alphaMin: 0.001,
    velocityDecay: 0.4,
  };
}

/** Share of known positions above which the known ones are held while new ones settle. */
const HOLD_KNOWN_ABOVE = 0.9;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export class LayoutSimulation {
  readonly count: number;
  private readonly nodes: SimNode[];
  private readonly simulation: Simulation<SimNode, SimLink>;
  private readonly pinned: Uint8Array;
  private readonly held: number[] = [];
  private readonly alphaMin: number;
  private readonly centre: number;
  ticks = 0;

  /** `random` replaces d3's seeded source (it only breaks ties of coinciding nodes): see shared/seeded-random.ts. */
  constructor(init: LayoutInit, random?: () => number) {
    this.count = init.count;
    this.pinned = new Uint8Array(init.pinned);
    this.alphaMin = init.settings.alphaMin;
    this.centre = init.centre;
    this.nodes = Array.from({ length: init.count }, (_, index) => ({ index }));
    const known = this.place(init);

    const links: SimLink[] = [];
    for (let i = 0; i * 2 + 1 < init.links.length; i += 1) {
      const source = init.links[i * 2] as number;
      const target = init.links[i * 2 + 1] as number;
      if (source < init.count && target < init.count && source !== target) links.push({ source, target, index: i });
    }
    const degree = new Uint32Array(init.count);
    for (const link of links) {
      degree[link.source as number] = (degree[link.source as number] ?? 0) + 1;
      degree[link.target as number] = (degree[link.target as number] ?? 0) + 1;
    }

    const s = init.settings;
    this.simulation = forceSimulation<SimNode, SimLink>(this.nodes).stop();
    if (random) this.simulation.randomSource(random);
    this.simulation
      .alphaDecay(s.alphaDecay)
      .alphaMin(s.alphaMin)
      .velocityDecay(s.velocityDecay)
      .force(
        'link',
        forceLink<SimNode, SimLink>(links)
          .distance((l) => init.linkDistance[l.index] ?? 30)
          .strength((l) => {
            const base = 1 / Math.max(1, Math.min(degree[(l.source as SimNode).index] ?? 1, degree[(l.target as SimNode).index] ?? 1));
            return base * (init.linkStrength[l.index] ?? 1);
          }),
      )
      .force('charge', forceManyBody<SimNode>().strength(s.chargeStrength).theta(s.theta).distanceMax(s.distanceMax))
      .force(
        'orbit',
        forceRadial<SimNode>((n) => {
          const r = init.orbit[n.index] ?? Number.NaN;
          return Number.isNaN(r) ? 0 : r;
        }).strength((n) => (Number.isNaN(init.orbit[n.index] ?? Number.NaN) ? 0 : init.orbitStrength)),
      )
      .force('x', forceX<SimNode>(0).strength(init.centreStrength ?? 0.015))
      .force('y', forceY<SimNode>(0).strength(init.centreStrength ?? 0.015));

    const centre = this.nodes[init.centre];
    if (centre) {
      centre.fx = 0;
      centre.fy = 0;
    }
    for (const node of this.nodes) {
      if (this.pinned[node.index]) {
        node.fx = node.x;
        node.fy = node.y;
      }
    }

    const share = init.count === 0 ? 1 : known / init.count;
    if (init.reheat !== undefined && init.reheat > 0) {
      // Asked to lay out again (new forces): everything not pinned moves.
      this.simulation.alpha(Math.min(1, init.reheat));
    } else if (share >= 1) {
      this.simulation.alpha(0);
    } else if (share >= HOLD_KNOWN_ABOVE) {
      // Hold what the user already saw; only the newcomers move.
      for (let i = 0; i < init.count; i += 1) {
        const node = this.nodes[i] as SimNode;
        if (!Number.isNaN(init.positions[i * 2] ?? Number.NaN) && node.fx == null) {
          node.fx = node.x;
          node.fy = node.y;
          this.held.push(i);
        }
      }
      this.simulation.alpha(0.3);
    } else {
      this.simulation.alpha(known > 0 ? 0.5 : 1);
    }
  }

  /** Gives every node a start: its saved place, else near its placed neighbours, else a spiral. */
  private place(init: LayoutInit): number {
    let known = 0;
    const unknown: number[] = [];
    for (let i = 0; i < init.count; i += 1) {
      const x = init.positions[i * 2] ?? Number.NaN;
      const y = init.positions[i * 2 + 1] ?? Number.NaN;
      const node = this.nodes[i] as SimNode;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        node.x = x;
        node.y = y;
        known += 1;
      } else {
        unknown.push(i);
      }
    }
    if (unknown.length === 0) return known;
    if (known > 0) {
      const neighbours: number[][] = Array.from({ length: init.count }, () => []);
      for (let e = 0; e * 2 + 1 < init.links.length; e += 1) {
        const a = init.links[e * 2] as number;
        const b = init.links[e * 2 + 1] as number;
        neighbours[a]?.push(b);
        neighbours[b]?.push(a);
      }
      // Rounds: each places the nodes that touch a placed one, so chains grow outward.
      let pending = unknown;
      for (let round = 0; round < 8 && pending.length > 0; round += 1) {
        const placedNow: [number, number, number][] = [];
        const still: number[] = [];
        for (const i of pending) {
          let sx = 0;
          let sy = 0;
          let n = 0;
          for (const j of neighbours[i] ?? []) {
            const other = this.nodes[j] as SimNode;
            if (other.x !== undefined && other.y !== undefined) {
              sx += other.x;
              sy += other.y;
              n += 1;
            }
          }
          if (n === 0) still.push(i);
          else {
            const angle = i * GOLDEN_ANGLE;
            placedNow.push([i, sx / n + 12 * Math.cos(angle), sy / n + 12 * Math.sin(angle)]);
          }
        }
        for (const [i, x, y] of placedNow) {
          const node = this.nodes[i] as SimNode;
          node.x = x;
          node.y = y;
        }
        if (placedNow.length === 0) break;
        pending = still;
      }
    }
    // The rest on a sunflower spiral, as d3 does, outside what is already there.
    let inner = 0;
    if (known > 0) {
      for (const node of this.nodes) if (node.x !== undefined && node.y !== undefined) inner = Math.max(inner, Math.hypot(node.x, node.y));
    }
    let k = 0;
    for (const node of this.nodes) {
      if (node.x !== undefined && node.y !== undefined) continue;
      const r = inner + 10 * Math.sqrt(0.5 + k);
      const angle = k * GOLDEN_ANGLE;
      node.x = r * Math.cos(angle);
      node.y = r * Math.sin(angle);
      k += 1;
    }
    return known;
  }

  get alpha(): number {
    return this.simulation.alpha();
  }

  /** Settled: cool, and nobody is being dragged. */
  get settled(): boolean {
    return this.simulation.alpha() < this.alphaMin && this.simulation.alphaTarget() === 0;
  }

  tick(): void {
    this.simulation.tick();
    this.ticks += 1;
    if (this.held.length > 0 && this.simulation.alpha() < 0.02) this.releaseHeld();
  }

  private releaseHeld(): void {
    for (const i of this.held) {
      const node = this.nodes[i] as SimNode;
      if (!this.pinned[i]) {
        node.fx = null;
        node.fy = null;
      }
    }
    this.held.length = 0;
  }

  /** Copies x,y pairs into `out` (length ≥ 2 × count). */
  write(out: Float32Array): Float32Array {
    const nodes = this.nodes;
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i] as SimNode;
      out[i * 2] = node.x ?? 0;
      out[i * 2 + 1] = node.y ?? 0;
    }
    return out;
  }

  /** Holds a node under the pointer and warms the layout so its neighbours follow. */
  drag(index: number, x: number, y: number): void {
    const node = this.nodes[index];
    if (!node || index === this.centre) return;
    node.fx = x;
    node.fy = y;
    node.x = x;
    node.y = y;
    this.simulation.alphaTarget(0.3);
    if (this.simulation.alpha() < 0.1) this.simulation.alpha(0.1);
  }

  /** Lets go: the node stays where it was dropped when pinned, else rejoins the forces. */
  release(index: number, pinned: boolean): void {
    const node = this.nodes[index];
    this.simulation.alphaTarget(0);
    if (!node || index === this.centre) return;
    this.pinned[index] = pinned ? 1 : 0;
    if (!pinned) {
      node.fx = null;
      node.fy = null;
    }
  }

  unpin(index: number): void {
    const node = this.nodes[index];
    if (!node || index === this.centre) return;
    this.pinned[index] = 0;
    node.fx = null;
    node.fy = null;
    this.reheat(0.2);
  }

  reheat(alpha: number): void {
    this.simulation.alpha(Math.max(this.simulation.alpha(), alpha));
  }
}
