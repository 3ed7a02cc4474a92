/**
 * Which plant is under the pointer: a d3-quadtree of the visible nodes, rebuilt only when
 * positions or visibility change, and only when asked (a pointer move), never per frame.
 */
import { quadtree, type Quadtree, type QuadtreeLeaf } from 'd3-quadtree';

export class HitTester {
  private tree: Quadtree<number> | null = null;
  private version = -1;
  private maxReach = 0;

  /** `reach(i)`: how far node i's shape extends from its centre, in world units. */
  constructor(private readonly reach: (index: number) => number) {}

  /**
   * The visible node whose shape (plus `slack`) contains (wx, wy), the closest to its edge
   * when several do; -1 for none. `version` must change whenever positions or visibility do.
   */
  find(positions: Float32Array, visible: Uint8Array, version: number, wx: number, wy: number, slack: number): number {
    if (this.tree === null || this.version !== version) this.build(positions, visible, version);
    const tree = this.tree as Quadtree<number>;
    const radius = this.maxReach + slack;
    let best = -1;
    let bestGap = Infinity;
    tree.visit((quad, x0, y0, x1, y1) => {
      if (x0 > wx + radius || x1 < wx - radius || y0 > wy + radius || y1 < wy - radius) return true;
      if (!quad.length) {
        for (let leaf: QuadtreeLeaf<number> | undefined = quad as QuadtreeLeaf<number>; leaf; leaf = leaf.next) {
          const i = leaf.data;
          const gap = Math.hypot((positions[i * 2] as number) - wx, (positions[i * 2 + 1] as number) - wy) - this.reach(i);
          if (gap <= slack && gap < bestGap) {
            best = i;
            bestGap = gap;
          }
        }
      }
      return false;
    });
    return best;
  }

  private build(positions: Float32Array, visible: Uint8Array, version: number): void {
    const indices: number[] = [];
    let maxReach = 0;
    for (let i = 0; i < visible.length; i += 1) {
      if (!visible[i]) continue;
      indices.push(i);
      maxReach = Math.max(maxReach, this.reach(i));
    }
    this.tree = quadtree<number>()
      .x((i) => positions[i * 2] as number)
      .y((i) => positions[i * 2 + 1] as number)
      .addAll(indices);
    this.maxReach = maxReach;
    this.version = version;
  }
}
