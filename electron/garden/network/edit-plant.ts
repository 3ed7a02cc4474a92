/**
 * One read–change–write of a plant's text for the core's own edits (logging an interaction,
 * moving a source along the reading list, filling in a fetched title). The change is a pure
 * function of the text as it is on disk now, written through `Garden.writeNote` with the hash
 * of the bytes it was computed from, so an edit made meanwhile is never overwritten: the
 * change is computed again from the newer text (a few times), or, when the caller pinned
 * the version it saw (`baseHash`), reported as a conflict.
 *
 * The core's own edits of one plant run one after another (`editLock`): two waterings sent
 * at once would otherwise race for the same version, and all but one could use up their
 * retries and be refused though nobody else touched the file.
 */
import { readFile } from '../disk';
import { GardenError, type WriteResult } from '../../../shared/api';
import { FrontmatterError } from '../../../shared/frontmatter-edit';
import type { GardenPath } from '../../../shared/types';
import { ioError, type Garden } from '../garden';
import { cannotBeWritten, decodeText, hashBytes } from '../parse-file';
import { resolveInside, toGardenPath } from '../paths';

const ATTEMPTS = 3;

/**
 * The lock the core's read–change–write edits of `plant` share. Not the plant's own path:
 * `writeNote` takes that one inside the edit, and the locks are not re-entrant. A NUL keeps it
 * apart from every garden path.
 */
const editLock = (plant: GardenPath): string => `\u0000edit\u0000${plant}`;

/** The garden path of an existing plant, after the path checks every API path gets. */
export async function plantAt(garden: Garden, rel: string): Promise<GardenPath> {
  const plant = toGardenPath(garden.root, await resolveInside(garden.root, rel));
  if (!garden.index.records.has(plant)) throw new GardenError('not-found', `"${rel}" is not in the garden (it may have been moved or deleted).`);
  return plant;
}

export async function editPlant(
  garden: Garden, plant: GardenPath, change: (text: string) => string, baseHash?: string,
): Promise<WriteResult> {
  const absolute = await resolveInside(garden.root, plant);
  return garden.exclusiveAll([editLock(plant)], () => readChangeWrite(garden, plant, absolute, change, baseHash));
}

async function readChangeWrite(
  garden: Garden, plant: GardenPath, absolute: string, change: (text: string) => string, baseHash: string | undefined,
): Promise<WriteResult> {
  for (let attempt = 1; ; attempt += 1) {
    const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new GardenError('not-found', `"${plant}" no longer exists.`);
      throw ioError(error, plant);
    });
    if (cannotBeWritten(bytes)) {
      throw new GardenError('read-only', `"${plant}" is read-only because it could not be read cleanly; fix it in another editor first.`);
    }
    const hash = hashBytes(bytes);
    const { text } = decodeText(bytes);
    if (baseHash !== undefined && baseHash !== hash) return { status: 'conflict', diskText: text, diskHash: hash };
    let next: string;
    try {
      next = change(text);
    } catch (error) {
      if (error instanceof FrontmatterError) throw new GardenError('bad-input', `${plant} was left as it is: ${error.message}`);
      throw error;
    }
    if (next === text) return { status: 'saved', hash };
    const result = await garden.writeNote(plant, next, hash);
    if (result.status === 'saved' || baseHash !== undefined || attempt >= ATTEMPTS) return result;
  }
}
