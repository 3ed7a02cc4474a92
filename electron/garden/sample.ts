/**
 * First run: a copy of the bundled sample garden in the user's data folder (the bundled
 * original is never opened or modified). The sample's dates are written relative to an
 * anchor day (`sample-garden.json`); the copy shifts every YYYY-MM-DD by (today − anchor)
 * so the garden looks the same, equally neglected in the same places, on any day. File
 * times are set from each file's own dates, because note and goal health read them.
 */
import { cp, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays, daysBetween, localIsoDate, parseIsoDate } from '../../shared/dates';
import { splitFrontmatter } from '../../shared/links';
import type { IsoDate } from '../../shared/types';

const DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(DATE, (match: string) => {
    const date = parseIsoDate(match);
    return date ? addDays(date, days) : match;
  });
}

/** The day a file was last tended: `updated`, else `created`/`added`, else its latest interaction. */
export function lastTendedDate(text: string): IsoDate | null {
  const { frontmatter } = splitFrontmatter(text);
  if (!frontmatter) return null;
  for (const key of ['updated', 'created', 'added']) {
    const match = new RegExp(`^${key}:\\s*["']?(\\d{4}-\\d{2}-\\d{2})`, 'm').exec(frontmatter);
    const date = match && parseIsoDate(match[1]);
    if (date) return date;
  }
  const interactions = [...frontmatter.matchAll(/date:\s*["']?(\d{4}-\d{2}-\d{2})/g)]
    .map((m) => parseIsoDate(m[1]))
    .filter((d): d is IsoDate => d !== null)
    .sort();
  return interactions.at(-1) ?? null;
}

export async function copySampleGarden(resourcesDir: string, destination: string, today: Date): Promise<void> {
  const source = path.join(resourcesDir, 'sample-garden');
  const anchorFile = JSON.parse(await readFile(path.join(resourcesDir, 'sample-garden.json'), 'utf8')) as { anchor: string };
  const anchor = parseIsoDate(anchorFile.anchor);
  if (!anchor) throw new Error('sample-garden.json has no valid anchor date');
  const shift = daysBetween(anchor, localIsoDate(today));
  await cp(source, destination, { recursive: true, errorOnExist: true, force: false });
  const entries = await readdir(destination, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.md')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = shiftDates(await readFile(file, 'utf8'), shift);
    await writeFile(file, text);
    const tended = lastTendedDate(text);
    if (tended) {
      const when = new Date(`${tended}T12:00:00Z`);
      await utimes(file, when, when);
    }
  }
}

/** The first-run copy's folder, the one place this name lives. */
export function sampleGardenDir(userDataDir: string): string {
  return path.join(userDataDir, 'Sample Garden');
}

/** Makes the sample copy unless it exists (it may have been edited: never overwrite it). */
export async function ensureSampleGarden(userDataDir: string, resourcesDir: string, today: Date): Promise<string> {
  const root = sampleGardenDir(userDataDir);
  await copySampleGarden(resourcesDir, root, today).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST' && error.code !== 'ERR_FS_CP_EEXIST') throw error;
  });
  return root;
}
