/**
 * Issue 5's figures (QUALITY.md), each beside a baseline measured in the same run:
 * - one layout tick of the map's own simulation (shared/graph/layout-core.ts, the code the
 *   worker runs) against d3-force's own tick with its default forces (link, many-body,
 *   centre) on the same graph from the same start, in Node;
 * - in headless Chromium, with the map's MapController and its worker: main-thread work per
 *   frame while panning, zooming and hovering, against one full canvas redraw of every node
 *   and edge; long tasks while the layout runs; and what the page does once settled (frames
 *   painted and main-thread busy time over a few idle seconds: it should be nothing).
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { Garden } from '../../electron/garden/garden';
import { buildSnapshot } from '../../electron/garden/snapshot';
import { LayoutSimulation } from '../../shared/graph/layout-core';
import { layoutInit } from '../../shared/graph/layout-input';
import type { GraphData } from '../../shared/graph/model';
import { buildGraph } from '../../shared/graph/view-model';
import type { GardenSnapshot } from '../../shared/api';
import type { Row } from './core-bench';
import type { GeneratedGarden } from './generate-garden';
import { percentile } from './measure';

const here = path.dirname(fileURLToPath(import.meta.url));
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`);
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '—');

/** Ours and d3's default tick, alternating rounds so machine noise falls on both. */
function tickRows(data: GraphData, size: number): Row[] {
  const init = layoutInit(data, () => undefined, new Set());
  const ours = new LayoutSimulation(init);
  const start = ours.write(new Float32Array(data.nodes.length * 2));
  const nodes: SimulationNodeDatum[] = Array.from({ length: data.nodes.length }, (_, i) => ({ x: start[i * 2] as number, y: start[i * 2 + 1] as number }));
  const links: { source: number; target: number }[] = [];
  for (let i = 0; i * 2 + 1 < init.links.length; i += 1) links.push({ source: init.links[i * 2] as number, target: init.links[i * 2 + 1] as number });
  const d3 = forceSimulation(nodes).force('link', forceLink(links)).force('charge', forceManyBody()).force('center', forceCenter()).stop();
  const rounds = size >= 50_000 ? 3 : size >= 10_000 ? 6 : 12;
  const perRound = size >= 50_000 ? 2 : 5;
  const mine: number[] = [];
  const theirs: number[] = [];
  // One warm-up tick each (JIT, quadtree allocation).
  ours.tick();
  d3.tick();
  for (let r = 0; r < rounds; r += 1) {
    let t = performance.now();
    for (let i = 0; i < perRound; i += 1) ours.tick();
    mine.push((performance.now() - t) / perRound);
    t = performance.now();
    d3.tick(perRound);
    theirs.push((performance.now() - t) / perRound);
  }
  const a = percentile(mine, 50);
  const b = percentile(theirs, 50);
  return [{
    size, figure: `graph: one layout tick (${data.nodes.length.toLocaleString('en')} nodes, ${init.links.length / 2} springs)`,
    value: ms(a), baseline: `${ms(b)} d3-force default tick`, ratio: ratio(a, b), target: '≤ 1×',
  }];
}

async function buildPage(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'pln-graph-bench-page-'));
  await build({
    root: path.join(here, 'graph'),
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, minify: true, rollupOptions: { input: path.join(here, 'graph', 'page.html') } },
    worker: { format: 'es' },
  });
  return outDir;
}

function serve(dir: string, snapshot: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/snapshot.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(snapshot);
      return;
    }
    const file = path.join(dir, url.pathname === '/' ? 'page.html' : path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/page.html` });
  }));
}

interface BenchWindow {
  bench: {
    quiet(quietMs: number, limitMs: number): Promise<boolean>;
    start(limitMs: number): Promise<{ builtMs: number; buildLongTasks: number[]; settled: boolean; settleMs: number; nodes: number; edges: number; ticks: number; workerTickMs: number; longTasks: number[]; slowFrames: number; longestFrame: number; frames: number }>;
    reopenSettled(): Promise<boolean>;
    fullRedraw(runs: number): { times: number[]; nodes: number; edges: number };
    resetFrames(): number;
    frames(): { work: number[]; count: number; longTasks: number[] };
  };
}

/** Long tasks (over 50 ms by definition) as the table gives them. */
function longTaskWords(durations: number[]): string {
  const over50 = durations.filter((d) => d > 50);
  return over50.length ? `${over50.length} over 50 ms (longest ${ms(Math.max(...over50))})` : 'none over 50 ms';
}

/** Pans, zooms and hovers the way a person does, one input per frame. */
async function gestures(page: Page): Promise<void> {
  const box = { x: 0, y: 0, w: 1280, h: 800 };
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  // Pan: drag the empty top-left corner around (a press on a plant would drag the plant).
  await page.mouse.move(20, 20);
  await page.mouse.down();
  for (let i = 0; i < 40; i += 1) await page.mouse.move(20 + i * 8, 20 + i * 5, { steps: 1 });
  await page.mouse.up();
  // Zoom in and out around the centre.
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 20; i += 1) await page.mouse.wheel(0, -120);
  for (let i = 0; i < 20; i += 1) await page.mouse.wheel(0, 120);
  // Hover across the middle, where plants are.
  for (let i = 0; i < 60; i += 1) await page.mouse.move(cx - 300 + i * 10, cy - 100 + (i % 10) * 20);
}

async function chromiumRows(snapshot: GardenSnapshot, size: number): Promise<Row[]> {
  const dir = await buildPage();
  const { server, url } = await serve(dir, JSON.stringify(snapshot));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // The page collects the heap after parsing the snapshot (see page.ts).
      '--js-flags=--expose-gc',
      ...(process.env.BENCH_DEBUG ? ['--enable-precise-memory-info'] : []),
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(process.env.BENCH_DEBUG ? `${url}?debug` : url);
    // A 50k layout takes minutes on these machines; long tasks are watched for its first minute.
    const limit = size >= 50_000 ? 60_000 : 120_000;
    const load = os.loadavg()[0] ?? 0;
    const laid = await page.evaluate((l) => (window as unknown as BenchWindow).bench.start(l), limit);
    if (errors.length) throw new Error(errors.join('; '));
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ ...laid, longTasks: laid.longTasks.map(Math.round) }));
    const rows: Row[] = [];
    rows.push({
      size, figure: `graph: view-model built in the page, in slices (buildGraph + viewGraph, ${laid.nodes.toLocaleString('en')} nodes, ${laid.edges.toLocaleString('en')} edges)`,
      value: `${ms(laid.builtMs)}; ${longTaskWords(laid.buildLongTasks)}`, baseline: '—', ratio: '—', target: 'none over 50 ms',
    });
    rows.push({
      size, figure: `graph: main-thread long tasks while laying out (${laid.settled ? `settled in ${ms(laid.settleMs)}` : `not settled in ${ms(limit)}`}, ${laid.ticks} ticks)`,
      value: longTaskWords(laid.longTasks), baseline: `load average ${load.toFixed(1)} on ${os.cpus().length} cores`, ratio: '—', target: 'none over 50 ms',
    });
    if (!laid.settled && !(await page.evaluate(() => (window as unknown as BenchWindow).bench.reopenSettled()))) throw new Error('the map did not hold still with every position known');

    const redraw = await page.evaluate(() => (window as unknown as BenchWindow).bench.fullRedraw(3));
    const full = percentile(redraw.times, 50);
    await page.evaluate(() => (window as unknown as BenchWindow).bench.resetFrames());
    await gestures(page);
    await page.waitForTimeout(400);
    const frames = await page.evaluate(() => (window as unknown as BenchWindow).bench.frames());
    const p95 = percentile(frames.work, 95);
    rows.push({
      size, figure: `graph: frame while panning, zooming, hovering (p95 of ${frames.work.length} frames; mean ${ms(frames.work.reduce((a, b) => a + b, 0) / Math.max(1, frames.work.length))})`,
      value: ms(p95), baseline: `${ms(full)} full redraw (${redraw.nodes} nodes, ${redraw.edges} edges)`, ratio: ratio(p95, full), target: '≤ 0.25×',
    });
    const duringGestures = frames.longTasks.filter((d) => d > 50).length;
    if (duringGestures) rows.push({ size, figure: 'graph: long tasks during the gestures', value: `${duringGestures} over 50 ms`, baseline: '—', ratio: '—', target: 'none over 50 ms' });

    // Idle: nothing should run once settled and untouched (after the crisp repaint that
    // follows a gesture has finished its slices).
    await page.mouse.move(2, 2);
    const quiet = await page.evaluate(() => (window as unknown as BenchWindow).bench.quiet(1000, 60_000));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    };
    const before = await page.evaluate(() => (window as unknown as BenchWindow).bench.resetFrames());
    const busyBefore = await metric();
    const idleMs = 3000;
    await page.waitForTimeout(idleMs);
    const busyAfter = await metric();
    const after = await page.evaluate(() => (window as unknown as BenchWindow).bench.frames().count);
    rows.push({
      size, figure: `graph: once settled, over ${idleMs / 1000} s idle${quiet ? '' : ' (still painting after 60 s)'}`,
      value: `${after - before} frames, main thread ${(((busyAfter - busyBefore) * 1000) / idleMs * 100).toFixed(2)}% busy`, baseline: '—', ratio: '—', target: 'idle (no redraw loop)',
    });
    return rows;
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchGraph(garden: GeneratedGarden, size: number): Promise<Row[]> {
  const opened = await Garden.open(garden.root, { readOnly: true });
  const snapshot = buildSnapshot(opened.index, opened.name, opened.today());
  const data = buildGraph(snapshot);
  const rows = tickRows(data, size);
  rows.push(...(await chromiumRows(snapshot, size)));
  return rows;
}
