/**
 * Issue 3's figures at 10k notes: rename with 1,000 referencing files (beside rewriting the
 * same files by hand, plainly and with the same crash-safe writes), and keystroke → preview
 * for a 50 KB note in the real app (browser mode in Chromium), beside a 1 KB note in the
 * same page. Search p95 is in search-bench.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { writeFileAtomic } from '../../electron/garden/atomic-write';
import { Garden } from '../../electron/garden/garden';
import { renamePlant } from '../../electron/garden/rename';
import { createGardenService } from '../../electron/garden/service';
import { startHttpDoor } from '../../electron/server/http-door';
import { chromiumPath } from '../e2e/support/chromium';
import type { Row } from './core-bench';
import type { GeneratedGarden } from './generate-garden';
import { median, percentile } from './measure';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const REFERRERS = 1000;
/** Every link form rename rewrites, spread over the referring files. */
const FORMS = ['[[Hub]]', '[[Hub|the hub]]', '[[Hub#Why]]', '![[Hub]]', '[[hub]]', '[hub](Hub.md)'];

export async function benchEditing(garden: GeneratedGarden, size: number): Promise<Row[]> {
  if (size !== 10_000) return [];
  const rows = await benchRename(garden, size);
  rows.push(...(await benchPreview(garden, size)));
  return rows;
}

async function benchRename(garden: GeneratedGarden, size: number): Promise<Row[]> {
  await writeFile(path.join(garden.root, 'Hub.md'), '# Hub\n\n## Why\n\nThe note everything points at.\n');
  const referrers = garden.files.filter((f) => f.endsWith('.md')).slice(0, REFERRERS);
  await Promise.all(referrers.map(async (file, i) => writeFile(file, `${await readFile(file, 'utf8')}\nSee ${FORMS[i % FORMS.length]}.\n`)));
  const g = await Garden.open(garden.root);

  // Rename there and back, so every run rewrites all 1,000 files.
  const names = ['Hub.md', 'Hub moved.md'];
  let at = 0;
  let rewritten = 0;
  const rename = await median(3, async () => {
    const result = await renamePlant(g, names[at % 2] as string, names[(at + 1) % 2] as string);
    rewritten = result.rewritten.length;
    at += 1;
  });
  const texts = referrers.map((f) => readFileSync(f));
  const plain = await median(3, async () => {
    await Promise.all(referrers.map((f, i) => writeFile(f, texts[i] as Buffer)));
  });
  const safe = await median(3, async () => {
    for (const [i, f] of referrers.entries()) await writeFileAtomic(f, texts[i] as Buffer);
  });
  return [
    { size, figure: `rename, ${rewritten} referencing files rewritten`, value: fmt(rename), baseline: `${fmt(plain)} fs.writeFile of them`, ratio: (rename / plain).toFixed(2), target: '—' },
    { size, figure: '  same, against crash-safe writes of them', value: fmt(rename), baseline: `${fmt(safe)} temp+fsync+rename each`, ratio: (rename / safe).toFixed(2), target: '—' },
  ];
}

/** 50 KB of the markdown people write: headings, lists, links, a table, code, tasks. */
function bigNote(bytes: number): string {
  const parts: string[] = ['# A long working note\n'];
  let i = 0;
  while (parts.join('').length < bytes) {
    i += 1;
    parts.push(
      `\n## Section ${i}\n\nScaffolding fades as the learner grows; see [[Note ${i} learning]] and [[Zone of proximal development|the ZPD]]. *Emphasis* and **strong** and \`code\`.\n`,
      `\n- point one about [[Note ${i + 1} reading]]\n- point two #reading\n- [ ] a task\n- [x] a done task\n`,
      i % 5 === 0 ? `\n| a | b |\n|---|---|\n| ${i} | two |\n\n\`\`\`ts\nconst x = ${i};\n\`\`\`\n` : '',
    );
  }
  return parts.join('');
}

function ensureBuilt(): void {
  if (existsSync(path.join(projectRoot, 'out', 'renderer', 'index.html'))) return;
  spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: projectRoot, stdio: 'inherit' });
}

/** Types `count` characters at the end of the note; returns ms from each keydown to the preview showing it. */
async function keystrokesToPreview(page: Page, origin: string, note: string, count: number): Promise<{ samples: number[]; longTasks: number }> {
  await page.goto(`${origin}/#/note/${encodeURIComponent(note)}`);
  await page.locator('[data-testid="note-preview"]').waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number; __down: number | null };
    w.__lat = [];
    w.__long = 0;
    w.__down = null;
    new PerformanceObserver((list) => (w.__long += list.getEntries().filter((e) => e.duration > 50).length)).observe({ type: 'longtask' });
    document.addEventListener('keydown', () => (w.__down = performance.now()), true);
    const preview = document.querySelector('[data-testid="note-preview"]') as Element;
    new MutationObserver(() => {
      if (w.__down === null) return;
      const down = w.__down;
      w.__down = null;
      // The change is on screen at the next frame.
      requestAnimationFrame(() => w.__lat.push(performance.now() - down));
    }).observe(preview, { subtree: true, childList: true, characterData: true });
  });
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.type(i % 6 === 5 ? ' ' : 'q');
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i, { timeout: 10_000 });
  }
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __long: number };
    return { samples: w.__lat, longTasks: w.__long };
  });
}

async function benchPreview(garden: GeneratedGarden, size: number): Promise<Row[]> {
  ensureBuilt();
  await writeFile(path.join(garden.root, 'Big note.md'), bigNote(50_000));
  await writeFile(path.join(garden.root, 'Small note.md'), bigNote(1_000));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'pln-bench-user-'));
  const service = await createGardenService({ userDataDir, resourcesDir: path.join(projectRoot, 'resources'), initialRoot: garden.root });
  const door = await startHttpDoor({ service, rendererDir: path.join(projectRoot, 'out', 'renderer') });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(door.url);
    await page.evaluate(() => localStorage.setItem('pln.note.viewMode', 'split'));
    const origin = new URL(door.url).origin;
    const small = await keystrokesToPreview(page, origin, 'Small note.md', 20);
    const big = await keystrokesToPreview(page, origin, 'Big note.md', 30);
    const p95 = percentile(big.samples, 95);
    const base = percentile(small.samples, 95);
    return [
      { size, figure: 'keystroke → preview shows it, 50 KB note (p95)', value: fmt(p95), baseline: `${fmt(base)} same for a 1 KB note`, ratio: (p95 / base).toFixed(2), target: '≤ 150 ms' },
      { size, figure: '  long tasks (> 50 ms) while typing', value: String(big.longTasks), baseline: '—', ratio: '—', target: '—' },
      { size, figure: '  median', value: fmt(percentile(big.samples, 50)), baseline: `${fmt(percentile(small.samples, 50))} 1 KB note`, ratio: '—', target: '—' },
    ];
  } finally {
    await browser.close();
    await door.close();
    await service.close();
  }
}
