/** `pln log`: waters a person from the command line, with the stable exit codes and one-line errors. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WaterItem } from '../../../../electron/cli/commands/water';
import type { CliIo } from '../../../../electron/cli/io';
import { runCli } from '../../../../electron/cli/main';
import { copySampleGarden } from '../../../../electron/garden/sample';
import { localIsoDate } from '../../../../shared/dates';
import { RESOURCES, tempDir } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

async function sample(): Promise<string> {
  const root = path.join(await tempDir(), 'Sample Garden');
  await copySampleGarden(RESOURCES, root, new Date());
  return root;
}

async function run(...args: string[]) {
  const io = capture();
  const code = await runCli(args, io);
  return { code, ...io };
}

describe('pln log', () => {
  it('logs today by default; the person leaves pln water, and only one line of the file changed', async () => {
    const root = await sample();
    const file = path.join(root, 'people', 'Priya Raman.md');
    const before = await readFile(file, 'utf8');
    const wilting = JSON.parse((await run('water', root, '--json')).stdout[0] as string) as WaterItem[];
    expect(wilting.find((i) => i.path === 'people/Priya Raman.md')?.state).toBe('wilting');

    const logged = await run('log', root, 'Priya Raman', '--kind', 'message', '--direction', 'gave', '--note', 'Sent her the decodable texts post', '--about', 'Why decodable texts are a bridge');
    expect(logged.code).toBe(0);
    expect(logged.stderr).toEqual([]);
    const today = localIsoDate(new Date());
    expect(logged.stdout).toEqual([
      `Watered Priya Raman (people/Priya Raman.md): ${today}, message, gave.`,
      'Now thriving: Last contact today; you meant to water every 14 days.',
    ]);
    const after = await readFile(file, 'utf8');
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual([`  - { date: ${today}, kind: message, direction: gave, note: Sent her the decodable texts post, about: "[[Why decodable texts are a bridge]]" }`]);

    const items = JSON.parse((await run('water', root, '--json')).stdout[0] as string) as WaterItem[];
    expect(items.find((i) => i.path === 'people/Priya Raman.md')).toBeUndefined();
  });

  it('finds a person by alias or path, and takes --date', async () => {
    const root = await sample();
    const byAlias = await run('log', root, 'Dr. Okafor', '--kind', 'meeting', '--direction', 'mutual', '--date', '2026-01-05');
    expect(byAlias.code).toBe(0);
    expect(byAlias.stdout[0]).toBe('Watered Helen Okafor (people/Helen Okafor.md): 2026-01-05, meeting, mutual.');
    expect(await readFile(path.join(root, 'people', 'Helen Okafor.md'), 'utf8')).toContain('{ date: 2026-01-05, kind: meeting, direction: mutual }');
    expect((await run('log', root, 'people/Tess Nakamura.md', '--kind', 'call', '--direction', 'received')).code).toBe(0);
  });

  it('bad usage exits 2 with one line; a failure exits 1 with one line; nothing is written', async () => {
    const root = await sample();
    const file = path.join(root, 'people', 'Priya Raman.md');
    const before = await readFile(file, 'utf8');
    const cases: [string[], number, string | RegExp][] = [
      [['log', root], 2, /^pln: usage: pln log <garden> "<person>" --kind K --direction gave\|received\|mutual/],
      [['log', root, 'Priya Raman', '--direction', 'gave'], 2, 'pln: Say what kind of interaction it was with --kind (message, meeting, call, feedback, …).'],
      [['log', root, 'Priya Raman', '--kind', 'call'], 2, 'pln: Say who gave with --direction gave, received or mutual.'],
      [['log', root, 'Priya Raman', '--kind', 'gossip', '--direction', 'gave'], 2, /^pln: --kind should be one of: message, meeting, call/],
      [['log', root, 'Priya Raman', '--kind', 'call', '--direction', 'sideways'], 2, 'pln: --direction should be one of: gave, received, mutual.'],
      [['log', root, 'Priya Raman', '--kind', 'call', '--direction', 'gave', '--date', '2026-02-30'], 2, 'pln: --date: Give the date as YYYY-MM-DD, a day that exists on the calendar.'],
      [['log', root, 'Priya Raman', '--kind', 'call', '--direction', 'gave', '--colour', 'red'], 2, /^pln: Unknown option '--colour'/],
      [['log', root, 'Priya Raman', '--kind', 'call', '--direction', 'gave', '--date', '2999-01-01'], 1, /^pln: 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\); log an interaction once it has happened\.$/],
      [['log', root, 'Nobody Here', '--kind', 'call', '--direction', 'gave'], 1, /^pln: No one called "Nobody Here" is in Sample Garden;/],
      [['log', root, 'Scaffolding', '--kind', 'call', '--direction', 'gave'], 1, /^pln: No one called "Scaffolding"/],
      [['log', path.join(root, 'missing'), 'Priya Raman', '--kind', 'call', '--direction', 'gave'], 1, /^pln: There is no folder at /],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(...args);
      expect({ args: args.slice(2), code: result.code }).toEqual({ args: args.slice(2), code });
      expect(result.stderr).toHaveLength(1);
      if (typeof message === 'string') expect(result.stderr[0]).toBe(message);
      else expect(result.stderr[0]).toMatch(message);
      expect(result.stdout).toEqual([]);
    }
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('is listed in pln --help', async () => {
    const help = await run('--help');
    expect(help.stdout.join('\n')).toContain('pln log <garden> "<person>" --kind K --direction gave|received|mutual');
  });
});
