/** `pln import`: dry run, apply, JSON, and the exit codes. */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../../../shared/api';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/main';
import { RESOURCES, tempDir, writeTree } from '../garden/helpers';
import { IMPORT_FIXTURES } from '../garden/import/fixtures';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

async function sample(): Promise<string> {
  const root = await tempDir();
  await cp(path.join(RESOURCES, 'sample-garden'), root, { recursive: true });
  return root;
}

const fixture = (name: string) => path.join(IMPORT_FIXTURES, name);

describe('pln import', () => {
  it('--dry-run prints the plan and writes nothing (no cache, no state)', async () => {
    const root = await sample();
    const before = await readdir(root, { recursive: true });
    const io = capture();
    expect(await runCli(['import', root, fixture('Connections.csv'), '--dry-run'], io)).toBe(0);
    expect(io.stdout).toEqual([
      'Dry run (nothing written): Connections.csv, LinkedIn connections',
      '  would create people/Maya Chen.md',
      '               no one in the garden has this email or name',
      '  would create people/Tomás Ribeiro.md',
      '               no one in the garden has this email or name',
      '  would create people/Lena Vogel.md',
      '               no one in the garden has this email or name',
      'Could not be read (would be skipped):',
      '  line 8: Grace Huang: "Connected On" is "31 Feb 2024", which is not a date such as "12 Mar 2024"; this row was skipped.',
      '  line 9: The row on line 9 has no name (LinkedIn leaves it empty for closed accounts); it was skipped.',
      '  line 10: The row on line 10 has a stray quote in ""Farouk"x"; it was skipped.',
      '3 new files, 0 merges, 0 skips, 3 problems.',
    ]);
    expect(await readdir(root, { recursive: true })).toEqual(before);
  });

  it('imports for real, then a second run finds everything already there (--json)', async () => {
    const root = await sample();
    const io = capture();
    expect(await runCli(['import', root, fixture('bookmarks.html'), '--json'], io)).toBe(0);
    const plan = JSON.parse(io.stdout[0] as string) as ImportPlan;
    expect(plan.items.map((i) => i.action)).toEqual(['create', 'merge', 'create', 'create', 'create', 'skip']);
    expect(await readFile(path.join(root, 'sources/Blending routine demo.md'), 'utf8')).toContain('platform: youtube\n');
    const again = capture();
    expect(await runCli(['import', root, fixture('bookmarks.html'), '--json'], again)).toBe(0);
    expect((JSON.parse(again.stdout[0] as string) as ImportPlan).items.map((i) => i.action)).toEqual(['skip', 'skip', 'skip', 'skip', 'skip', 'skip']);
  });

  it('reads a file that is not UTF-8 and says how it read it', async () => {
    const root = await tempDir();
    const io = capture();
    expect(await runCli(['import', root, fixture('outlook-cp1252.vcf'), '--json'], io)).toBe(0);
    const plan = JSON.parse(io.stdout[0] as string) as ImportPlan;
    expect(plan.problems).toEqual([{ line: 0, message: 'This file is not UTF-8 text; it was read as Windows-1252 (Western European). Check names with accents.' }]);
    expect(plan.items).toEqual([{ action: 'create', kind: 'person', title: 'Zoë Brontë', path: 'people/Zoë Brontë.md', reason: 'no one in the garden has this email or name' }]);
    expect(await readFile(path.join(root, 'people/Zoë Brontë.md'), 'utf8')).toContain('name: Zoë Brontë\n');
  });

  it('exit 1 with one line for a missing file or a format it does not read; 2 for bad usage', async () => {
    const root = await tempDir();
    await writeTree(root, { 'notes.txt': 'hello' });
    const missing = capture();
    expect(await runCli(['import', root, path.join(root, 'nope.vcf')], missing)).toBe(1);
    expect(missing.stderr).toEqual([`pln: There is no file at ${path.join(root, 'nope.vcf')}.`]);
    const unknown = capture();
    expect(await runCli(['import', root, path.join(root, 'notes.txt')], unknown)).toBe(1);
    expect(unknown.stderr).toHaveLength(1);
    expect(unknown.stderr[0]).toMatch(/^pln: "notes.txt" is not a file pln can import; it reads vCard \(\.vcf\)/);
    for (const argv of [['import'], ['import', root], ['import', root, 'a', 'b'], ['import', root, 'a.vcf', '--dryrun']]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
  });
});
