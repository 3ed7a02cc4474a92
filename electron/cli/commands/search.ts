/**
 * `pln search <garden> "<query>" [--json] [--limit N]`: the app's search, ranked, with paths.
 * Reads the garden and leaves it exactly as found (read-only open, no cache written; a
 * search cache the app saved is used when it is still valid). No result is not a failure:
 * exit 0 with nothing printed (or `[]`).
 */
import { GardenError } from '../../../shared/api';
import { Garden } from '../../garden/garden';
import { GardenSearch } from '../../garden/search/garden-search';
import type { CliIo } from '../io';
import { UsageError } from '../usage';

export const DEFAULT_CLI_LIMIT = 20;

export async function searchCommand(root: string, query: string, options: { json: boolean; limit: number }, io: CliIo): Promise<number> {
  const garden = await Garden.open(root, { readOnly: true });
  const search = new GardenSearch(garden, { useCache: true, writeCache: false, sliceMs: 50 });
  try {
    const hits = await search.query(query, options.limit).catch((error: unknown) => {
      // A query the language does not accept ("kind:robot") is bad usage, not a failure.
      if (error instanceof GardenError && error.code === 'bad-input') throw new UsageError(error.message);
      throw error;
    });
    if (options.json) {
      io.out(JSON.stringify(hits));
      return 0;
    }
    for (const hit of hits) {
      io.out(`${hit.path}  ${hit.title}`);
      const snippet = hit.snippets[0];
      if (snippet) io.out(`    ${snippet.text}`);
    }
    return 0;
  } finally {
    search.dispose();
  }
}

/** The value of --limit: a whole number from 1 to 200 (the API's bound). */
export function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CLI_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit takes a whole number from 1 to 200.');
  return limit;
}
