/** `pln search`: output, exit codes, and a garden left exactly as it was. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../../shared/api';
import { runCli } from '../../../../electron/cli/main';
import type { CliIo } from '../../../../electron/cli/io';
import { copyFixture, FIXTURES, RESOURCES } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

describe('pln search', () => {
  it('prints "path  title" lines, each with its best matching line', async () => {
    const io = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'scaffolding'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    // The note named Scaffolding first (exact title), then notes that mention it.
    expect(io.stdout[0]).toBe('notes/Scaffolding.md  Scaffolding');
    expect(io.stdout[1]).toBe('    # Scaffolding');
    expect(io.stdout.filter((l) => !l.startsWith('    '))).toContain('notes/Zone of proximal development.md  Zone of proximal development');
  });

  it('prints one JSON array of SearchHit with --json, ranked, with highlights', async () => {
    const io = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'zpd', '--json'], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const hits = JSON.parse(io.stdout[0] as string) as SearchHit[];
    // The goal whose title starts with ZPD, then the notes tagged or mentioning it.
    expect(hits[0]).toMatchObject({ path: 'goals/ZPD research paper.md', kind: 'goal', title: 'ZPD research paper' });
    expect(hits.map((h) => h.path)).toContain('notes/Zone of proximal development.md');
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['kind', 'path', 'score', 'snippets', 'title']);
      for (const s of hit.snippets) for (const [a, b] of s.highlights) expect(s.text.slice(a, b).toLowerCase()).toBe('zpd');
    }
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('takes filters and a limit', async () => {
    const io = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'kind:person', '--json'], io)).toBe(0);
    expect((JSON.parse(io.stdout[0] as string) as SearchHit[]).map((h) => h.path)).toEqual(['people/Maya Chen.md']);
    const limited = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'scaffolding', '--json', '--limit', '1'], limited)).toBe(0);
    expect(JSON.parse(limited.stdout[0] as string)).toHaveLength(1);
  });

  it('exits 0 printing nothing (or []) when nothing matches', async () => {
    const plain = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'xylophone'], plain)).toBe(0);
    expect(plain.stdout).toEqual([]);
    const json = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'xylophone', '--json'], json)).toBe(0);
    expect(json.stdout).toEqual(['[]']);
  });

  it('leaves the garden exactly as it was (no cache, no state)', async () => {
    const root = await copyFixture('obsidian-vault');
    const before = await readdir(root, { recursive: true });
    expect(await runCli(['search', root, 'learning'], capture())).toBe(0);
    expect(await readdir(root, { recursive: true })).toEqual(before);
    const sample = path.join(RESOURCES, 'sample-garden');
    const sampleBefore = await readdir(sample, { recursive: true });
    expect(await runCli(['search', sample, 'reading', '--json'], capture())).toBe(0);
    expect(await readdir(sample, { recursive: true })).toEqual(sampleBefore);
  });

  it('2 with one line for bad usage, 1 with one line when the garden cannot be opened', async () => {
    for (const argv of [['search'], ['search', 'g'], ['search', 'g', 'q', 'extra'], ['search', 'g', 'q', '--jsn'], ['search', 'g', 'q', '--limit', '0']]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
    const badQuery = capture();
    expect(await runCli(['search', path.join(FIXTURES, 'obsidian-vault'), 'kind:robot'], badQuery)).toBe(2);
    expect(badQuery.stderr).toEqual(['pln: "kind:robot" is not a kind; use note, person, source or goal.']);
    const missing = capture();
    expect(await runCli(['search', '/no/such/garden', 'x'], missing)).toBe(1);
    expect(missing.stderr).toEqual(['pln: There is no folder at /no/such/garden.']);
    expect(missing.stdout).toEqual([]);
  });

  it('is listed in --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('pln search <garden> "<query>" [--json]');
  });
});
