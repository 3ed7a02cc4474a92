/**
 * The bookmarkable routes, kept in the hash so every door serves the same page:
 * `#/plants`, `#/note/<path>`, `#/seed/<target>`, `#/graph`, `#/people`, `#/sources`,
 * `#/goals`, `#/platforms`, `#/search?q=<query>`, `#/tags`, `#/trash`, `#/seeds`, `#/portfolio`.
 * A note path is URI-encoded per segment, so `notes/a b.md` is `#/note/notes/a%20b.md`
 * and a `/` inside the path stays a separator. A search keeps its query in `?q=`, so a
 * query with slashes (`path:notes/`) stays one value and the address can be bookmarked.
 */
import type { GardenPath } from '../../../shared/types';

export type Route =
  | { name: 'plants' }
  | { name: 'note'; path: GardenPath }
  | { name: 'seed'; target: string }
  | { name: 'graph' }
  | { name: 'people' }
  | { name: 'sources' }
  | { name: 'goals' }
  | { name: 'platforms' }
  | { name: 'search'; query: string }
  | { name: 'tags' }
  | { name: 'trash' }
  | { name: 'seeds' }
  | { name: 'portfolio' }
  | { name: 'not-found'; hash: string };

const SIMPLE = ['plants', 'graph', 'people', 'sources', 'goals', 'platforms', 'tags', 'trash', 'seeds', 'portfolio'] as const;
type SimpleName = (typeof SIMPLE)[number];

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `q` of a `?q=…` part, or null when the part is not a well-formed query string. */
function searchQuery(query: string): string | null {
  if (query === '') return '';
  // URLSearchParams forgives malformed escapes; a bookmark with one is not a search.
  for (const pair of query.split('&')) if (decodeSegment(pair.replace(/\+/g, ' ')) === null) return null;
  return new URLSearchParams(query).get('q') ?? '';
}

export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const trimmed = raw.replace(/^\/+/, '');
  if (trimmed === '') return { name: 'plants' };

  const question = trimmed.indexOf('?');
  if (question !== -1 && trimmed.slice(0, question) === 'search') {
    const query = searchQuery(trimmed.slice(question + 1));
    return query === null ? { name: 'not-found', hash: raw } : { name: 'search', query };
  }

  const slash = trimmed.indexOf('/');
  const head = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const rest = slash === -1 ? '' : trimmed.slice(slash + 1);

  if ((SIMPLE as readonly string[]).includes(head) && rest === '') return { name: head as SimpleName };
  if (head === 'search' && rest === '') return { name: 'search', query: '' };
  if (head === 'note' && rest !== '') {
    const segments = rest.split('/').map(decodeSegment);
    if (segments.every((s): s is string => s !== null && s !== '' && s !== '.' && s !== '..')) {
      return { name: 'note', path: segments.join('/') as GardenPath };
    }
  }
  if (head === 'seed' && rest !== '') {
    const target = decodeSegment(rest);
    if (target) return { name: 'seed', target };
  }
  return { name: 'not-found', hash: raw };
}

export function noteHref(path: string): string {
  return `#/note/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function seedHref(target: string): string {
  return `#/seed/${encodeURIComponent(target)}`;
}

/** `#/search?q=…`; the empty query is plain `#/search`. */
export function searchHref(query: string): string {
  return query === '' ? '#/search' : `#/search?q=${encodeURIComponent(query)}`;
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'note':
      return noteHref(route.path);
    case 'seed':
      return seedHref(route.target);
    case 'search':
      return searchHref(route.query);
    case 'not-found':
      return `#${route.hash}`;
    default:
      return `#/${route.name}`;
  }
}
