/**
 * The bench page: the map's own MapController (worker layout, canvas painter) on a generated
 * garden in headless Chromium, with hooks the Node side of the bench drives. Frames are
 * timed by wrapping requestAnimationFrame before the controller is made; long tasks come
 * from a PerformanceObserver.
 */
import type { GardenSnapshot } from '../../../shared/api';
import { GRAPH_COLOURS } from '../../../shared/graph/colours';
import { DEFAULT_GRAPH_OPTIONS } from '../../../shared/graph/model';
import { buildGraphSteps, viewGraphSteps, type buildGraph, type viewGraph } from '../../../shared/graph/view-model';
import { runSliced } from '../../../renderer/src/graph/sliced';
import { MapController } from '../../../renderer/src/graph/map-controller';
import { PlanBuilder, buildStyleIndex, planBase, runPlan } from '../../../renderer/src/graph/painter';
import { tablePalette } from '../../../renderer/src/graph/palette';
import { bounds, fitView } from '../../../renderer/src/graph/viewport';

const WIDTH = 1280;
const HEIGHT = 800;

const frameWork: number[] = [];
let frameCount = 0;
const nativeRaf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) =>
  nativeRaf((time) => {
    const start = performance.now();
    callback(time);
    frameWork.push(performance.now() - start);
    frameCount += 1;
  });

/** Long tasks by start time: entries arrive late, so each window is cut by when tasks began. */
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
const longTasksBetween = (from: number, to: number) => longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration);

/** With ?debug (BENCH_DEBUG=1): which controller calls and canvas flushes take long, for finding long tasks. */
const slowCalls: string[] = [];
if (new URLSearchParams(location.search).has('debug')) {
  const proto = MapController.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['paintFrame', 'paintBaseNow', 'continueProgressive', 'onLayoutFrame', 'fit', 'highlight']) {
    const original = proto[name];
    if (!original) continue;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      const heap = memory?.usedJSHeapSize ?? 0;
      const t = performance.now();
      const result = original.apply(this, args);
      const d = performance.now() - t;
      if (d > 20) slowCalls.push(`${name} ${d.toFixed(0)} t=${t.toFixed(0)} heap ${((heap - (memory?.usedJSHeapSize ?? 0)) / 1e6).toFixed(1)}MB-freed`);
      return result;
    };
  }
}

if (new URLSearchParams(location.search).has('debug')) {
  const wrap = (target: Record<string, unknown>, name: string, label: string) => {
    const original = target[name] as (...args: unknown[]) => unknown;
    target[name] = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      const result = original.apply(this, args);
      const d = performance.now() - t;
      if (d > 20) slowCalls.push(`${label} ${d.toFixed(0)}`);
      return result;
    };
  };
  const ctx2d = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
  const ops: string[] = [];
  for (const name of ['stroke', 'fill', 'fillRect', 'drawImage', 'fillText']) {
    const original = ctx2d[name] as (...args: unknown[]) => unknown;
    ctx2d[name] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const m = this.getTransform();
      ops.push(`${name}[dash=${this.getLineDash().map((v) => v.toFixed(1)).join(',')} lw=${this.lineWidth.toFixed(2)} k=${m.a.toFixed(3)} a=${this.globalAlpha}]`);
      return original.apply(this, args);
    };
  }
  const gid = ctx2d.getImageData as (...args: unknown[]) => unknown;
  ctx2d.getImageData = function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    const result = gid.apply(this, args);
    const d = performance.now() - t;
    if (d > 20) slowCalls.push(`flush ${d.toFixed(0)} t=${performance.now().toFixed(0)} ops=${ops.length} ${ops.slice(0, 3).join(' ')} ${(this as { canvas?: HTMLCanvasElement }).canvas?.width}`);
    ops.length = 0;
    return result;
  };

  wrap(PlanBuilder.prototype as unknown as Record<string, unknown>, 'advance', 'plan.advance');
}

let controller: MapController | null = null;
let scene: { data: ReturnType<typeof buildGraph>; view: ReturnType<typeof viewGraph> } | null = null;
const palette = tablePalette(GRAPH_COLOURS.light);

function mount(
  data: ReturnType<typeof buildGraph>, view: ReturnType<typeof viewGraph>, saved: (id: string) => readonly [number, number] | undefined, limitMs: number,
): Promise<boolean> {
  const canvas = document.getElementById('map') as HTMLCanvasElement;
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), limitMs);
    controller = new MapController(
      canvas,
      {
        onHover: () => undefined,
        onOpen: () => undefined,
        onSettled: () => undefined,
        onLayoutState: (state) => {
          if (state === 'settled') {
            clearTimeout(timer);
            resolve(true);
          }
        },
        onPinned: () => undefined,
        onViewChange: () => undefined,
        onError: (message) => console.error(message),
      },
      { palette, font: 'sans-serif', reducedMotion: true },
    );
    controller.resize(WIDTH, HEIGHT, 1);
    controller.setView(view);
    // As MapCanvas does: the graph handed over in a task of its own.
    setTimeout(() => controller?.setGraph(data, saved, new Set()), 0);
  });
}

const bench = {
  /** Builds the map and lays it out; resolves once the layout has settled (or after `limitMs`). */
  async start(limitMs: number) {
    const snapshot = (await (await fetch('/snapshot.json')).json()) as GardenSnapshot;
    // In the app the snapshot was parsed when the garden opened, long before the map: its
    // garbage is gone by then. Here it was parsed a moment ago, and collecting the 27 MB of
    // it (at 50k) landed in the build's slices as 50-70 ms pauses the app does not have.
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
    const fetched = performance.now();
    // As the app opens the map (useSlicedGraph): the graph and its default view built a slice at a time.
    const sliced = runSliced((function* () {
      const graph = yield* buildGraphSteps(snapshot);
      return { graph, view: yield* viewGraphSteps(graph, DEFAULT_GRAPH_OPTIONS) };
    })());
    const { graph: data, view } = sliced.done ? sliced.value : await sliced.value;
    scene = { data, view };
    const builtMs = performance.now() - fetched;
    // Let the observer deliver the build's long tasks, then lay out.
    await new Promise((r) => setTimeout(r, 200));
    const buildLongTasks = longTasksBetween(fetched, performance.now());
    const started = performance.now();
    frameWork.length = 0;
    // The map is made in a task that starts after `started`, so its own long task is counted.
    await new Promise((r) => setTimeout(r, 0));
    const done = await mount(data, view, () => undefined, limitMs);
    // Let the last base paint finish.
    await new Promise((r) => setTimeout(r, 500));
    return {
      builtMs,
      buildLongTasks,
      settled: done,
      settleMs: performance.now() - started,
      nodes: data.nodes.length,
      edges: data.edges.length,
      ticks: controller?.stats.layout?.ticks ?? 0,
      workerTickMs: controller?.stats.layout?.tickMs ?? 0,
      longTasks: longTasksBetween(started, performance.now()),
      // With ?debug: when each began, to match with the slow calls' times.
      ...(slowCalls.length || new URLSearchParams(location.search).has('debug')
        ? { longTaskStarts: longTasks.filter((t) => t.start >= started && t.duration > 50).map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`) }
        : {}),
      slowCalls: [...slowCalls],
      slowFrames: frameWork.filter((w) => w > 50).length,
      longestFrame: Math.max(0, ...frameWork),
      frames: frameWork.length,
    };
  },

  /**
   * A layout still running when the bench stops waiting: the map is made again from where the
   * plants are now, every position known, as a garden reopens with its saved layout (it then
   * holds still at once).
   */
  async reopenSettled() {
    if (!controller || !scene) throw new Error('start first');
    const positions = controller.currentPositions().slice();
    const { data, view } = scene;
    controller.destroy();
    const done = await mount(data, view, (id) => {
      const i = data.indexById.get(id);
      return i === undefined ? undefined : [positions[i * 2] as number, positions[i * 2 + 1] as number];
    }, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    return done;
  },

  /** The baseline: one full redraw of every node and edge, the whole garden on screen, rasterised. */
  fullRedraw(runs: number) {
    if (!controller || !scene) throw new Error('start first');
    const positions = controller.currentPositions();
    const full = { data: scene.data, view: scene.view, style: buildStyleIndex(scene.data, scene.view), positions };
    const rect = bounds(positions, () => true);
    if (!rect) throw new Error('no positions');
    const at = fitView(rect, WIDTH, HEIGHT, 10);
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const times: number[] = [];
    let counts = { nodes: 0, edges: 0 };
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const plan = planBase(full, at, WIDTH, HEIGHT);
      runPlan(ctx, plan, full, { palette, dpr: 1, font: 'sans-serif' });
      ctx.getImageData(0, 0, 1, 1);
      times.push(performance.now() - start);
      counts = { nodes: plan.nodeCount, edges: plan.edgeCount };
    }
    return { times, ...counts };
  },

  /** Waits until no frame has been painted for `quietMs` (a large base finishing its slices), at most `limitMs`. */
  async quiet(quietMs: number, limitMs: number) {
    const start = performance.now();
    let last = frameCount;
    let since = performance.now();
    while (performance.now() - start < limitMs) {
      await new Promise((r) => setTimeout(r, 100));
      if (frameCount !== last) {
        last = frameCount;
        since = performance.now();
      } else if (performance.now() - since >= quietMs) return true;
    }
    return false;
  },

  resetFrames() {
    frameWork.length = 0;
    longTasks.length = 0;
    return frameCount;
  },

  frames() {
    return { work: [...frameWork], count: frameCount, longTasks: longTasks.map((t) => t.duration), stats: controller ? { ...controller.stats } : null };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
