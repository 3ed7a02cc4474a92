import { describe, expect, it } from 'vitest';
import { layoutSync } from '../../../../shared/graph/layout-sync';
import { buildGraph } from '../../../../shared/graph/view-model';
import { smallGarden } from '../../renderer/helpers/plants';

describe('layoutSync', () => {
  const data = buildGraph(smallGarden());
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
