/**
 * A process saving notes in a loop is killed (SIGKILL) at random moments, hundreds of times.
 * After every kill each note is exactly one whole version it was given, never a mix or a
 * truncation, and the next open of the garden removes the temp files the kills left.
 *
 * The writer is the real electron/garden/atomic-write.ts and disk.ts, transpiled to plain JS
 * so a child starts in ~0.1 s: the kills, not the TypeScript loader, take the time.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_PREFIX } from '../../electron/garden/atomic-write';
import { Garden } from '../../electron/garden/garden';

const CORE = path.resolve(__dirname, '../../electron/garden');
const KILLS = Number(process.env.PLN_KILLS ?? 300);
const NOTES = ['notes/Small.md', 'notes/Large.md', 'people/Maya Chen.md'];
/** Versions of each note: different sizes and bytes, so a mix or a cut is always visible. */
const VERSIONS: Record<string, string[]> = {
  'notes/Small.md': ['# Small\n\nold words\n', '# Small\n\nnew words, a few more of them\n', '# Small\n\n' + 'third '.repeat(50)],
  'notes/Large.md': ['A'.repeat(256 * 1024), 'B'.repeat(384 * 1024), `${'C'.repeat(128 * 1024)}\n[[Small]]\n`],
  'people/Maya Chen.md': ['---\nname: Maya Chen\n---\n', `---\nname: Maya Chen\ncadence: 30\n---\n${'Met at a conference. '.repeat(2000)}`, '---\nname: Maya Chen\ncircle: both\n---\nShort again.\n'],
};

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), prefix)));
  dirs.push(dir);
  return dir;
}

async function compileWriter(dir: string): Promise<string> {
  for (const name of ['atomic-write', 'disk']) {
    const out = ts.transpileModule(await readFile(path.join(CORE, `${name}.ts`), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    await writeFile(path.join(dir, `${name}.mjs`), out.outputText.replace("from './disk'", "from './disk.mjs'"));
  }
  const script = path.join(dir, 'writer.mjs');
  await writeFile(
    script,
    `import path from 'node:path';
import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(path.join(dir, 'atomic-write.mjs')).href)};
const [root, seed] = process.argv.slice(2);
const versions = ${JSON.stringify(VERSIONS)};
const notes = Object.keys(versions);
let state = Number(seed) >>> 0;
const next = () => (state = (state * 1103515245 + 12345) >>> 0);
process.stdout.write('go\\n');
for (;;) {
  const note = notes[next() % notes.length];
  const choices = versions[note];
  await writeFileAtomic(path.join(root, note), choices[next() % choices.length]);
}
`,
  );
  return script;
}

function runAndKill(script: string, root: string, seed: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, root, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited by itself (code ${code}): ${stderr}`))));
  });
}

async function tempFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ['notes', 'people']) {
    for (const name of await readdir(path.join(root, folder))) if (name.startsWith(TEMP_PREFIX)) found.push(`${folder}/${name}`);
  }
  return found;
}

describe('a writer killed at random moments', () => {
  it(`leaves every note as one whole version after each of ${KILLS} kills; the next open clears the temp files`, async () => {
    const work = await tempDir('pln-killed-writer-');
    const root = await tempDir('pln-killed-garden-');
    const script = await compileWriter(work);
    for (const note of NOTES) {
      await mkdir(path.dirname(path.join(root, note)), { recursive: true });
      await writeFile(path.join(root, note), VERSIONS[note]?.[0] ?? '');
    }

    const seen = new Map<string, Set<number>>(NOTES.map((n) => [n, new Set<number>()]));
    let leftTemps = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      // Delays from 0 to 45 ms: some kills land before the first write, most during the loop.
      await runAndKill(script, root, kill * 7919 + 1, Math.floor(Math.random() * 46));
      for (const note of NOTES) {
        const text = await readFile(path.join(root, note), 'utf8');
        const version = VERSIONS[note]?.indexOf(text) ?? -1;
        if (version < 0) {
          throw new Error(`after kill ${kill + 1}, ${note} is no version it was given: ${text.length} characters, starting ${JSON.stringify(text.slice(0, 12))}`);
        }
        seen.get(note)?.add(version);
      }
      leftTemps += (await tempFiles(root)).length > 0 ? 1 : 0;
    }

    // The kills landed inside the loop: every note went through more than one version.
    for (const note of NOTES) expect([...(seen.get(note) ?? [])].length, note).toBeGreaterThan(1);

    // Plant one for sure (the kills may or may not have left one), then open as the app does.
    await writeFile(path.join(root, 'notes', `${TEMP_PREFIX}Large.md.deadbeef0000`), 'half a save');
    const garden = await Garden.open(root);
    expect(await tempFiles(root)).toEqual([]);
    expect([...garden.index.records.keys()].sort()).toEqual([...NOTES].sort());
    console.log(`${KILLS} kills; a kill left a temp file behind ${leftTemps} times; all were removed at the next open`);
  });
});
