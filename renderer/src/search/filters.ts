/** The filters the core understands in a query (shared/api.ts: search.query). */
export const SEARCH_FILTERS = [
  { prefix: 'tag:', example: 'tag:vygotsky', says: 'plants with this tag' },
  { prefix: 'kind:', example: 'kind:person', says: 'one kind: note, person, source or goal' },
  { prefix: 'path:', example: 'path:notes/', says: 'files under a folder' },
] as const;

/** The query with `filter` added at the end, separated by one space. */
export function appendFilter(query: string, filter: string): string {
  const base = query.trimEnd();
  return base === '' ? filter : `${base} ${filter}`;
}
