/** `pln new`: creates a plant from its template under a safe name and prints its path. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/main';
import type { CliIo } from '../../../../electron/cli/io';
import { tempDir, writeTree } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

describe('pln new', () => {
  it('creates a note at the root and prints only its garden-relative path', async () => {
    const root = await tempDir();
    const io = capture();
    expect(await runCli(['new', root, 'Zone of proximal development'], io)).toBe(0);
    expect(io.stdout).toEqual(['Zone of proximal development.md']);
    expect(io.stderr).toEqual([]);
    const text = await readFile(path.join(root, 'Zone of proximal development.md'), 'utf8');
    expect(text).toMatch(/^---\ncreated: \d{4}-\d{2}-\d{2}\ntags: \[\]\n---\n\n# Zone of proximal development\n\n$/);
    // Only the new file: no index cache or state left behind.
    expect(await readdir(root)).toEqual(['Zone of proximal development.md']);
  });

  it.each([
    ['person', 'Maya Chen', 'people/Maya Chen.md', /^---\ntype: person\nname: "Maya Chen"\n/],
    ['source', 'Sold a Story', 'sources/Sold a Story.md', /^---\ntype: source\ntitle: "Sold a Story"\n/],
    ['goal', 'ZPD paper', 'goals/ZPD paper.md', /^---\ntype: goal\n/],
    ['note', 'Plain', 'Plain.md', /^---\ncreated: /],
  ])('--kind %s uses its template and folder', async (kind, title, expected, template) => {
    const root = await tempDir();
    const io = capture();
    expect(await runCli(['new', root, title, '--kind', kind], io)).toBe(0);
    expect(io.stdout).toEqual([expected]);
    expect(await readFile(path.join(root, expected), 'utf8')).toMatch(template);
  });

  it('makes a hostile title a safe file name', async () => {
    const root = await tempDir();
    const io = capture();
    expect(await runCli(['new', root, '../../etc/passwd: a|b?'], io)).toBe(0);
    expect(io.stdout).toEqual(['etc passwd a b.md']);
    expect(await readdir(root)).toEqual(['etc passwd a b.md']);
  });

  it('exits 1 with one line when the file exists (also as a case twin) or the garden is missing', async () => {
    const root = await tempDir();
    await writeTree(root, { 'Idea.md': 'mine' });
    for (const title of ['Idea', 'idea']) {
      const io = capture();
      expect(await runCli(['new', root, title], io)).toBe(1);
      expect(io.stderr).toEqual([expect.stringMatching(/^pln: "(Idea|idea)\.md" already exists\.$/)]);
      expect(io.stdout).toEqual([]);
    }
    expect(await readFile(path.join(root, 'Idea.md'), 'utf8')).toBe('mine');
    const io = capture();
    expect(await runCli(['new', path.join(root, 'nope'), 'x'], io)).toBe(1);
    expect(io.stderr).toEqual([`pln: There is no folder at ${path.join(root, 'nope')}.`]);
  });

  it('exits 2 with a one-line reason for bad usage', async () => {
    const root = await tempDir();
    const cases: [string[], RegExp][] = [
      [['new'], /usage: pln new/],
      [['new', root], /usage: pln new/],
      [['new', root, 'a', 'b'], /usage: pln new/],
      [['new', root, '   '], /A title is required/],
      [['new', root, 'x'.repeat(201)], /200 characters/],
      [['new', root, 'x', '--kind', 'planet'], /--kind should be one of: note, person, source, goal/],
      [['new', root, 'x', '--kynd', 'note'], /kynd/],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toEqual([expect.stringMatching(message)]);
    }
    expect(await readdir(root)).toEqual([]);
  });

  it('is listed in --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('pln new <garden> "<title>" [--kind note|person|source|goal]');
  });
});
