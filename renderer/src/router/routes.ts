/**
 * The bookmarkable routes, kept in the hash so every door serves the same page:
 * `#/plants`, `#/note/<path>`, `#/seed/<target>`, `#/graph`, `#/people`, `#/sources`, `#/goals`.
 * A note path is URI-encoded per segment, so `notes/a b.md` is `#/note/notes/a%20b.md`
 * and a `/` inside the path stays a separator.
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
  | { name: 'not-found'; hash: string };

const SIMPLE = ['plants', 'graph', 'people', 'sources', 'goals'] as const;
type SimpleName = (typeof SIMPLE)[number];

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseHash(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const trimmed = raw.replace(/^\/+/, '');
  if (trimmed === '') return { name: 'plants' };
  const slash = trimmed.indexOf('/');
  const head = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const rest = slash === -1 ? '' : trimmed.slice(slash + 1);

  if ((SIMPLE as readonly string[]).includes(head) && rest === '') return { name: head as SimpleName };
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

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'note':
      return noteHref(route.path);
    case 'seed':
      return seedHref(route.target);
    case 'not-found':
      return `#${route.hash}`;
    default:
      return `#/${route.name}`;
  }
}
