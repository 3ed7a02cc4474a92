/**
 * The whole app in browser mode (the built renderer in headless Chromium, the HTTP door on a
 * generated garden): main-thread long tasks while the garden opens and while the map opens
 * and lays out. The graph bench measures the map's controller alone; this is what a person
 * opening the app meets, React views included. Needs `npm run build` (done when missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createGardenService } from '../../electron/garden/service';
import { startHttpDoor } from '../../electron/server/http-door';
import type { Row } from './core-bench';
import type { GeneratedGarden } from './generate-garden';

interface LongTask {
  start: number;
  duration: number;
}

type Probe = Window & { longTasks: LongTask[] };

const words = (tasks: LongTask[]) => {
  const over = tasks.map((t) => t.duration).filter((d) => d > 50);
  return over.length ? `${over.length} over 50 ms (longest ${Math.round(Math.max(...over))} ms)` : 'none over 50 ms';
};

export async function benchApp(garden: GeneratedGarden, size: number): Promise<Row[]> {
  const projectRoot = path.resolve('.');
  const rendererDir = path.join(projectRoot, 'out', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
  const userData = await mkdtemp(path.join(os.tmpdir(), 'pln-app-bench-'));
  const service = await createGardenService({ userDataDir: userData, resourcesDir: path.join(projectRoot, 'resources'), initialRoot: garden.root });
  const door = await startHttpDoor({ service, rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const probe = window as unknown as Probe;
      probe.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const tasksSince = (from: number) => page.evaluate((f) => (window as unknown as Probe).longTasks.filter((t) => t.start >= f), from);
    const now = () => page.evaluate(() => performance.now());

    await page.goto(door.url);
    // Open: indexing done and the plant list counting the plants (earlier parts of the bench
    // may have added a few notes, so the count itself is not fixed).
    await page.getByText(/^\d+ plants/).first().waitFor({ timeout: 120_000 });
    await page.getByTestId('index-progress').waitFor({ state: 'detached', timeout: 120_000 });
    await page.waitForTimeout(1000);
    const opened = await tasksSince(0);
    const mapFrom = await now();
    await page.evaluate(() => (location.hash = '#/graph'));
    const limit = size >= 50_000 ? 60_000 : 120_000;
    const settled = await page
      .locator('[data-testid="graph-stage"][data-layout="settled"]')
      .waitFor({ timeout: limit })
      .then(() => true, () => false);
    const mapMs = (await now()) - mapFrom;
    await page.waitForTimeout(500);
    const mapped = await tasksSince(mapFrom);
    return [
      { size, figure: 'app: long tasks while the garden opens (browser mode)', value: words(opened), baseline: '—', ratio: '—', target: '—' },
      {
        size,
        figure: `app: long tasks while the map opens and lays out (${settled ? `settled in ${(mapMs / 1000).toFixed(1)} s` : `not settled in ${limit / 1000} s`})`,
        value: words(mapped), baseline: '—', ratio: '—', target: 'none over 50 ms',
      },
    ];
  } finally {
    await browser.close();
    await door.close();
    await service.close();
    await rm(userData, { recursive: true, force: true });
  }
}
