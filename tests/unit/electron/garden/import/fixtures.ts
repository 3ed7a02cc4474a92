/** The import fixtures (real-world-shaped files, broken ones included) and how to read them as the CLI does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeImportBytes } from '../../../../../electron/garden/import/read';

export const IMPORT_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/imports');

export function fixtureText(name: string): string {
  return decodeImportBytes(readFileSync(path.join(IMPORT_FIXTURES, name))).text;
}
