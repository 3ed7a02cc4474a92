import { describe, expect, it } from 'vitest';
import { PaintPacer } from '../../../../renderer/src/graph/paint-pacer';

const SLICE = 6;

/**
 * Paints `total` work a slice at a time, as the controller does: chunks from the pacer until
 * the slice is spent, each chunk costing what `costAt(done)` says a unit of work costs there.
 * Returns how long each slice took.
 */
function paint(pacer: PaintPacer, total: number, costAt: (done: number) => number): number[] {
  const slices: number[] = [];
  let done = 0;
  pacer.startPlan();
  while (done < total) {
    let elapsed = 0;
    while (done < total) {
      const size = Math.min(total - done, pacer.chunk('edges|dashed', elapsed));
      const ms = size * costAt(done);
      pacer.learn('edges|dashed', size, ms);
      elapsed += ms;
      done += size;
      if (elapsed > SLICE) break;
    }
    slices.push(elapsed);
  }
  return slices;
}

describe('PaintPacer', () => {
  it('starts a kind it has never measured with a small chunk, growing twofold while unmeasured', () => {
    const pacer = new PaintPacer(SLICE, 4);
    expect(pacer.chunk('labels|', 0)).toBe(4);
    expect(pacer.chunk('labels|', 0)).toBe(8);
  });

  it('sizes a chunk to what is left of the slice once the cost is known', () => {
    const pacer = new PaintPacer(SLICE, 4);
    pacer.learn('nodes|plain', 100, 1); // 0.01 ms a unit
    for (let i = 0; i < 10; i += 1) pacer.chunk('nodes|plain', 0); // past the growth limit
    expect(pacer.chunk('nodes|plain', 0)).toBeCloseTo((SLICE * 0.7) / 0.01);
    expect(pacer.chunk('nodes|plain', 3)).toBeCloseTo((3 * 0.7) / 0.01);
    // Late in the slice, still something gets drawn.
    expect(pacer.chunk('nodes|plain', 20)).toBeGreaterThan(0);
  });

  it('keeps slices within the budget at a steady cost, with no slice more than a chunk over', () => {
    const slices = paint(new PaintPacer(SLICE), 50_000, () => 0.004);
    expect(slices.length).toBeGreaterThan(20);
    // Every slice but the last is spent; none goes far past it.
    for (const ms of slices.slice(0, -1)) expect(ms).toBeGreaterThan(SLICE * 0.5);
    expect(Math.max(...slices)).toBeLessThan(SLICE * 1.5);
  });

  it('after a chunk far dearer than learned, the next slices are back within the budget', () => {
    // Short lines first, then ten times dearer ones (long dashed edges across the map).
    const slices = paint(new PaintPacer(SLICE), 40_000, (done) => (done < 20_000 ? 0.004 : 0.04));
    const over = slices.map((ms, i) => (ms > SLICE * 1.5 ? i : -1)).filter((i) => i >= 0);
    // One slice pays for the surprise (one chunk's worth), and the cost is raised at once, not averaged in.
    expect(over.length).toBeLessThanOrEqual(1);
    expect(Math.max(...slices)).toBeLessThan(SLICE * 10);
    const after = slices.slice((over[0] ?? 0) + 1, -1);
    expect(after.length).toBeGreaterThan(10);
    for (const ms of after) expect(ms).toBeLessThan(SLICE * 1.5);
  });

  it('within a plan, a kind’s chunks at most double, so a cost learned elsewhere cannot make one huge chunk', () => {
    const pacer = new PaintPacer(SLICE, 4);
    pacer.learn('edges|solid', 1000, 0.1); // very cheap, as measured on another view
    pacer.startPlan();
    const sizes = [pacer.chunk('edges|solid', 0), pacer.chunk('edges|solid', 0), pacer.chunk('edges|solid', 0)];
    expect(sizes).toEqual([8, 16, 32]);
  });
});
