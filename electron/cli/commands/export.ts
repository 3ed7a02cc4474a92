/**
 * `pln export-contacts <garden> --out <file>` (vCard 4.0) and
 * `pln export-sources <garden> --out <file> [--format bibtex|csl-json]` (by default from the
 * extension: .bib or .json). Read-only on the garden; the file is written atomically.
 */
import path from 'node:path';
import { GardenError } from '../../../shared/api';
import { writeFileAtomic } from '../../garden/atomic-write';
import { sourcesToBibtex } from '../../garden/export/bibtex';
import { collectContacts, collectSources } from '../../garden/export/collect';
import { sourcesToCslJson } from '../../garden/export/csl-json';
import { contactsToVcard } from '../../garden/export/vcard';
import { Garden } from '../../garden/garden';
import type { CliIo } from '../io';
import { UsageError } from '../usage';

export type SourceFormat = 'bibtex' | 'csl-json';

async function write(out: string, text: string): Promise<void> {
  await writeFileAtomic(path.resolve(out), text).catch((error: NodeJS.ErrnoException) => {
    throw new GardenError('io', `Could not write ${out}: ${error.code === 'ENOENT' ? 'its folder does not exist' : error.message}.`);
  });
}

export async function exportContactsCommand(root: string, out: string, io: CliIo): Promise<number> {
  const garden = await Garden.open(root, { readOnly: true });
  const people = await collectContacts(garden);
  await write(out, contactsToVcard(people));
  io.out(`Wrote ${people.length === 1 ? '1 person' : `${people.length} people`} to ${out} (vCard 4.0).`);
  return 0;
}

/** The format asked for, else the one the file name implies; a usage error when neither says. */
export function sourceFormat(out: string, format: string | undefined): SourceFormat {
  if (format !== undefined) {
    if (format === 'bibtex' || format === 'csl-json') return format;
    throw new UsageError(`--format takes bibtex or csl-json, not "${format}".`);
  }
  const extension = path.extname(out).toLowerCase();
  if (extension === '.bib') return 'bibtex';
  if (extension === '.json') return 'csl-json';
  throw new UsageError('Say --format bibtex or --format csl-json (or name the file .bib or .json).');
}

export async function exportSourcesCommand(root: string, out: string, format: SourceFormat, io: CliIo): Promise<number> {
  const garden = await Garden.open(root, { readOnly: true });
  const sources = await collectSources(garden);
  await write(out, format === 'bibtex' ? sourcesToBibtex(sources) : sourcesToCslJson(sources));
  io.out(`Wrote ${sources.length === 1 ? '1 source' : `${sources.length} sources`} to ${out} (${format === 'bibtex' ? 'BibTeX' : 'CSL-JSON'}).`);
  return 0;
}
