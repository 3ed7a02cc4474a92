/**
 * `pln graph`: the garden map as an SVG file, without a window. Runs in Node (the core reads
 * files with Node's own Uint8Array; under a jsdom environment its realm differs); the SVG is
 * checked with jsdom's XML parser, made here only for that.
 */
import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/main';
import { RESOURCES, tempDir, writeTree } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

const SAMPLE = path.join(RESOURCES, 'sample-garden');

type XmlParser = { parseFromString(text: string, type: string): Document };
let parser: XmlParser | null = null;
async function xmlParser(): Promise<XmlParser> {
  // jsdom ships no types; a computed specifier keeps the typecheck from asking for them.
  const name = 'jsdom';
  const { JSDOM } = (await import(name)) as { JSDOM: new (html: string) => { window: { DOMParser: new () => XmlParser } } };
  return (parser ??= new new JSDOM('').window.DOMParser());
}

async function parse(svg: string): Promise<Document> {
  const doc = (await xmlParser()).parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const tooltips = (doc: Document) => [...doc.querySelectorAll('g.plants title')].map((t) => t.textContent ?? '');

async function copySample(): Promise<string> {
  const root = path.join(await tempDir(), 'garden');
  await cp(SAMPLE, root, { recursive: true });
  return root;
}

describe('pln graph', () => {
  it('renders the sample garden to an SVG with its wilting and only-taking people marked, and leaves the garden as it was', async () => {
    const before = await readdir(SAMPLE, { recursive: true });
    const out = path.join(await tempDir(), 'garden.svg');
    const io = capture();
    expect(await runCli(['graph', SAMPLE, '--out', out, '--now', '2026-11-25'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout).toEqual([`Wrote ${out}: 35 plants of sample-garden on 2026-11-25, laid out afresh.`]);
    const doc = await parse(await readFile(out, 'utf8'));
    expect(tooltips(doc)).toEqual(expect.arrayContaining(['Priya Raman (person, wilting)', 'Jordan Ellis (person, healthy, only taking)']));
    expect(await readdir(SAMPLE, { recursive: true })).toEqual(before);
  });

  it('computes health for --now: the same person is wilting on one day and thriving earlier', async () => {
    const dir = await tempDir();
    expect(await runCli(['graph', SAMPLE, '--out', path.join(dir, 'a.svg'), '--now', '2026-10-17'], capture())).toBe(0);
    expect(tooltips(await parse(await readFile(path.join(dir, 'a.svg'), 'utf8')))).toContain('Priya Raman (person, thriving)');
  });

  it('uses the saved layout and a saved view (filters, by name without case)', async () => {
    const root = await copySample();
    await writeTree(root, {
      '.garden/state.json': JSON.stringify({
        version: 1, settings: {}, layout: { 'people/Priya Raman.md': [-400, 0], 'people/Jordan Ellis.md': [400, 0] }, pinned: [],
        views: [
          { name: 'People only', options: { kinds: ['person'], showPlatforms: false } },
          { name: 'broken', options: { kinds: ['nonsense'] } },
        ],
      }),
    });
    const out = path.join(await tempDir(), 'people.svg');
    const io = capture();
    expect(await runCli(['graph', root, '--out', out, '--view', 'people ONLY', '--now', '2026-11-25', '--theme', 'dark'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/, view "People only", 2 at their saved places, the rest laid out afresh\.$/);
    const doc = await parse(await readFile(out, 'utf8'));
    const tips = tooltips(doc);
    expect(tips.some((t) => t.includes('(note'))).toBe(false);
    expect(tips.some((t) => t.includes('(platform'))).toBe(false);
    expect(tips).toContain('Priya Raman (person, wilting)');
    const x = (name: string) => {
      const d = [...doc.querySelectorAll('g.plants title')].find((t) => t.textContent?.startsWith(name))?.parentElement?.getAttribute('d') ?? '';
      return Number(/^M(-?[\d.]+)/.exec(d)?.[1]);
    };
    expect(x('Priya Raman')).toBeLessThan(x('Jordan Ellis'));

    const missing = capture();
    expect(await runCli(['graph', root, '--out', out, '--view', 'broken'], missing)).toBe(1);
    expect(missing.stderr).toEqual(['pln: There is no saved view named "broken" in garden (views: People only).']);
  });

  it('exit 2 for bad usage, 1 for a garden that is not there', async () => {
    for (const argv of [['graph', SAMPLE], ['graph', '--out', 'x.svg'], ['graph', SAMPLE, '--out', 'x.svg', '--now', '2026-02-30'], ['graph', SAMPLE, '--out', 'x.svg', '--theme', 'blue']]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
    const io = capture();
    expect(await runCli(['graph', '/no/such/garden', '--out', path.join(await tempDir(), 'x.svg')], io)).toBe(1);
    expect(io.stderr).toEqual(['pln: There is no folder at /no/such/garden.']);
  });
});
