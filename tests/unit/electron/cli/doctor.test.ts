/** `pln doctor`: every kind of problem found with its reason, the garden left byte for byte. */
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/main';
import type { CliIo } from '../../../../electron/cli/io';
import { TEMP_PREFIX } from '../../../../electron/garden/atomic-write';
import { RESOURCES, tempDir, writeTree } from '../garden/helpers';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

/** Every entry below `dir`: its kind, bytes (or link target) and mtime, hidden folders included. */
async function fingerprint(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    const info = await lstat(file);
    const body = info.isFile() ? (await readFile(file)).toString('base64') : info.isSymbolicLink() ? 'link' : 'dir';
    out.push(`${name} ${info.mtimeMs} ${body}`);
  }
  return out;
}

/** A garden with one of each problem, beside a clean note and a clean seed. */
async function troubledGarden(): Promise<{ root: string; outside: string }> {
  const base = await tempDir('pln-doctor-');
  const root = path.join(base, 'Troubled');
  const outside = path.join(base, 'outside');
  await writeTree(outside, { 'secret.md': 'not in the garden' });
  await writeTree(root, {
    'notes/Fine.md': 'Links to [[Other]] and a seed [[Not written yet]].\n',
    'notes/Other.md': 'Back to [[Fine]].\n',
    'notes/Broken YAML.md': '---\ntags: [a, b\n---\nbody\n',
    'notes/Binary.md': Buffer.from([0x23, 0x20, 0x00, 0xff, 0x10]),
    'notes/Latin1.md': Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'),
    'notes/Evil js.md': '---js\nrequire("child_process").execSync("touch /tmp/pwned")\n---\n',
    'goals/Paper.md': '---\ntype: goal\ndue: 2024-02-30\nstatus: active\n---\n',
    'people/Odd.md': '---\ntype: person\ncadence: often\n---\n',
    'notes/Links.md': 'An embed ![[missing.png]], a [file](gone.md) and [[archive/Missing]].\n',
    'notes/Case.md': 'one',
    'notes/case.md': 'two',
    'people/Cafe\u0301.md': 'NFD',
    'people/Caf\u00e9.md': 'NFC',
    [`notes/${TEMP_PREFIX}Fine.md.abcdef123456`]: 'half a save',
    '.garden/state.json': '{"version": 1, "settings": ',
  });
  await symlink(path.join(outside, 'secret.md'), path.join(root, 'notes', 'Escape.md'));
  await symlink(path.join(root, 'notes', 'Loop.md'), path.join(root, 'notes', 'Loop.md'));
  await symlink(path.join(root, 'notes', 'Nowhere-target.md'), path.join(root, 'notes', 'Dangling.md'));
  await mkdir(path.join(root, '.obsidian'));
  await writeFile(path.join(root, '.obsidian', 'Hidden.md'), '---\nbad: [\n---\n'); // hidden folders are not the garden
  return { root, outside };
}

describe('pln doctor', () => {
  it('names every problem with its reason, exits 1, and changes no byte of the garden or beside it', async () => {
    const { root, outside } = await troubledGarden();
    const before = await fingerprint(root);
    const beside = await fingerprint(outside);
    const io = capture();
    expect(await runCli(['doctor', root, '--json'], io)).toBe(1);
    expect(io.stderr).toEqual([]);
    expect(io.stdout).toHaveLength(1);
    const report = JSON.parse(io.stdout[0] as string);
    expect(report).toMatchObject({ garden: root, files: 13, plants: 13, seeds: 1 });
    expect(report.findings.map((f: { kind: string; path: string }) => `${f.kind} ${f.path}`)).toEqual([
      'corrupt-state .garden/state.json',
      'invalid-date goals/Paper.md',
      `temp-file notes/${TEMP_PREFIX}Fine.md.abcdef123456`,
      'unparsable notes/Binary.md',
      'unparsable notes/Broken YAML.md',
      'twin notes/Case.md',
      'symlink notes/Dangling.md',
      'symlink notes/Escape.md',
      'unparsable notes/Latin1.md',
      'broken-link notes/Links.md',
      'broken-link notes/Links.md',
      'broken-link notes/Links.md',
      'symlink notes/Loop.md',
      'twin notes/case.md',
      'twin people/Cafe\u0301.md',
      'twin people/Caf\u00e9.md',
      'format people/Odd.md',
    ]);
    const message = (kind: string, file: string) => report.findings.filter((f: { kind: string; path: string }) => f.kind === kind && f.path === file).map((f: { message: string }) => f.message);
    expect(message('invalid-date', 'goals/Paper.md')).toEqual(['due "2024-02-30" is not a valid date (YYYY-MM-DD); it is ignored.']);
    expect(message('unparsable', 'notes/Binary.md')).toEqual(['This file contains binary data, so it is shown read-only and never saved by the app.']);
    expect(message('unparsable', 'notes/Latin1.md')).toEqual(['This file is not valid UTF-8 text, so it is shown read-only and never saved by the app.']);
    expect(message('unparsable', 'notes/Broken YAML.md')[0]).toMatch(/^The properties \(YAML frontmatter\) cannot be read: .+\. The file is read-only until it is fixed\.$/);
    expect(message('broken-link', 'notes/Links.md')).toEqual([
      'The embed to "missing.png" on line 1 leads to no file in the garden.',
      'The link to "archive/Missing" on line 1 leads to no file in the garden.',
      'The link to "gone.md" on line 1 leads to no file in the garden.',
    ]);
    expect(message('twin', 'notes/Case.md')).toEqual(['Its name differs from "notes/case.md" only in case; on macOS and Windows they are the same file, so one would overwrite the other.']);
    expect(message('twin', 'people/Caf\u00e9.md')).toEqual(['Its name differs from "people/Cafe\u0301.md" only in Unicode normalisation (NFC/NFD); on macOS and Windows they are the same file, so one would overwrite the other.']);
    expect(message('symlink', 'notes/Escape.md')).toEqual(['This symlink leads outside the garden, so the app ignores it and never writes through it.']);
    expect(message('symlink', 'notes/Loop.md')).toEqual(['This symlink loops back on itself, so the app ignores it.']);
    expect(message('symlink', 'notes/Dangling.md')).toEqual(['This symlink leads to nothing (its target is missing), so the app ignores it.']);
    expect(message('format', 'people/Odd.md')).toEqual(['cadence "often" is not a positive number of days; the default for the circle is used.']);
    expect(message('corrupt-state', '.garden/state.json')[0]).toMatch(/^The app's settings file is not valid JSON \(.+\); the app will move it aside \(state\.json\.corrupt-<time>\) and start with default settings\.$/);
    // `---js` is not front matter: the file is plain text, nothing ran.
    expect(report.findings.some((f: { path: string }) => f.path === 'notes/Evil js.md')).toBe(false);
    await expect(lstat('/tmp/pwned')).rejects.toMatchObject({ code: 'ENOENT' });

    expect(await fingerprint(root)).toEqual(before);
    expect(await fingerprint(outside)).toEqual(beside);
  });

  it('prints one line per problem without --json', async () => {
    const { root } = await troubledGarden();
    const io = capture();
    expect(await runCli(['doctor', root], io)).toBe(1);
    expect(io.stdout[0]).toBe('Troubled: 17 problems (13 files, 13 plants, 1 seed)');
    expect(io.stdout).toContain('  invalid-date   goals/Paper.md: due "2024-02-30" is not a valid date (YYYY-MM-DD); it is ignored.');
    expect(io.stdout).toHaveLength(18);
  });

  it('exits 0 on a clean garden (the sample) and leaves it as it was', async () => {
    const sample = path.join(RESOURCES, 'sample-garden');
    const before = await fingerprint(sample);
    const io = capture();
    expect(await runCli(['doctor', sample], io)).toBe(0);
    expect(io.stdout).toEqual(['sample-garden: no problems found (36 files, 35 plants, 3 seeds)']);
    expect(await fingerprint(sample)).toEqual(before);
  });

  it('exits 2 on bad usage and 1 with one line when the garden is not there', async () => {
    for (const argv of [['doctor'], ['doctor', 'a', 'b'], ['doctor', '.', '--fix']]) {
      const io = capture();
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toHaveLength(1);
    }
    const io = capture();
    expect(await runCli(['doctor', '/no/such/garden'], io)).toBe(1);
    expect(io.stderr).toEqual(['pln: There is no folder at /no/such/garden.']);
  });
});
