/**
 * `pln import <garden> <file> [--dry-run] [--json]`: imports people or sources from a
 * vCard, LinkedIn Connections.csv, bookmarks, OPML, BibTeX or CSL-JSON file. With
 * --dry-run nothing is written (the garden is opened read-only) and the plan is printed;
 * without it, the plan is carried out and what was done is printed. Records that could not
 * be read are listed with their line; they do not make the command fail.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GardenError, type ImportPlan } from '../../../shared/api';
import { Garden } from '../../garden/garden';
import { applyImport, planImport } from '../../garden/import/plan';
import { decodeImportBytes } from '../../garden/import/read';
import type { CliIo } from '../io';

const FORMAT_NAMES: Record<string, string> = {
  vcard: 'vCard contacts', 'linkedin-csv': 'LinkedIn connections', 'bookmarks-html': 'browser bookmarks', opml: 'OPML subscriptions',
  bibtex: 'BibTeX library', 'csl-json': 'CSL-JSON library',
};

/** The same limit as the app's 'import.plan' (shared/api.ts). */
const MAX_IMPORT_BYTES = 20_000_000;

export interface ImportOptions {
  dryRun: boolean;
  json: boolean;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export async function importCommand(root: string, file: string, options: ImportOptions, io: CliIo): Promise<number> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new GardenError('not-found', error.code === 'ENOENT' ? `There is no file at ${path.resolve(file)}.` : `Cannot read ${file}: ${error.message}`);
  });
  if (bytes.length > MAX_IMPORT_BYTES) throw new GardenError('bad-input', `${path.basename(file)} is larger than 20 MB, the most an import reads.`);
  const { text, warning } = decodeImportBytes(bytes);
  const garden = await Garden.open(root, { readOnly: options.dryRun });
  const name = path.basename(file);
  const result = options.dryRun ? await planImport(garden, name, text) : await applyImport(garden, name, text);
  const plan: ImportPlan = warning ? { ...result, problems: [{ line: 0, message: warning }, ...result.problems] } : result;
  if (options.json) {
    io.out(JSON.stringify(plan));
    return 0;
  }
  const verb = options.dryRun ? { create: 'would create', merge: 'would merge', skip: 'would skip' } : { create: 'created', merge: 'merged', skip: 'skipped' };
  io.out(`${options.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${name}, ${FORMAT_NAMES[plan.format] ?? plan.format}`);
  for (const item of plan.items) {
    io.out(`  ${verb[item.action].padEnd(12)} ${item.path ?? item.title}`);
    if (item.reason) io.out(`  ${' '.repeat(12)} ${item.reason}`);
  }
  if (plan.problems.length > 0) {
    io.out(options.dryRun ? 'Could not be read (would be skipped):' : 'Could not be read (skipped):');
    for (const problem of plan.problems) io.out(`  ${problem.line > 0 ? `line ${problem.line}: ` : ''}${problem.message}`);
  }
  const by = (action: string) => plan.items.filter((i) => i.action === action).length;
  io.out(`${count(by('create'), 'new file')}, ${count(by('merge'), 'merge')}, ${count(by('skip'), 'skip')}, ${count(plan.problems.length, 'problem')}.`);
  return 0;
}
