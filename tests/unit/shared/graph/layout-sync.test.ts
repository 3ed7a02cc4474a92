import { describe, expect, it } from 'vitest';
import type { GardenSnapshot } from '../../../../shared/api';
import { layoutSync } from '../../../../shared/graph/layout-sync';
import { buildGraph } from '../../../../shared/graph/view-model';
import { day, gp, plant } from '../../renderer/helpers/plants';

function garden(): GardenSnapshot {
  return {
    name: 'Test',
    today: day('2026-11-25'),
    plants: [
      plant('people/Close.md', { kind: 'person', health: { state: 'thriving', vitality: 0.95 } }),
      plant('people/Faded.md', { kind: 'person', health: { state: 'dormant', vitality: 0.02 } }),
      ...['A', 'B', 'C', 'D'].map((t) => plant(`notes/${t}.md`)),
    ],
    links: [
      { from: gp('notes/A.md'), to: gp('notes/B.md') },
      { from: gp('notes/B.md'), to: gp('notes/C.md') },
      { from: gp('notes/C.md'), to: gp('people/Close.md') },
    ],
    seeds: [],
  };
}

describe('layoutSync', () => {
  const data = buildGraph(garden());
  const at = (p: Float32Array, id: string) => {
    const i = data.indexById.get(id)!;
    return [p[i * 2]!, p[i * 2 + 1]!] as const;
  };

  it('lays a garden out to rest in one call: you at the centre, a strong tie closer than a faded one', () => {
    const p = layoutSync(data, {});
    expect(at(p, 'you')).toEqual([0, 0]);
    for (const v of p) expect(Number.isFinite(v)).toBe(true);
    expect(Math.hypot(...at(p, 'people/Close.md'))).toBeLessThan(Math.hypot(...at(p, 'people/Faded.md')));
  });

  it('gives the same positions for the same seed', () => {
    expect([...layoutSync(data, {}, { seed: 3 })]).toEqual([...layoutSync(data, {}, { seed: 3 })]);
  });

  it('keeps saved positions as they are when all are known', () => {
    const saved = Object.fromEntries(data.nodes.map((n, i) => [n.id, [i * 10 - 20, i * 3] as [number, number]]));
    const p = layoutSync(data, saved);
    for (const node of data.nodes) {
      if (node.kind === 'you') continue;
      expect(at(p, node.id)).toEqual([Math.fround(saved[node.id]![0]), Math.fround(saved[node.id]![1])]);
    }
  });
});
