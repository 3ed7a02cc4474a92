/**
 * Which plant is under the pointer: a uniform grid of the visible nodes in typed arrays,
 * rebuilt only when positions or visibility change, and only when asked (a pointer move),
 * never per frame.
 *
 * A grid rather than a d3-quadtree: while a large garden is still laying out, positions
 * change with every tick, so the index is rebuilt on the next pointer move after each one.
 * A quadtree of 50k plants took 30-60 ms to build (a long task per hover); the grid is two
 * passes of a counting sort, a few milliseconds.
 */
export class HitTester {
  private version = -1;
  private maxReach = 0;
  private x0 = 0;
  private y0 = 0;
  private cell = 1;
  private cols = 0;
  private rows = 0;
  /** Nodes by cell: those of cell c are order[start[c]] up to order[start[c + 1]]. */
  private start = new Int32Array(1);
  private order = new Int32Array(0);

  /** `reach(i)`: how far node i's shape extends from its centre, in world units. */
  constructor(private readonly reach: (index: number) => number) {}

  /**
   * The visible node whose shape (plus `slack`) contains (wx, wy), the closest to its edge
   * when several do; -1 for none. `version` must change whenever positions or visibility do.
   */
  find(positions: Float32Array, visible: Uint8Array, version: number, wx: number, wy: number, slack: number): number {
    if (this.version !== version) this.build(positions, visible, version);
    if (this.cols === 0 || !Number.isFinite(wx) || !Number.isFinite(wy)) return -1;
    const radius = this.maxReach + slack;
    const c0 = Math.max(0, Math.floor((wx - radius - this.x0) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((wx + radius - this.x0) / this.cell));
    const r0 = Math.max(0, Math.floor((wy - radius - this.y0) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((wy + radius - this.y0) / this.cell));
    let best = -1;
    let bestGap = Infinity;
    for (let row = r0; row <= r1; row += 1) {
      for (let col = c0; col <= c1; col += 1) {
        const c = row * this.cols + col;
        for (let j = this.start[c] as number; j < (this.start[c + 1] as number); j += 1) {
          const i = this.order[j] as number;
          const gap = Math.hypot((positions[i * 2] as number) - wx, (positions[i * 2 + 1] as number) - wy) - this.reach(i);
          // Ties go to the lower index, whatever order the cells are visited in.
          if (gap <= slack && (gap < bestGap || (gap === bestGap && i < best))) {
            best = i;
            bestGap = gap;
          }
        }
      }
    }
    return best;
  }

  private build(positions: Float32Array, visible: Uint8Array, version: number): void {
    this.version = version;
    let count = 0;
    let maxReach = 0;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < visible.length; i += 1) {
      const x = positions[i * 2] as number;
      const y = positions[i * 2 + 1] as number;
      if (!visible[i] || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      count += 1;
      maxReach = Math.max(maxReach, this.reach(i));
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    this.maxReach = maxReach;
    if (count === 0) {
      this.cols = 0;
      return;
    }
    // About two nodes a cell, and cells no smaller than a shape, so a query visits a few.
    const width = Math.max(x1 - x0, 1e-6);
    const height = Math.max(y1 - y0, 1e-6);
    const cell = Math.max(Math.sqrt((width * height) / Math.max(1, count / 2)), maxReach, 1e-6);
    const cols = Math.min(4096, Math.floor(width / cell) + 1);
    const rows = Math.min(4096, Math.floor(height / cell) + 1);
    const cellOf = new Int32Array(visible.length).fill(-1);
    const start = new Int32Array(cols * rows + 1);
    for (let i = 0; i < visible.length; i += 1) {
      const x = positions[i * 2] as number;
      const y = positions[i * 2 + 1] as number;
      if (!visible[i] || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      const col = Math.min(cols - 1, Math.floor((x - x0) / cell));
      const row = Math.min(rows - 1, Math.floor((y - y0) / cell));
      const c = row * cols + col;
      cellOf[i] = c;
      start[c + 1] = (start[c + 1] as number) + 1;
    }
    for (let c = 0; c < cols * rows; c += 1) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const fill = start.slice(0, cols * rows);
    const order = new Int32Array(count);
    for (let i = 0; i < visible.length; i += 1) {
      const c = cellOf[i] as number;
      if (c < 0) continue;
      order[fill[c] as number] = i;
      fill[c] = (fill[c] as number) + 1;
    }
    this.x0 = x0;
    this.y0 = y0;
    this.cell = cell;
    this.cols = cols;
    this.rows = rows;
    this.start = start;
    this.order = order;
  }
}
