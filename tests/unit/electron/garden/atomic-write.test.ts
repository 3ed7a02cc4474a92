import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles, TEMP_PREFIX, writeFileAtomic } from '../../../../electron/garden/atomic-write';
import { Garden } from '../../../../electron/garden/garden';
import { tempDir } from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const coreDir = path.resolve(here, '../../../../electron/garden');

const A = 'A'.repeat(200 * 1024);
const B = 'B'.repeat(300 * 1024);

/**
 * The real atomic-write.ts and disk.ts, transpiled to plain JS in `dir` (they import only Node
 * built-ins and each other), so a child process starts in ~0.1 s instead of ~0.6 s with a TS loader.
 */
async function compileWriter(dir: string): Promise<string> {
  for (const name of ['atomic-write', 'disk']) {
    const out = ts.transpileModule(await readFile(path.join(coreDir, `${name}.ts`), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    await writeFile(path.join(dir, `${name}.mjs`), out.outputText.replace("from './disk'", "from './disk.mjs'"));
  }
  const script = path.join(dir, 'writer.mjs');
  await writeFile(
    script,
    `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(path.join(dir, 'atomic-write.mjs')).href)};
const [target] = process.argv.slice(2);
const a = 'A'.repeat(200 * 1024);
const b = 'B'.repeat(300 * 1024);
process.stdout.write('go\\n');
for (let i = 0; ; i += 1) await writeFileAtomic(target, i % 2 === 0 ? b : a);
`,
  );
  return script;
}

/** Starts the writer, waits until it is in its loop, lets it run `delayMs`, then SIGKILLs it. */
function runAndKill(script: string, target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the file mode and leaves no temp file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'note.md');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new text');
    expect(await readFile(target, 'utf8')).toBe('new text');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['note.md']);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(path.join(dir, 'missing', 'x.md'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the old or the new version, never a mix, when the writer is killed at random moments', async () => {
    const work = await tempDir('pln-writer-');
    const root = await tempDir();
    const script = await compileWriter(work);
    await mkdir(path.join(root, 'notes'));
    const target = path.join(root, 'notes', 'big.md');
    await writeFile(target, A);

    const seen = { A: 0, B: 0 };
    for (let i = 0; i < 40; i += 1) {
      await runAndKill(script, target, Math.floor(Math.random() * 40));
      const text = await readFile(target, 'utf8');
      if (text === A) seen.A += 1;
      else if (text === B) seen.B += 1;
      else throw new Error(`after kill ${i} the file is a mix: ${text.length} bytes, starts ${text.slice(0, 3)}, ends ${text.slice(-3)}`);
    }
    // Kills landed mid-loop, not all before the first write or at one fixed point.
    expect(seen.A + seen.B).toBe(40);
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);

    // A killed save may leave temp files; the next open removes them (plus one planted for sure).
    await writeFile(path.join(root, 'notes', `${TEMP_PREFIX}big.md.deadbeef0000`), 'half');
    const garden = await Garden.open(root);
    const left = (await readdir(path.join(root, 'notes'))).filter((n) => n.startsWith(TEMP_PREFIX));
    expect(left).toEqual([]);
    expect(garden.index.records.has('notes/big.md' as never)).toBe(true);
    expect(await readFile(target, 'utf8')).toMatch(/^(A{204800}|B{307200})$/);
  }, 30_000);
});

describe('removeStaleTempFiles', () => {
  it('removes only temp files and counts them; a missing folder is skipped', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, `${TEMP_PREFIX}a.md.123`), 'x');
    await writeFile(path.join(dir, `${TEMP_PREFIX}b.md.456`), 'y');
    await writeFile(path.join(dir, 'keep.md'), 'z');
    await writeFile(path.join(dir, '.pln-other'), 'z');
    expect(await removeStaleTempFiles([dir, path.join(dir, 'missing')])).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['.pln-other', 'keep.md']);
  });
});
