import { describe, expect, it } from 'vitest';
import { noteHref, parseHash, routeHref, searchHref, seedHref } from '../../../../renderer/src/router/routes';

describe('routes', () => {
  it.each([
    ['', { name: 'plants' }],
    ['#/', { name: 'plants' }],
    ['#/plants', { name: 'plants' }],
    ['#/graph', { name: 'graph' }],
    ['#/people', { name: 'people' }],
    ['#/sources', { name: 'sources' }],
    ['#/goals', { name: 'goals' }],
    ['#/note/notes/Zone%20of%20proximal%20development.md', { name: 'note', path: 'notes/Zone of proximal development.md' }],
    ['#/note/notes/a%2Fb.md', { name: 'note', path: 'notes/a/b.md' }],
    ['#/seed/More%20knowledgeable%20other', { name: 'seed', target: 'More knowledgeable other' }],
    ['#/tags', { name: 'tags' }],
    ['#/trash', { name: 'trash' }],
    ['#/seeds', { name: 'seeds' }],
    ['#/search', { name: 'search', query: '' }],
    ['#/search?', { name: 'search', query: '' }],
    ['#/search?q=', { name: 'search', query: '' }],
    ['#/search?q=zone%20of%20proximal', { name: 'search', query: 'zone of proximal' }],
    ['#/search?q=zone+of+proximal', { name: 'search', query: 'zone of proximal' }],
    ['#/search?q=tag%3Areading%2Fphonics%20path%3Anotes%2F', { name: 'search', query: 'tag:reading/phonics path:notes/' }],
    ['#/search?other=1', { name: 'search', query: '' }],
  ])('parses %s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it.each(['#/note/', '#/note/notes/%E0%A4%A.md', '#/note/../secret.md', '#/note/notes//a.md', '#/graph/extra', '#/nowhere', '#/tags/x', '#/search/extra', '#/search?q=%E0%A4%A', '#/trash?x=1'])(
    'does not route %s anywhere but not-found',
    (hash) => {
      expect(parseHash(hash).name).toBe('not-found');
    },
  );

  it('encodes note paths per segment so a bookmark survives odd names', () => {
    const path = 'notes/Q&A #1 ?.md';
    const href = noteHref(path);
    expect(href).toBe('#/note/notes/Q%26A%20%231%20%3F.md');
    expect(parseHash(href)).toEqual({ name: 'note', path });
  });

  it('round-trips every route', () => {
    for (const hash of ['#/plants', '#/graph', '#/people', '#/sources', '#/goals', '#/tags', '#/trash', '#/seeds', '#/search', noteHref('a/b c/d.md'), seedHref('x/y'), searchHref('tag:a/b "x & y" #1?')]) {
      expect(routeHref(parseHash(hash))).toBe(hash);
    }
  });
});

describe('search addresses', () => {
  it.each(['scaffolding', 'tag:reading/phonics', 'kind:person path:people/', 'Q&A #1 ?=+%', '  spaced  ', 'ünïcödé 🌱'])('keep %j exactly', (query) => {
    expect(parseHash(searchHref(query))).toEqual({ name: 'search', query });
  });

  it('name the empty search plainly', () => {
    expect(searchHref('')).toBe('#/search');
  });
});
