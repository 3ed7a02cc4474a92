import { describe, expect, it } from 'vitest';
import type { GardenSnapshot } from '../../../../shared/api';
import { DEFAULT_GRAPH_OPTIONS, type GraphData, type GraphOptions } from '../../../../shared/graph/model';
import {
  LABEL_ZOOM, PlanBuilder, buildStyleIndex, buildStyleIndexSteps, withLabelOrder, labelText, neighbourhood, outlineOf, paintOverlay, placeLabels, planBase, runPlan, type PaintContext, type PaintScene,
} from '../../../../renderer/src/graph/painter';
import { tablePalette } from '../../../../renderer/src/graph/palette';
import { buildGraph, viewGraph } from '../../../../shared/graph/view-model';
import { day, gp, plant } from '../helpers/plants';
import { RecordingContext } from './recording-context';
import { drainSteps } from '../../shared/graph/drain-steps';

const COLOURS: Record<string, string> = {
  'graph-bg': 'BG', 'graph-outline': 'OUTLINE', 'graph-label': 'LABEL', 'graph-oneway': 'ONEWAY', 'graph-you': 'YOU', 'graph-focus': 'FOCUS',
  'graph-edge': 'EDGE', 'graph-edge-platform': 'EDGE-PLATFORM', 'graph-seed': 'SEED', 'graph-platform': 'PLATFORM',
  'graph-thriving': 'THRIVING', 'graph-healthy': 'HEALTHY', 'graph-thirsty': 'THIRSTY', 'graph-wilting': 'WILTING', 'graph-dormant': 'DORMANT',
  'graph-orphan': 'ORPHAN', 'graph-unplanted': 'UNPLANTED',
  'graph-edge-thriving': 'E-THRIVING', 'graph-edge-healthy': 'E-HEALTHY', 'graph-edge-thirsty': 'E-THIRSTY', 'graph-edge-wilting': 'E-WILTING', 'graph-edge-dormant': 'E-DORMANT',
};
const paint: PaintContext = { palette: tablePalette(COLOURS), dpr: 1, font: 'sans-serif' };

function garden(): GardenSnapshot {
  return {
    name: 'Test',
    today: day('2026-11-25'),
    plants: [
      plant('people/Priya.md', { kind: 'person', title: 'Priya', health: { state: 'wilting', vitality: 0.1, reciprocity: 'balanced' } }),
      plant('people/Jordan.md', { kind: 'person', title: 'Jordan', health: { state: 'healthy', vitality: 0.8, reciprocity: 'only-taking' } }),
      plant('notes/A.md', { title: 'A note with a title long enough to be cut short on the map' }),
      plant('notes/B.md'),
      plant('sources/S.md', { kind: 'source', health: { state: 'thriving' } }),
      plant('goals/G.md', { kind: 'goal', health: { state: 'dormant', vitality: 0.1 } }),
    ],
    links: [
      { from: gp('notes/A.md'), to: gp('notes/B.md') },
      { from: gp('notes/A.md'), to: gp('people/Priya.md') },
      { from: gp('notes/B.md'), to: gp('sources/S.md') },
      { from: gp('goals/G.md'), to: gp('notes/B.md') },
    ],
    seeds: [{ target: 'Idea', mentionedIn: [gp('notes/A.md')] }],
  };
}

/** Every node on a row, 100 apart, you at 0: x = index × 100. */
function scene(data: GraphData, o: Partial<GraphOptions> = {}): PaintScene {
  const view = viewGraph(data, { ...DEFAULT_GRAPH_OPTIONS, ...o });
  const positions = new Float32Array(data.nodes.length * 2);
  data.nodes.forEach((n) => {
    positions[n.index * 2] = n.index * 100;
    positions[n.index * 2 + 1] = 0;
  });
  return { data, view, style: buildStyleIndex(data, view), positions };
}

const data = buildGraph(garden());
const idx = (id: string) => data.indexById.get(id)!;

function painted(s: PaintScene, view = { k: 1, x: 50, y: 300 }, width = 2000, height = 600) {
  const ctx = new RecordingContext(width, height);
  const plan = planBase(s, view, width, height);
  expect(runPlan(ctx as unknown as CanvasRenderingContext2D, plan, s, paint)).toBe(true);
  return { ctx, plan };
}

describe('planBase and runPlan', () => {
  it('paints every visible node and edge on screen, batched by style', () => {
    const s = scene(data);
    const { ctx, plan } = painted(s);
    expect(plan.nodeCount).toBe(data.nodes.length);
    expect(plan.edgeCount).toBe(data.edges.length);
    // One fill per style bucket, not one per node.
    const fills = ctx.calls.filter((c) => c.op === 'fill' && c.style !== 'ONEWAY' && c.style !== 'YOU');
    expect(fills.length).toBeLessThan(data.nodes.length);
    expect(fills.map((c) => c.style)).toEqual(expect.arrayContaining(['WILTING', 'HEALTHY', 'THRIVING', 'DORMANT']));
  });

  it('paints only what is on screen', () => {
    const s = scene(data);
    // 250 px wide at k = 1 from x = 0: only nodes 0, 1, 2 (x = 0, 100, 200) are on screen.
    const { plan } = painted(s, { k: 1, x: 0, y: 300 }, 250, 600);
    expect(plan.nodeCount).toBe(3);
    expect(plan.edgeCount).toBeLessThan(data.edges.length);
  });

  it('dashes the edges of thirsty and worse, and dots the way to a seed', () => {
    const s = scene(data);
    const { ctx } = painted(s);
    const wiltingTie = ctx.calls.find((c) => c.op === 'stroke' && c.style === 'E-WILTING' && c.points.some(([x]) => x === 0));
    expect(wiltingTie?.dash.length).toBe(2);
    const healthyLinks = ctx.calls.find((c) => c.op === 'stroke' && c.style === 'EDGE');
    expect(healthyLinks?.dash).toEqual([]);
    const seedEdge = ctx.calls.find((c) => c.op === 'stroke' && c.style === 'SEED' && c.shapes === 1 && c.points.length === 2);
    expect(seedEdge?.dash[0]).toBeLessThan(seedEdge?.dash[1] ?? 0);
  });

  it('draws one arrowhead on a one-way tie, pointing at you for only-taking, and rings the person', () => {
    const s = scene(data);
    const { ctx } = painted(s);
    const arrows = ctx.calls.filter((c) => c.op === 'fill' && c.style === 'ONEWAY');
    expect(arrows).toHaveLength(1);
    expect(arrows[0]!.shapes).toBe(1);
    // The tip sits just outside you (x = 0), on the side toward Jordan.
    const tip = arrows[0]!.points[0]!;
    expect(tip[0]).toBeGreaterThan(0);
    expect(tip[0]).toBeLessThan(40);
    const ring = ctx.calls.find((c) => c.op === 'stroke' && c.style === 'ONEWAY');
    // moveTo the ring's edge, then the arc about Jordan's centre.
    expect(ring?.points[1]?.[0]).toBe(idx('people/Jordan.md') * 100);
  });

  it('gives each state its texture: strong for thriving, dashed for wilting, dotted for dormant, hollow for a seed', () => {
    expect(['thriving', 'healthy', 'thirsty', 'wilting', 'dormant', 'seed'].map(outlineOf)).toEqual(['strong', 'plain', 'dashed', 'dashed', 'dotted', 'hollow']);
    const { ctx } = painted(scene(data));
    const outlineAfter = (fill: string) => {
      const at = ctx.calls.findIndex((c) => c.op === 'fill' && c.style === fill);
      return ctx.calls[at + 1];
    };
    expect(outlineAfter('WILTING')?.dash).toHaveLength(2);
    expect(outlineAfter('DORMANT')?.dash[0]).toBeLessThan(outlineAfter('DORMANT')?.dash[1] ?? 0);
    expect(outlineAfter('THRIVING')?.dash).toEqual([]);
    // A seed is filled with the background and outlined in its colour.
    const seedFill = ctx.calls.find((c) => c.op === 'fill' && c.style === 'BG' && c.points.some(([x]) => x === idx('seed:Idea') * 100));
    expect(seedFill).toBeDefined();
  });

  it('draws the shape of each kind: arcs for people, corners for diamonds and stars', () => {
    const { ctx } = painted(scene(data));
    const fillAt = (id: string) => ctx.calls.find((c) => c.op === 'fill' && c.points.some(([x, y]) => Math.abs(x - idx(id) * 100) < 20 && Math.abs(y) < 20));
    expect(fillAt('people/Priya.md')?.arcs).toBe(1);
    expect(fillAt('sources/S.md')?.points).toHaveLength(4);
    expect(fillAt('goals/G.md')?.points).toHaveLength(10);
    expect(fillAt('platform:x')).toBeUndefined();
  });

  it('labels plants when few are on screen or when zoomed in, cutting long titles short, never overlapping', () => {
    const { ctx } = painted(scene(data), { k: 3, x: 50, y: 300 }, 6000);
    expect(ctx.texts()).toContain('You');
    expect(ctx.texts()).toContain('Priya');
    expect(ctx.texts()).toContain(labelText('A note with a title long enough to be cut short on the map'));
    expect(labelText('A note with a title long enough to be cut short on the map').endsWith('…')).toBe(true);
    expect(ctx.texts()).toHaveLength(data.nodes.length);
    // Each label sits on a halo of the background colour, drawn first, so edges never cut it.
    expect(ctx.halos().get('Priya')).toBe(8);
    const priya = ctx.calls.flatMap((c, i) => (c.op === 'fillText' && c.text === 'Priya' ? [{ i, halo: c.style === 'BG' }] : []));
    expect(priya.at(-1)).toEqual({ i: expect.any(Number), halo: false });
    // Closer together, the long label would run into its neighbours' on either side: it gives way.
    const crowded = painted(scene(data), { k: 0.4, x: 50, y: 300 }, 4000);
    expect(crowded.ctx.texts()).not.toContain(labelText('A note with a title long enough to be cut short on the map'));
    expect(crowded.ctx.texts()).toContain('You');
  });

  it('styles a large garden in pieces, ending with the style made in one go', () => {
    const plants = Array.from({ length: 20_000 }, (_, i) => plant(`notes/N${i}.md`, { health: { state: i % 3 ? 'healthy' : 'orphan' } }));
    const big = buildGraph({ name: 'Big', today: day('2026-11-25'), plants, links: plants.map((p, i) => ({ from: p.path, to: gp(`notes/N${(i + 1) % 20_000}.md`) })), seeds: [] });
    const view = viewGraph(big, DEFAULT_GRAPH_OPTIONS);
    const { pauses, value } = drainSteps(buildStyleIndexSteps(big, view));
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(value).toEqual(buildStyleIndex(big, view));
    expect(value.nodeBuckets.length).toBeGreaterThanOrEqual(2); // healthy and orphaned notes look different
  });

  it('a style made first without its labels paints them once they are ranked, exactly as one made in one go', () => {
    const whole = scene(data);
    const early = { ...whole, style: buildStyleIndex(data, whole.view, { labels: false }) };
    const view = { k: 3, x: 50, y: 300 };
    expect(painted(early, view, 6000).ctx.texts()).toEqual([]);
    const ranked = { ...early, style: withLabelOrder(early.style, data, whole.view) };
    expect(painted(ranked, view, 6000).ctx.texts()).toEqual(painted(whole, view, 6000).ctx.texts());
    expect([...ranked.style.labelOrder]).toEqual([...whole.style.labelOrder]);
  });

  it('names only you and the most urgent when zoomed out on a crowded map, and draws tiny nodes as dots', () => {
    const plants = Array.from({ length: 300 }, (_, i) => plant(`notes/N${i}.md`));
    const many: GardenSnapshot = { ...garden(), plants, links: [], seeds: [] };
    const big = buildGraph(many);
    const s = scene(big);
    const far = { k: 0.01, x: 10, y: 300 };
    const { ctx, plan } = painted(s, far, 2000, 600);
    expect(plan.labelCount).toBe(1);
    expect(ctx.texts()).toEqual(['You']);
    expect(ctx.calls.filter((c) => c.op === 'fillRect').length).toBeGreaterThan(200);
    const near = painted(s, { k: LABEL_ZOOM, x: 10, y: 300 }, 2000, 600);
    expect(near.plan.labelCount).toBeGreaterThan(0);
    // A wilting goal is among the most urgent: it keeps its name far out too.
    plants[150] = plant('notes/Stalled.md', { kind: 'goal', title: 'Stalled', health: { state: 'wilting', vitality: 0.3 } });
    const urgent = painted(scene(buildGraph({ ...many, plants })), far, 2000, 600);
    expect(urgent.ctx.texts().sort()).toEqual(['Stalled', 'You']);
  });

  it('stops at the deadline and picks up where it left off', () => {
    const many: GardenSnapshot = { ...garden(), plants: Array.from({ length: 4000 }, (_, i) => plant(`notes/N${i}.md`)), links: [], seeds: [] };
    const big = buildGraph(many);
    const s = scene(big);
    const ctx = new RecordingContext();
    const plan = planBase(s, { k: 0.05, x: 10, y: 300 }, 2000, 600);
    let slices = 1;
    while (!runPlan(ctx as unknown as CanvasRenderingContext2D, plan, s, paint, () => true)) slices += 1;
    expect(slices).toBeGreaterThan(1);
    const whole = new RecordingContext();
    runPlan(whole as unknown as CanvasRenderingContext2D, planBase(s, { k: 0.05, x: 10, y: 300 }, 2000, 600), s, paint);
    const count = (c: RecordingContext) => c.calls.reduce((sum, call) => sum + (call.op === 'fillRect' ? 1 : call.shapes), 0);
    expect(count(ctx)).toBe(count(whole));
  });

  it('measures a chunk by the length of its lines on screen: zoomed in, fewer edges go in one path', () => {
    const plants = Array.from({ length: 60 }, (_, i) => plant(`notes/N${i}.md`));
    const chain: GardenSnapshot = { ...garden(), plants, links: plants.slice(1).map((p, i) => ({ from: plants[i]!.path, to: p.path })), seeds: [] };
    const s = scene(buildGraph(chain));
    // Edges between neighbours are 100 apart: 100 px on screen at k = 1, 4 px at k = 0.04.
    const edgesPerPath = (k: number) => {
      const ctx = new RecordingContext(100_000, 600);
      const plan = planBase(s, { k, x: 0, y: 300 }, 100_000, 600);
      const works: number[] = [];
      runPlan(ctx as unknown as CanvasRenderingContext2D, plan, s, paint, (kind, work) => {
        if (kind.startsWith('edges')) works.push(work);
        return false;
      }, 40);
      const strokes = ctx.calls.filter((c) => c.op === 'stroke' && c.shapes > 0 && c.dash.length === 0 && c.style.startsWith('EDGE'));
      return { most: Math.max(...strokes.map((c) => c.shapes)), works };
    };
    const near = edgesPerPath(1);
    const far = edgesPerPath(0.04);
    expect(near.most).toBe(3); // 1 + 100/8 = 13.5 of work each: three reach 40.5
    expect(far.most).toBeGreaterThan(near.most * 4);
    // Each chunk is told to the pacer with the work it held: at least the budget, but for a step's last.
    expect(near.works.filter((w) => w < 40).length).toBeLessThanOrEqual(new Set(s.style.edgeBuckets).size);
  });

  it('plans a large garden in slices too, ending with the same plan as in one go', () => {
    const many: GardenSnapshot = { ...garden(), plants: Array.from({ length: 9000 }, (_, i) => plant(`notes/N${i}.md`)), links: [], seeds: [] };
    const s = scene(buildGraph(many));
    const view = { k: 0.05, x: 10, y: 300 };
    const builder = new PlanBuilder(s, view, 2000, 600);
    let slices = 1;
    let plan = builder.advance(() => true);
    while (plan === null) {
      plan = builder.advance(() => true);
      slices += 1;
    }
    expect(slices).toBeGreaterThan(1);
    const whole = planBase(s, view, 2000, 600);
    expect({ ...plan, positions: null }).toEqual({ ...whole, positions: null });
  });
});

describe('paintOverlay', () => {
  it('dims the map and brings a hovered plant and its neighbours forward, labelled', () => {
    const s = scene(data);
    const { nodes, edges } = neighbourhood(data, s.view, idx('notes/B.md'));
    expect(nodes.map((i) => data.nodes[i]!.id).sort()).toEqual(['goals/G.md', 'notes/A.md', 'notes/B.md', 'sources/S.md']);
    expect(edges).toHaveLength(3);
    const ctx = new RecordingContext(6000, 600);
    paintOverlay(ctx as unknown as CanvasRenderingContext2D, s, { k: 3, x: 50, y: 300 }, 6000, 600, paint, {
      hovered: idx('notes/B.md'), selected: -1, nodes, edges, dim: true, pulse: -1, pulsing: [],
    });
    expect(ctx.calls[0]).toMatchObject({ op: 'fillRect', style: 'BG' });
    expect(ctx.texts().sort()).toEqual(['A note with a title long enough…', 'B', 'G', 'S'].sort());
  });

  it('breathes around the urgent plants only while a pulse is given', () => {
    const s = scene(data);
    const urgent = data.nodes.filter((n) => n.urgent).map((n) => n.index);
    expect(urgent.length).toBeGreaterThan(0);
    const calm = new RecordingContext(2000, 600);
    paintOverlay(calm as unknown as CanvasRenderingContext2D, s, { k: 1, x: 50, y: 300 }, 2000, 600, paint, { hovered: -1, selected: -1, nodes: [], edges: [], dim: false, pulse: -1, pulsing: urgent });
    expect(calm.calls).toEqual([]);
    const breathing = new RecordingContext(2000, 600);
    paintOverlay(breathing as unknown as CanvasRenderingContext2D, s, { k: 1, x: 50, y: 300 }, 2000, 600, paint, { hovered: -1, selected: -1, nodes: [], edges: [], dim: false, pulse: 0.5, pulsing: urgent });
    expect(breathing.calls.filter((c) => c.op === 'stroke')).toHaveLength(urgent.length);
  });
});

describe('placeLabels', () => {
  const a = idx('notes/A.md');
  it('puts a label on the side where it fits whole on screen, never cut by an edge', () => {
    const s = scene(data);
    // Node A sits 20 px from the left edge: its label goes right.
    const nearLeft = placeLabels(s, s.positions, { k: 1, x: 20 - a * 100, y: 300 }, [a], 800, 600, 10);
    expect(nearLeft).toEqual([{ index: a, left: false }]);
    // 20 px from the right edge: its label goes left.
    const nearRight = placeLabels(s, s.positions, { k: 1, x: 780 - a * 100, y: 300 }, [a], 800, 600, 10);
    expect(nearRight).toEqual([{ index: a, left: true }]);
    // On a canvas too narrow for it on either side, it is not drawn at all.
    expect(placeLabels(s, s.positions, { k: 1, x: 100 - a * 100, y: 300 }, [a], 200, 600, 10)).toEqual([]);
  });
});
