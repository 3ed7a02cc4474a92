import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Garden } from '../../../../../../electron/garden/garden';

const FIXTURE = path.resolve(import.meta.dirname, '../../../../../fixtures/gardens/portfolio');
const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pln-portfolio-'));
  made.push(dir);
  return dir;
}

/** A fresh copy of tests/fixtures/gardens/portfolio, opened; "today" is pinned. */
export async function openFixture(now = new Date('2026-11-25T12:00:00Z')): Promise<{ garden: Garden; dir: string }> {
  const dir = await tempDir();
  const root = path.join(dir, 'My Garden');
  await cp(FIXTURE, root, { recursive: true });
  const garden = await Garden.open(root, { now: () => now });
  return { garden, dir };
}

/** Every file under `folder`, as [relative path, text]. */
export async function readAll(folder: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push([path.relative(folder, full), (await readFile(full)).toString('latin1')]);
    }
  };
  await walk(folder);
  return out.sort(([a], [b]) => a.localeCompare(b));
}
