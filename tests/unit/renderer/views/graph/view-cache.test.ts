import { describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_OPTIONS } from '../../../../../shared/graph/model';
import { buildGraph, viewGraph } from '../../../../../shared/graph/view-model';
import { keepView, viewFor } from '../../../../../renderer/src/views/graph/view-cache';
import { day, gp, plant } from '../../helpers/plants';

const data = buildGraph({
  name: 'G',
  today: day('2026-11-25'),
  plants: [plant('notes/A.md', { tags: ['x'] }), plant('notes/B.md')],
  links: [{ from: gp('notes/A.md'), to: gp('notes/B.md') }],
  seeds: [],
});

describe('the map view made ahead of time', () => {
  it('is used for the options it was made for, and a fresh view is made for any other', () => {
    const ahead = viewGraph(data, DEFAULT_GRAPH_OPTIONS);
    keepView(data, DEFAULT_GRAPH_OPTIONS, ahead);
    expect(viewFor(data, DEFAULT_GRAPH_OPTIONS)).toBe(ahead);
    const tagged = { ...DEFAULT_GRAPH_OPTIONS, tag: 'x' };
    const filtered = viewFor(data, tagged);
    expect(filtered).toEqual(viewGraph(data, tagged));
    expect(filtered.visibleCount).toBeLessThan(ahead.visibleCount); // B has no tag x
  });
});
