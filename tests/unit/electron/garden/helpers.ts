/** Temp folders and small file helpers for the garden core's tests (real files, no mocks). */
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const created: string[] = [];

/** A fresh folder under the OS temp dir (real path, so symlinked /tmp does not confuse checks); removed after each test. */
export async function tempDir(prefix = 'pln-garden-'): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Writes files (path → text or bytes) below `root`, creating folders. */
export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 3000, stepMs = 20): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/gardens');
export const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../resources');

/** A private copy of a fixture garden (opening a garden writes its cache under .garden/). */
export async function copyFixture(name: string): Promise<string> {
  const root = await tempDir();
  await cp(path.join(FIXTURES, name), root, { recursive: true });
  return root;
}
