import { describe, expect, it } from 'vitest';
import type { GardenSnapshot } from '../../../../shared/api';
import { LayoutSimulation } from '../../../../shared/graph/layout-core';
import { layoutInit, layoutInitSteps, layoutText, layoutTextSteps, orbitRadius, sameLayoutText } from '../../../../shared/graph/layout-input';
import { drainSteps } from './drain-steps';
import { buildGraph } from '../../../../shared/graph/view-model';
import { gp, plant, smallGarden } from '../../renderer/helpers/plants';

const data = buildGraph(smallGarden());
const none = () => undefined;

function settle(sim: LayoutSimulation, limit = 2000): number {
  let ticks = 0;
  while (!sim.settled && ticks < limit) {
    sim.tick();
    ticks += 1;
  }
  return ticks;
}

function at(positions: Float32Array, id: string): [number, number] {
  const i = data.indexById.get(id)!;
  return [positions[i * 2]!, positions[i * 2 + 1]!];
}

describe('layoutInit', () => {
  it('puts you at the centre, people on orbits by tie strength, and leaves ties out of the springs', () => {
    const init = layoutInit(data, none, new Set());
    expect(init.count).toBe(data.nodes.length);
    expect([init.positions[0], init.positions[1]]).toEqual([0, 0]);
    expect(Number.isNaN(init.positions[2])).toBe(true);
    const close = data.indexById.get('people/Close.md')!;
    const faded = data.indexById.get('people/Faded.md')!;
    expect(init.orbit[close]).toBeCloseTo(orbitRadius(0.95, data.nodes.length));
    expect(init.orbit[close]!).toBeLessThan(init.orbit[faded]!);
    expect(Number.isNaN(init.orbit[data.indexById.get('notes/A.md')!]!)).toBe(true);
    const ties = data.edges.filter((e) => e.kind === 'tie').length;
    expect(init.links.length / 2).toBe(data.edges.length - ties);
  });

  it('starts from known positions and flags the pinned ones', () => {
    const known = new Map<string, [number, number]>([['notes/A.md', [10, 20]], ['notes/B.md', [30, 40]]]);
    const init = layoutInit(data, (id) => known.get(id), new Set(['notes/B.md', 'notes/C.md']));
    const b = data.indexById.get('notes/B.md')!;
    expect([init.positions[b * 2], init.positions[b * 2 + 1]]).toEqual([30, 40]);
    expect(init.pinned[b]).toBe(1);
    // C has no position, so it cannot be pinned anywhere.
    expect(init.pinned[data.indexById.get('notes/C.md')!]).toBe(0);
  });

  it('is made in pieces for a large garden, ending with what one go makes', () => {
    const plants = Array.from({ length: 20_000 }, (_, i) =>
      i % 10 === 0 ? plant(`people/P${i}.md`, { kind: 'person', health: { state: 'thirsty', vitality: (i % 7) / 7 } }) : plant(`notes/N${i}.md`));
    const links = plants.map((p, i) => ({ from: p.path, to: plants[(i + 1) % plants.length]!.path }));
    const big = buildGraph({ ...smallGarden(), plants, links, seeds: [] });
    const known = new Map<string, [number, number]>([['notes/N1.md', [5, 6]], ['people/P10.md', [7, 8]]]);
    const lookup = (id: string) => known.get(id);
    const { pauses, value } = drainSteps(layoutInitSteps(big, lookup, new Set(['people/P10.md']), { repulsion: 2 }));
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(value).toEqual(layoutInit(big, lookup, new Set(['people/P10.md']), { repulsion: 2 }));
    // Ties to people are drawn, not sprung; everything else is.
    expect(value.links.length / 2).toBe(big.edges.filter((e) => e.kind !== 'tie').length);
    expect(value.pinned[big.indexById.get('people/P10.md')!]).toBe(1);
    expect(value.centre).toBe(big.indexById.get('you'));
  });
});

describe('LayoutSimulation', () => {
  it('settles a new layout, keeps you at the centre and strong ties closer than faded ones', () => {
    const sim = new LayoutSimulation(layoutInit(data, none, new Set()));
    expect(sim.settled).toBe(false);
    const ticks = settle(sim);
    expect(sim.settled).toBe(true);
    expect(ticks).toBeLessThan(400);
    const positions = sim.write(new Float32Array(data.nodes.length * 2));
    expect(at(positions, 'you')).toEqual([0, 0]);
    expect(Math.hypot(...at(positions, 'people/Close.md'))).toBeLessThan(Math.hypot(...at(positions, 'people/Faded.md')));
    for (const v of positions) expect(Number.isFinite(v)).toBe(true);
  });

  it('does not move a garden whose every position is known: it reopens as it was left', () => {
    const first = new LayoutSimulation(layoutInit(data, none, new Set()));
    settle(first);
    const left = first.write(new Float32Array(data.nodes.length * 2));
    const saved = new Map(data.nodes.map((n) => [n.id, at(left, n.id)]));
    const reopened = new LayoutSimulation(layoutInit(data, (id) => saved.get(id), new Set()));
    expect(reopened.settled).toBe(true);
    expect(reopened.write(new Float32Array(data.nodes.length * 2))).toEqual(left);
  });

  it('never moves a pinned plant, even while its neighbours are dragged about', () => {
    const known = new Map<string, [number, number]>([['notes/B.md', [200, -150]]]);
    const sim = new LayoutSimulation(layoutInit(data, (id) => known.get(id), new Set(['notes/B.md'])));
    settle(sim);
    const a = data.indexById.get('notes/A.md')!;
    sim.drag(a, 500, 500);
    for (let i = 0; i < 30; i += 1) sim.tick();
    expect(sim.settled).toBe(false);
    sim.release(a, false);
    settle(sim);
    const positions = sim.write(new Float32Array(data.nodes.length * 2));
    expect(at(positions, 'notes/B.md')).toEqual([200, -150]);
  });

  it('keeps a dropped plant where it was dropped when pinned, and lets it go when unpinned', () => {
    const sim = new LayoutSimulation(layoutInit(data, none, new Set()));
    settle(sim);
    const lonely = data.indexById.get('notes/Lonely.md')!;
    sim.drag(lonely, 400, 300);
    sim.tick();
    sim.release(lonely, true);
    settle(sim);
    let positions = sim.write(new Float32Array(data.nodes.length * 2));
    expect(at(positions, 'notes/Lonely.md')).toEqual([400, 300]);
    sim.unpin(lonely);
    settle(sim);
    positions = sim.write(new Float32Array(data.nodes.length * 2));
    expect(Math.hypot(...at(positions, 'notes/Lonely.md'))).toBeLessThan(Math.hypot(400, 300));
  });

  it('places a new plant beside its known neighbour and holds the rest while it settles in', () => {
    // Eleven known of twelve: the known ones are held while the newcomer finds its place.
    const many: GardenSnapshot = {
      ...smallGarden(),
      plants: [...smallGarden().plants, ...Array.from({ length: 5 }, (_, i) => plant(`notes/Extra ${i}.md`))],
      links: [...smallGarden().links, { from: gp('notes/Extra 0.md'), to: gp('notes/A.md') }],
    };
    const bigger = buildGraph(many);
    const known = new Map<string, [number, number]>();
    bigger.nodes.forEach((n, i) => {
      if (n.id !== 'notes/Extra 0.md') known.set(n.id, [i * 50 - 300, (i % 3) * 40]);
    });
    const init = layoutInit(bigger, (id) => known.get(id), new Set());
    const sim = new LayoutSimulation(init);
    const start = sim.write(new Float32Array(bigger.nodes.length * 2));
    const extra = bigger.indexById.get('notes/Extra 0.md')!;
    const anchor = known.get('notes/A.md')!;
    expect(Math.hypot(start[extra * 2]! - anchor[0], start[extra * 2 + 1]! - anchor[1])).toBeLessThan(20);
    for (let i = 0; i < 20; i += 1) sim.tick();
    const during = sim.write(new Float32Array(bigger.nodes.length * 2));
    const b = bigger.indexById.get('notes/B.md')!;
    expect([during[b * 2], during[b * 2 + 1]]).toEqual(known.get('notes/B.md'));
    expect(sim.settled).toBe(false);
  });
});

describe('layoutText', () => {
  it('keeps every node but you, rounded to a tenth, with the pinned ids, as the JSON the core reads', () => {
    const positions = new Float32Array(data.nodes.length * 2);
    data.nodes.forEach((n) => {
      positions[n.index * 2] = n.index + 0.123;
      positions[n.index * 2 + 1] = -n.index - 0.456;
    });
    const saved = layoutText(data, positions, new Set(['notes/A.md', 'seed:Idea']));
    const read = JSON.parse(saved.positionsJson) as Record<string, [number, number]>;
    const expected = data.nodes.filter((n) => n.kind !== 'you').map((n) => n.id);
    expect(expected).toContain('seed:Idea');
    expect(Object.keys(read).sort()).toEqual(expected.sort());
    const a = data.indexById.get('notes/A.md')!;
    expect(read['notes/A.md']).toEqual([Math.round((a + 0.123) * 10) / 10, Math.round((-a - 0.456) * 10) / 10]);
    expect(saved.pinned.sort()).toEqual(['notes/A.md', 'seed:Idea']);
  });

  it('writes ids that need escaping as valid JSON, and leaves out plants not placed yet', () => {
    const odd = buildGraph({
      ...smallGarden(),
      plants: [plant('notes/Say "hi" \\ there.md'), plant('notes/Tab\tand\nline.md'), plant('notes/Unplaced.md')],
      links: [],
      seeds: [],
    });
    const positions = new Float32Array(odd.nodes.length * 2).fill(3);
    const unplaced = odd.indexById.get('notes/Unplaced.md')!;
    positions[unplaced * 2] = Number.NaN;
    const read = JSON.parse(layoutText(odd, positions, new Set()).positionsJson) as Record<string, [number, number]>;
    expect(read['notes/Say "hi" \\ there.md']).toEqual([3, 3]);
    expect(read['notes/Tab\tand\nline.md']).toEqual([3, 3]);
    expect('notes/Unplaced.md' in read).toBe(false);
  });

  it('is written in pieces for a large garden, ending with what one go writes', () => {
    const plants = Array.from({ length: 20_000 }, (_, i) => plant(`notes/N${i}.md`));
    const big = buildGraph({ ...smallGarden(), plants, links: [], seeds: [] });
    const positions = new Float32Array(big.nodes.length * 2).map((_, i) => i * 0.37);
    const { pauses, value } = drainSteps(layoutTextSteps(big, positions, new Set(['notes/N5.md'])));
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(value).toEqual(layoutText(big, positions, new Set(['notes/N5.md'])));
    expect(Object.keys(JSON.parse(value.positionsJson) as object)).toHaveLength(big.nodes.length - 1);
  });

  it('tells a layout that did not move (so it is not saved again) from one that did, by a plant or a pin', () => {
    const positions = new Float32Array(data.nodes.length * 2).map((_, i) => i);
    const base = layoutText(data, positions, new Set(['notes/A.md']));
    expect(sameLayoutText(base, layoutText(data, positions.slice(), new Set(['notes/A.md'])))).toBe(true);
    const moved = positions.slice();
    const b = data.indexById.get('notes/B.md')! * 2;
    moved[b] = moved[b]! + 0.5;
    expect(sameLayoutText(base, layoutText(data, moved, new Set(['notes/A.md'])))).toBe(false);
    expect(sameLayoutText(base, layoutText(data, positions, new Set()))).toBe(false);
    expect(sameLayoutText(base, layoutText(data, positions, new Set(['notes/B.md'])))).toBe(false);
  });
});

describe('force settings', () => {
  it('scale repulsion, link lengths and the centre pull, within bounds', () => {
    const plain = layoutInit(data, none, new Set());
    const strong = layoutInit(data, none, new Set(), { repulsion: 2, linkDistance: 1.5, centrePull: 0.5 });
    expect(strong.settings.chargeStrength).toBe(plain.settings.chargeStrength * 2);
    expect([...strong.linkDistance]).toEqual([...plain.linkDistance].map((d) => Math.fround(d * 1.5)));
    expect(strong.centreStrength).toBeCloseTo(plain.centreStrength * 0.5);
    const wild = layoutInit(data, none, new Set(), { repulsion: 1e6, linkDistance: Number.NaN, centrePull: -1 });
    expect(wild.settings.chargeStrength).toBe(plain.settings.chargeStrength * 3);
    expect([...wild.linkDistance]).toEqual([...plain.linkDistance]);
    expect(wild.centreStrength).toBeCloseTo(plain.centreStrength * 0.2);
  });

  it('lay a garden whose every position is known out again when asked (reheat), pinned plants staying put', () => {
    const known = new Map(data.nodes.map((n) => [n.id, [n.index * 40 - 100, n.index * 7] as [number, number]]));
    const still = new LayoutSimulation(layoutInit(data, (id) => known.get(id), new Set()));
    expect(still.settled).toBe(true);
    const again = new LayoutSimulation(layoutInit(data, (id) => known.get(id), new Set(['notes/A.md']), { repulsion: 2 }, 0.6));
    expect(again.settled).toBe(false);
    settle(again);
    const p = again.write(new Float32Array(data.nodes.length * 2));
    expect(at(p, 'notes/A.md')).toEqual([Math.fround(known.get('notes/A.md')![0]), Math.fround(known.get('notes/A.md')![1])]);
    expect(at(p, 'notes/B.md')).not.toEqual([Math.fround(known.get('notes/B.md')![0]), Math.fround(known.get('notes/B.md')![1])]);
  });
});
