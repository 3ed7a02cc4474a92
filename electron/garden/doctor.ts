/**
 * `pln doctor`: a read-only check of a garden, like `git fsck`. It reads every file itself
 * (never the index cache, which could hide a change that kept size and mtime) and writes
 * nothing: no cache, no state, no temp-file clean-up. What it reports:
 * - files that cannot be parsed (bad YAML, binary or non-UTF-8), with the reason;
 * - invalid dates (`2024-02-30` is invalid, never rolled over) and other values outside the
 *   formats of FORMATS.md (an unknown `type:`, a cadence that is not a number…);
 * - broken links: embeds, markdown links and wikilinks with a folder that lead nowhere
 *   (a bare `[[Name]]` with no file is a seed, a placeholder the app offers to plant: counted,
 *   not a problem);
 * - names that differ only in case or Unicode normalisation (they collide on macOS and Windows);
 * - symlinks that lead out of the garden, loop, or lead nowhere;
 * - temp files a killed save left behind;
 * - a `.garden/state.json` the app could not read.
 */
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { seedKey } from '../../shared/resolve';
import type { GardenPath } from '../../shared/types';
import { TEMP_PREFIX } from './atomic-write';
import { readdirSync, readFileSync, realpathSync, statSync } from './disk';
import type { PlantRecord } from './file-record';
import { isPlantPath } from './garden';
import { GardenIndex } from './garden-index';
import { parsePlantFile } from './parse-file';
import { isHiddenSegment, isInside, toGardenPath } from './paths';
import { gardenStateSchema } from './state-schemas';
import { GardenError } from '../../shared/api';

export type FindingKind = 'unparsable' | 'invalid-date' | 'format' | 'broken-link' | 'twin' | 'symlink' | 'temp-file' | 'corrupt-state' | 'unreadable';

export interface Finding {
  kind: FindingKind;
  /** Garden-relative path of the file concerned. */
  path: string;
  message: string;
}

export interface DoctorReport {
  garden: string;
  files: number;
  plants: number;
  /** Bare wikilinks to notes not written yet (shown by the app as seeds): not problems. */
  seeds: number;
  findings: Finding[];
}

const fold = (p: string): string => p.normalize('NFC').toLowerCase();

export function examineGarden(rootArg: string): DoctorReport {
  const root = path.resolve(rootArg);
  const info = statSync(root, { throwIfNoEntry: false });
  if (!info?.isDirectory()) throw new GardenError('not-found', `There is no folder at ${root}.`);
  const findings: Finding[] = [];
  const add = (kind: FindingKind, file: string, message: string) => findings.push({ kind, path: file, message });
  const rel = (absolute: string) => toGardenPath(root, absolute) as string;

  // ---- the listing, with what the app's own listing skips in silence ----------------------------
  const realRoot = realpathSync(root);
  const files: string[] = [];
  const dirs = [root];
  while (dirs.length > 0) {
    const dir = dirs.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      add('unreadable', rel(dir) || '.', `This folder cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'error'}), so the app does not see what is in it.`);
      continue;
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.name.startsWith(TEMP_PREFIX)) {
        add('temp-file', rel(absolute), 'A temporary file left by a save that was interrupted; the app removes it the next time it opens this garden.');
        continue;
      }
      if (isHiddenSegment(entry.name)) continue;
      if (entry.isDirectory()) dirs.push(absolute);
      else if (entry.isFile()) files.push(absolute);
      else if (entry.isSymbolicLink()) {
        const problem = symlinkProblem(absolute, realRoot);
        if (problem) add('symlink', rel(absolute), problem);
        else if (statSync(absolute, { throwIfNoEntry: false })?.isFile()) files.push(absolute);
      }
    }
  }
  for (const own of [path.join(root, '.garden'), path.join(root, '.garden', 'cache')]) {
    let names: string[] = [];
    try {
      names = readdirSync(own);
    } catch {
      names = [];
    }
    for (const name of names) {
      if (name.startsWith(TEMP_PREFIX)) add('temp-file', rel(path.join(own, name)), 'A temporary file left by a save that was interrupted; the app removes it the next time it opens this garden.');
    }
  }

  // ---- each file read and parsed as the app would ----------------------------------------------
  const records: PlantRecord[] = [];
  const attachments: GardenPath[] = [];
  for (const absolute of files) {
    const plant = toGardenPath(root, absolute);
    if (!isPlantPath(plant)) {
      attachments.push(plant);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      add('unreadable', plant, `This file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), so the app leaves it out.`);
      continue;
    }
    const record = parsePlantFile(plant, bytes, { size: bytes.length, mtimeMs: 0 });
    records.push(record);
    for (const problem of record.problems) {
      if (problem.kind === 'yaml' || problem.kind === 'encoding') add('unparsable', plant, problem.message);
      else if (/not a valid date/.test(problem.message)) add('invalid-date', plant, problem.message);
      else add('format', plant, problem.message);
    }
  }

  // ---- links ----------------------------------------------------------------------------------
  const index = new GardenIndex();
  index.load(records, attachments);
  const seeds = new Set<string>();
  for (const record of records) {
    const reported = new Set<string>();
    for (const link of record.links) {
      if (index.resolve(link.target, record.path) !== null) continue;
      const bare = !link.markdown && !link.embed && !/[/\\]/.test(link.target);
      if (bare) {
        seeds.add(seedKey(link.target));
        continue;
      }
      const form = link.embed ? 'embed' : 'link';
      const key = `${link.target}\u0000${link.embed}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const where = link.line === 0 ? 'in its properties' : `on line ${link.line}`;
      add('broken-link', record.path, `The ${form} to "${link.target}" ${where} leads to no file in the garden.`);
    }
  }

  // ---- names that would collide -------------------------------------------------------------------
  const byFold = new Map<string, string[]>();
  for (const p of [...records.map((r) => r.path as string), ...attachments]) byFold.set(fold(p), [...(byFold.get(fold(p)) ?? []), p]);
  for (const group of byFold.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort();
    const first = (sorted[0] as string).normalize('NFC');
    const how = sorted.every((p) => p.normalize('NFC') === first) ? 'Unicode normalisation (NFC/NFD)' : 'case';
    for (const p of sorted) {
      const others = sorted.filter((o) => o !== p).map((o) => `"${o}"`).join(', ');
      add('twin', p, `Its name differs from ${others} only in ${how}; on macOS and Windows they are the same file, so one would overwrite the other.`);
    }
  }

  // ---- the app's state ------------------------------------------------------------------------
  const stateFile = path.join(root, '.garden', 'state.json');
  const stateProblem = checkStateFile(stateFile);
  if (stateProblem) add('corrupt-state', '.garden/state.json', stateProblem);

  // Code-unit order, the same on every machine whatever its locale.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  findings.sort((a, b) => order(a.path, b.path) || order(a.kind, b.kind) || order(a.message, b.message));
  return { garden: root, files: files.length, plants: records.length, seeds: seeds.size, findings };
}

function symlinkProblem(link: string, realRoot: string): string | null {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'This symlink loops back on itself, so the app ignores it.';
    return 'This symlink leads to nothing (its target is missing), so the app ignores it.';
  }
  if (!isInside(realRoot, target)) return 'This symlink leads outside the garden, so the app ignores it and never writes through it.';
  return null;
}

function checkStateFile(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : `The app's settings file cannot be read (${code ?? 'error'}).`;
  }
  const aside = 'the app will move it aside (state.json.corrupt-<time>) and start with default settings';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `The app's settings file is not valid JSON (${error instanceof Error ? error.message : String(error)}); ${aside}.`;
  }
  if (value === null || !gardenStateSchema.safeParse(value).success) return `The app's settings file does not have the shape the app writes; ${aside}.`;
  return null;
}
