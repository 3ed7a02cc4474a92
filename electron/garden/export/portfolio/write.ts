/**
 * Puts a built site on disk without ever overwriting something that is not ours:
 * - the folder must not exist, be empty, or hold an earlier portfolio (our manifest
 *   `pln-portfolio.json` says so), which is replaced as a whole;
 * - everything is written into a sibling temp folder first, then renamed into place, so a
 *   failed export leaves the old portfolio (or nothing), never half of one;
 * - images are copied only from inside the garden (symlinks followed and checked) and only
 *   when their bytes are the image they claim to be.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { GardenError } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { assertRealInside } from '../../paths';
import { yieldToEventLoop } from '../../walk';
import type { SiteFile } from './site';

export const MANIFEST = 'pln-portfolio.json';

const SIGNATURES: [RegExp, (b: Uint8Array) => boolean][] = [
  [/\.png$/i, (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  [/\.jpe?g$/i, (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [/\.gif$/i, (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
  [/\.webp$/i, (b) => Buffer.from(b.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP'],
  [/\.avif$/i, (b) => Buffer.from(b.subarray(4, 12)).toString('latin1') === 'ftypavif'],
];

export function isImageBytes(name: string, bytes: Uint8Array): boolean {
  return SIGNATURES.some(([ext, test]) => ext.test(name) && test(bytes));
}

/** Checks `out` can take a portfolio: absolute, and absent, empty, or an earlier portfolio. */
export async function checkOutFolder(out: string): Promise<{ replaces: boolean }> {
  if (!path.isAbsolute(out)) throw new GardenError('bad-input', `Give the folder's full path, not "${out}".`);
  const info = await stat(out).catch(() => null);
  if (!info) {
    const parent = await stat(path.dirname(out)).catch(() => null);
    if (!parent?.isDirectory()) throw new GardenError('not-found', `The folder ${path.dirname(out)} does not exist.`);
    return { replaces: false };
  }
  if (!info.isDirectory()) throw new GardenError('exists', `${out} is a file, not a folder.`);
  const entries = await readdir(out);
  if (entries.length === 0) return { replaces: false };
  if (entries.includes(MANIFEST)) return { replaces: true };
  throw new GardenError('exists', `${out} is not empty and holds no earlier portfolio; choose an empty or new folder.`);
}

/**
 * Where a typed folder may be (beyond checkOutFolder's rules), so a door that takes a path
 * from the page cannot be used to drop files somewhere that matters:
 * - inside the garden only under `.garden/exports/` (elsewhere the pages would become
 *   attachments of the garden, and the garden is the user's, not the exporter's);
 * - never below a hidden folder (`~/.ssh`, `~/.config/…`), where tools read what they find.
 */
export function checkOutPlace(out: string, gardenRoot: string): void {
  if (!path.isAbsolute(out)) throw new GardenError('bad-input', `Give the folder's full path, not "${out}".`);
  const target = path.resolve(out);
  const exports = path.join(gardenRoot, '.garden', 'exports');
  const inside = (parent: string) => {
    const rel = path.relative(parent, target);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (inside(exports) && target !== exports) return;
  if (inside(gardenRoot)) throw new GardenError('bad-input', 'Choose a folder outside the garden, or leave the folder blank to write under .garden/exports.');
  if (target.split(path.sep).some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')) {
    throw new GardenError('bad-input', `${target} is inside a hidden folder; choose a visible one.`);
  }
}

/** `<garden>/.garden/exports/<today>`, or `<today>-2`, `-3`… when that is taken. */
export async function defaultOutFolder(root: string, today: string): Promise<string> {
  const base = path.join(root, '.garden', 'exports', today);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await stat(candidate).catch(() => null))) return candidate;
  }
}

export interface WriteOptions {
  out: string;
  files: readonly SiteFile[];
  images: ReadonlyMap<GardenPath, string>;
  gardenRoot: string;
  onProgress?: (done: number, total: number) => void;
}

export async function writeSite(options: WriteOptions): Promise<string[]> {
  const { out, files, images, gardenRoot } = options;
  const { replaces } = await checkOutFolder(out);
  await mkdir(path.dirname(out), { recursive: true });
  const temp = `${out}.partial-${randomBytes(4).toString('hex')}`;
  const written: string[] = [];
  const total = files.length + images.size;
  try {
    await mkdir(temp);
    const folders = new Set(files.map((f) => path.dirname(f.path)).concat([...images.values()].map((p) => path.dirname(p))));
    for (const folder of folders) mkdirSync(path.join(temp, folder), { recursive: true });
    // Synchronous writes in chunks with a yield between: a promise writeFile per page costs
    // several thread-pool round trips each (the same finding as the core's reads, garden.ts),
    // and at 1k pages the export sat idle for seconds waiting on them.
    for (const [i, file] of files.entries()) {
      writeFileSync(path.join(temp, file.path), file.content);
      written.push(file.path);
      if (i % 64 === 63) {
        options.onProgress?.(i + 1, total);
        await yieldToEventLoop();
      }
    }
    for (const [from, to] of images) {
      const absolute = path.join(gardenRoot, from);
      const inside = await assertRealInside(gardenRoot, absolute).then(() => true, () => false);
      const bytes = inside ? await readFile(absolute).catch(() => null) : null;
      if (bytes && isImageBytes(from, bytes)) {
        await writeFile(path.join(temp, to), bytes);
        written.push(to);
      }
    }
    await writeFile(path.join(temp, MANIFEST), `${JSON.stringify({ generator: 'PLN Garden', files: written }, null, 2)}\n`);
    written.push(MANIFEST);
    options.onProgress?.(total, total);
    if (replaces) {
      const old = `${out}.old-${randomBytes(4).toString('hex')}`;
      await rename(out, old);
      await rename(temp, out);
      await rm(old, { recursive: true, force: true });
    } else {
      await rm(out, { recursive: true, force: true }); // an empty folder, checked above
      await rename(temp, out);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof GardenError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GardenError('io', `Could not write the portfolio to ${out}: ${code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' ? 'permission was denied' : (error as Error).message}.`);
  }
  return written.sort();
}
