/** Full-text search and completion (see search/garden-search.ts for how they rank). */
import type { Garden } from '../garden';
import { DEFAULT_COMPLETE_LIMIT, DEFAULT_QUERY_LIMIT, GardenSearch } from '../search/garden-search';
import type { HandlerContext, HandlerMap } from './types';

export type SearchMethods = 'search.query' | 'search.complete';

const searches = new WeakMap<Garden, GardenSearch>();

/**
 * The search of an open garden, made on first use; its full-text index starts building in
 * the background at once. Calling this right after a garden opens gets the index ready
 * before the first query. A read-only garden (no state file) never gets a cache written.
 */
export function searchFor(garden: Garden): GardenSearch {
  let search = searches.get(garden);
  if (!search) {
    search = new GardenSearch(garden, { writeCache: garden.state !== null });
    searches.set(garden, search);
    void search.start().catch(() => undefined);
  }
  return search;
}

export function searchHandlers({ current }: HandlerContext): HandlerMap<SearchMethods> {
  let last: Garden | null = null;
  /** The current garden's search; the previous garden's stops following its files. */
  const active = (): GardenSearch => {
    const garden = current();
    if (last && last !== garden) {
      searches.get(last)?.dispose();
      searches.delete(last);
    }
    last = garden;
    return searchFor(garden);
  };
  return {
    'search.query': ({ query, limit }) => active().query(query, limit ?? DEFAULT_QUERY_LIMIT),
    'search.complete': ({ prefix, limit }) => active().complete(prefix, limit ?? DEFAULT_COMPLETE_LIMIT),
  };
}
