import { describe, expect, it } from 'vitest';
import { HitTester } from '../../../../renderer/src/graph/hit-test';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What the hit test must answer: every visible node checked, the closest edge within the slack, ties to the lower index. */
function bruteForce(positions: Float32Array, visible: Uint8Array, reach: (i: number) => number, wx: number, wy: number, slack: number): number {
  let best = -1;
  let bestGap = Infinity;
  for (let i = 0; i < visible.length; i += 1) {
    if (!visible[i] || !Number.isFinite(positions[i * 2]!)) continue;
    const gap = Math.hypot(positions[i * 2]! - wx, positions[i * 2 + 1]! - wy) - reach(i);
    if (gap <= slack && gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

describe('HitTester', () => {
  it('finds the plant under the pointer, the nearest edge winning where shapes overlap', () => {
    const positions = new Float32Array([0, 0, 10, 0, 100, 100]);
    const visible = new Uint8Array([1, 1, 1]);
    const hits = new HitTester((i) => (i === 0 ? 8 : 4));
    expect(hits.find(positions, visible, 1, 1, 0, 0)).toBe(0);
    // At x = 6 both hold the point: 2 inside node 0's edge, on node 1's: the one it is deeper in.
    expect(hits.find(positions, visible, 1, 6, 0, 0)).toBe(0);
    expect(hits.find(positions, visible, 1, 9, 0, 0)).toBe(1);
    expect(hits.find(positions, visible, 1, 101, 99, 0)).toBe(2);
    expect(hits.find(positions, visible, 1, 50, 50, 2)).toBe(-1);
  });

  it('skips hidden plants and those not placed yet', () => {
    const positions = new Float32Array([0, 0, Number.NaN, Number.NaN, 0, 0]);
    const hits = new HitTester(() => 5);
    expect(hits.find(positions, new Uint8Array([0, 1, 1]), 1, 0, 0, 0)).toBe(2);
    expect(hits.find(positions, new Uint8Array([0, 1, 0]), 2, 0, 0, 0)).toBe(-1);
  });

  it('sees where plants moved once the version changes, and not before', () => {
    const positions = new Float32Array([0, 0, 50, 50]);
    const visible = new Uint8Array([1, 1]);
    const hits = new HitTester(() => 3);
    expect(hits.find(positions, visible, 1, 50, 50, 0)).toBe(1);
    positions[2] = 500;
    positions[3] = 500;
    expect(hits.find(positions, visible, 2, 500, 500, 0)).toBe(1);
    expect(hits.find(positions, visible, 2, 50, 50, 0)).toBe(-1);
  });

  it('answers as a check of every plant would, over a large spread-out garden', () => {
    const next = random(7);
    const n = 20_000;
    const positions = new Float32Array(n * 2);
    // A dense core and a far-flung rim, as a force layout leaves them.
    for (let i = 0; i < n; i += 1) {
      const far = i % 50 === 0 ? 40 : 1;
      positions[i * 2] = (next() - 0.5) * 2000 * far;
      positions[i * 2 + 1] = (next() - 0.5) * 1200 * far;
    }
    const visible = new Uint8Array(n).map((_, i) => (i % 7 === 3 ? 0 : 1));
    const reach = (i: number) => 2 + (i % 5) * 3;
    const hits = new HitTester(reach);
    let found = 0;
    for (let q = 0; q < 3000; q += 1) {
      const i = Math.floor(next() * n);
      // Near a plant (often on one), or anywhere.
      const wx = q % 2 ? positions[i * 2]! + (next() - 0.5) * 20 : (next() - 0.5) * 4000;
      const wy = q % 2 ? positions[i * 2 + 1]! + (next() - 0.5) * 20 : (next() - 0.5) * 2400;
      const expected = bruteForce(positions, visible, reach, wx, wy, 1.5);
      expect(hits.find(positions, visible, 1, wx, wy, 1.5)).toBe(expected);
      if (expected >= 0) found += 1;
    }
    expect(found).toBeGreaterThan(500);
  });
});
