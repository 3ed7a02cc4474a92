/** The `pln` command's stable interface: what it prints and its exit codes. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/main';
import type { CliIo } from '../../../../electron/cli/io';
import { copyFixture, FIXTURES, RESOURCES } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

describe('pln stats', () => {
  it('prints one JSON object with exactly the documented keys and counts', async () => {
    const io = capture();
    const root = await copyFixture('obsidian-vault');
    expect(await runCli(['stats', root, '--json'], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    // The counts are worked out line by line in garden-index.test.ts (gardenStats).
    expect(JSON.parse(io.stdout[0] as string)).toEqual({ notes: 10, people: 1, sources: 1, goals: 1, links: 18, unresolved: 2, orphans: 2, tags: 6 });
    expect(io.stderr).toEqual([]);
  });

  it('counts the sample garden and leaves it exactly as it was (no cache written)', async () => {
    const io = capture();
    const sample = path.join(RESOURCES, 'sample-garden');
    const before = await readdir(sample, { recursive: true });
    expect(await runCli(['stats', sample, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout[0] as string)).toMatchObject({ notes: 16, people: 7, sources: 10, goals: 2, unresolved: 3, orphans: 1 });
    expect(await readdir(sample, { recursive: true })).toEqual(before);
  });

  it('prints a readable table without --json', async () => {
    const io = capture();
    expect(await runCli(['stats', path.join(FIXTURES, 'obsidian-vault')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/\s10 {2}notes\n\s+1 {2}people/);
  });
});

describe('exit codes', () => {
  it('2 with a one-line reason for bad usage', async () => {
    for (const argv of [[], ['stats'], ['stats', 'a', 'b'], ['stats', '.', '--jsn'], ['frobnicate'], ['serve', '--port', 'x']]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr.length + io.stdout.length).toBeGreaterThan(0);
      if (argv.length > 0) expect(io.stderr).toHaveLength(1);
    }
  });

  it('1 with one line on stderr when the garden cannot be opened', async () => {
    const io = capture();
    expect(await runCli(['stats', '/no/such/garden'], io)).toBe(1);
    expect(io.stderr).toEqual(['pln: There is no folder at /no/such/garden.']);
    expect(io.stdout).toEqual([]);
  });

  it('0 and the usage text for --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('pln stats <garden> [--json]');
  });
});
