/**
 * lowdb state files (per-garden `.garden/state.json`, app-wide `state.json` in the user-data
 * folder) through an explicit adapter:
 * - lowdb's presets switch to an in-memory store under NODE_ENV=test, so we never use them;
 * - steno renames without fsync, so writes go through our atomic, fsynced writer;
 * - a file that is not valid JSON or not the right shape is moved aside as
 *   `state.json.corrupt-<time>`, never overwritten, and the app starts with defaults and says so.
 */
import { readFile, rename, mkdir } from './disk';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

class DurableJsonFile<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const value: unknown = JSON.parse(text);
    // null means "no file" to lowdb; a file holding `null` is the wrong shape, not a missing file.
    if (value === null) throw new SyntaxError('The file holds null instead of settings.');
    return value as T;
  }

  async write(data: T): Promise<void> {
    // Only the file's own folder (.garden) is made, never the folders above it: a garden moved
    // away while the app runs must not be recreated where it was just to hold its settings.
    await mkdir(path.dirname(this.file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await writeFileAtomic(this.file, JSON.stringify(data, null, 2));
  }
}

export interface OpenedState<T> {
  db: Low<T>;
  /** Set when the file was corrupt and moved aside: a sentence to show the user. */
  warning: string | null;
}

export async function openStateFile<S extends z.ZodType>(
  file: string,
  schema: S,
  defaults: z.infer<S>,
  now: () => Date = () => new Date(),
): Promise<OpenedState<z.infer<S>>> {
  type T = z.infer<S>;
  const adapter = new DurableJsonFile<T>(file);
  const db = new Low<T>(adapter, structuredClone(defaults));
  let warning: string | null = null;
  try {
    const raw = await adapter.read();
    if (raw !== null) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw new Error('unexpected shape');
      db.data = parsed.data as T;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const aside = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, aside);
    warning = `Settings in ${path.basename(file)} could not be read, so defaults are used. The old file was kept as ${path.basename(aside)}.`;
    db.data = structuredClone(defaults);
  }
  return { db, warning };
}
