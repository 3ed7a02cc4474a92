/**
 * The little query language of colour groups: whitespace-separated terms, all of which
 * must hold. `tag:phonics` (nested tags too), `kind:person`, `circle:personal`,
 * `platform:reddit`, `state:wilting`, `path:notes/`; a bare word is looked for in the
 * title and aliases. Matching ignores case.
 */
import type { GraphNode } from './model';
import { platformKey } from './platforms';

export type QueryTerm = { field: 'tag' | 'kind' | 'circle' | 'platform' | 'state' | 'path' | 'text'; value: string };

const FIELDS = new Set(['tag', 'kind', 'circle', 'platform', 'state', 'path']);

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const word of query.trim().split(/\s+/)) {
    if (word === '') continue;
    const colon = word.indexOf(':');
    const field = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (FIELDS.has(field)) {
      const value = word.slice(colon + 1).toLowerCase().replace(/^#/, '');
      if (value !== '') terms.push({ field: field as QueryTerm['field'], value });
    } else {
      terms.push({ field: 'text', value: word.toLowerCase() });
    }
  }
  return terms;
}

/** A tag, or a tag nested under it: `reading` holds `reading/phonics`. */
export function hasTag(tags: readonly string[], wanted: string): boolean {
  const tag = wanted.toLowerCase().replace(/^#/, '').replace(/\/+$/, '');
  return tags.some((t) => t === tag || t.startsWith(`${tag}/`));
}

function termHolds(node: GraphNode, term: QueryTerm): boolean {
  switch (term.field) {
    case 'tag':
      return hasTag(node.tags, term.value);
    case 'kind':
      return node.kind === term.value;
    case 'circle':
      return node.circle === term.value;
    case 'platform': {
      const key = platformKey(term.value);
      return node.platforms.some((p) => p === key || p.startsWith(`${key}/`)) || node.id === `platform:${key}`;
    }
    case 'state':
      return node.state === term.value;
    case 'path':
      return (node.path ?? '').toLowerCase().startsWith(term.value);
    case 'text':
      return node.label.toLowerCase().includes(term.value) || node.aliases.some((a) => a.toLowerCase().includes(term.value));
  }
}

/** True when every term holds; an empty query matches nothing (a group needs a rule). */
export function matchesQuery(node: GraphNode, terms: readonly QueryTerm[]): boolean {
  return terms.length > 0 && terms.every((term) => termHolds(node, term));
}
