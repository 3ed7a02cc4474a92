/**
 * `npm run bench`: generates gardens (1k, 10k, 50k notes by default; BENCH_SIZES=1000,10000
 * to choose; BENCH_ONLY=core,search,editing,portfolio,graph,app to run only some parts) in a temp folder and prints each figure beside its same-run baseline. Results
 * also go to bench-results/latest.json. Never run as part of the tests: timings on shared
 * machines are noisy, so they are compared with baselines, not asserted.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchCore, type Row } from './core-bench';
import { benchEditing } from './editing-bench';
import { generateGarden } from './generate-garden';
import { benchPortfolioIsolated } from './portfolio-bench';
import { benchApp } from './app-bench';
import { benchGraph } from './graph-bench';
import { benchSearch } from './search-bench';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number).filter((n) => n > 0);
/** BENCH_ONLY=core,search,editing,portfolio,graph,app (any of them): only those parts; all when unset. */
const only = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const wanted = (part: string) => only === undefined || only.includes(part);
const rows: Row[] = [];

for (const size of sizes) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `pln-bench-${size}-`));
  try {
    process.stdout.write(`generating ${size} notes… `);
    const garden = await generateGarden(path.join(dir, 'garden'), size);
    console.log(`${garden.files.length} files, ${(garden.bytes / 1e6).toFixed(1)} MB`);
    const runs = size >= 50_000 ? 1 : 3;
    const result: Row[] = [];
    if (wanted('core')) result.push(...(await benchCore(garden, size, runs)));
    if (wanted('search')) result.push(...(await benchSearch(garden, size)));
    if (wanted('editing')) result.push(...(await benchEditing(garden, size)));
    // The portfolio export renders every note: measured where that is a realistic portfolio (≤ 10k).
    if (wanted('portfolio') && size <= 10_000) result.push(...benchPortfolioIsolated(garden, size, runs));
    if (wanted('graph') && process.env.BENCH_GRAPH !== '0') result.push(...(await benchGraph(garden, size)));
    if (wanted('app') && process.env.BENCH_GRAPH !== '0') result.push(...(await benchApp(garden, size)));
    for (const row of result) console.log(`  ${row.figure.padEnd(48)} ${row.value.padStart(10)}   baseline ${row.baseline.padEnd(28)} ratio ${row.ratio.padStart(5)}   target ${row.target}`);
    rows.push(...result);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
console.log('\n| notes | figure | value | same-run baseline | ratio | target |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.size.toLocaleString('en')} | ${r.figure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} |`);
