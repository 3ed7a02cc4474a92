/**
 * Portfolio export figures (issue 6): the whole site with every note of the generated garden
 * selected (by its tags), without the PDF, from an open garden. Beside two baselines in the
 * same run on the same notes: reading them (readFileSync, the least any export must do), and
 * remark-parse → remark-rehype → rehype-stringify of their bodies with nothing else (the
 * markdown rendering any site generator built on unified pays). The first export in a
 * process also pays citeproc's start-up, so one warm-up export runs first.
 *
 * Run in a child process of its own (`benchPortfolioIsolated`): the benches before it leave
 * a garden with its search index and editing state in the heap, and an export allocates a
 * lot, so in the same process its figure measured their garbage collection as much as its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { exportPortfolio } from '../../electron/garden/export/portfolio/run';
import { Garden } from '../../electron/garden/garden';
import { splitFrontmatter } from '../../shared/links';
import type { Row } from './core-bench';
import type { GeneratedGarden } from './generate-garden';
import { gc, median } from './measure';

/** The generator's tags (tests/bench/generate-garden.ts): every note carries one of them. */
const TAGS = ['reading', 'phonics', 'zpd', 'speaking', 'research', 'method', 'memory', 'pln', 'teaching', 'psych'];

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

export async function benchPortfolio(garden: GeneratedGarden, size: number, runs: number): Promise<Row[]> {
  const opened = await Garden.open(garden.root, { readOnly: true });
  const notes = garden.files.filter((f) => f.includes(`${path.sep}notes${path.sep}`));
  const out = (n: number) => path.join(os.tmpdir(), `pln-bench-portfolio-${process.pid}-${size}-${n}`);
  let n = 0;
  const exportOnce = async () => {
    const folder = out(n++);
    const result = await exportPortfolio(opened, { out: folder, choices: { includeTags: TAGS } });
    rmSync(folder, { recursive: true, force: true });
    return result;
  };
  const warm = await exportOnce();
  gc();
  const exported = await median(runs, exportOnce);
  gc();
  const read = await median(runs, async () => {
    for (const file of notes) readFileSync(file);
  });
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  const bodies = notes.map((f) => splitFrontmatter(readFileSync(f, 'utf8')).body);
  const render = await median(runs, async () => {
    for (const body of bodies) processor.processSync(body);
  });
  const figure = `portfolio export, ${warm.plan.notes.length.toLocaleString('en')} notes, no PDF`;
  return [
    { size, figure, value: fmt(exported), baseline: `${fmt(read)} readFileSync of the notes`, ratio: (exported / read).toFixed(1), target: '—' },
    { size, figure: '  same, against markdown → HTML alone', value: fmt(exported), baseline: `${fmt(render)} remark → rehype → HTML`, ratio: (exported / render).toFixed(2), target: '—' },
  ];
}

export function benchPortfolioIsolated(garden: GeneratedGarden, size: number, runs: number): Row[] {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, garden.root, String(size), String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as Row[];
}

// As a child: `node --import tsx portfolio-bench.ts <garden> <size> <runs>` prints its rows as JSON.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = '', size = '0', runs = '1'] = process.argv.slice(2);
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const rows = await benchPortfolio({ root, files, bytes: 0 }, Number(size), Number(runs));
  console.log(JSON.stringify(rows));
}
