import { describe, expect, it } from 'vitest';
import { buildTagTree, countTags, filterTagTree, type TagNode } from '../../../../renderer/src/tags/tag-tree';

const shape = (nodes: TagNode[]): unknown => nodes.map((n) => [n.tag, n.count, ...(n.children.length ? [shape(n.children)] : [])]);

describe('the tag tree', () => {
  it('nests a/b/c under its parents with the core’s counts', () => {
    const tree = buildTagTree([
      { tag: 'reading/phonics/decodable', count: 2 },
      { tag: 'reading', count: 5 },
      { tag: 'reading/phonics', count: 3 },
      { tag: 'zpd', count: 4 },
      { tag: 'practicum/week-1', count: 1 },
    ]);
    expect(shape(tree)).toEqual([
      ['practicum', 0, [['practicum/week-1', 1]]],
      ['reading', 5, [['reading/phonics', 3, [['reading/phonics/decodable', 2]]]]],
      ['zpd', 4],
    ]);
    expect(tree[0]?.children[0]?.name).toBe('week-1');
    expect(countTags(tree)).toBe(5);
  });

  it('sorts names case-insensitively at every level', () => {
    const tree = buildTagTree([{ tag: 'b', count: 1 }, { tag: 'A', count: 1 }, { tag: 'a/z', count: 1 }, { tag: 'a/Y', count: 1 }, { tag: 'c', count: 1 }]);
    expect(tree.map((n) => n.tag)).toEqual(['a', 'A', 'b', 'c']);
    expect(tree.find((n) => n.tag === 'a')?.children.map((n) => n.name)).toEqual(['Y', 'z']);
  });

  it('ignores empty segments, a leading # and bad counts', () => {
    const tree = buildTagTree([{ tag: '#x//y/', count: 2 }, { tag: '', count: 3 }, { tag: '/', count: 1 }, { tag: 'z', count: -4 }, { tag: 'w', count: Number.NaN }]);
    expect(shape(tree)).toEqual([['w', 0], ['x', 0, [['x/y', 2]]], ['z', 0]]);
  });

  it('merges a tag listed twice', () => {
    expect(shape(buildTagTree([{ tag: 'a', count: 1 }, { tag: 'a', count: 2 }]))).toEqual([['a', 3]]);
  });

  it('filters to matching tags and the parents that lead to them', () => {
    const tree = buildTagTree([{ tag: 'reading/phonics', count: 1 }, { tag: 'reading/comprehension', count: 1 }, { tag: 'zpd', count: 1 }]);
    expect(shape(filterTagTree(tree, 'phon'))).toEqual([['reading', 0, [['reading/phonics', 1]]]]);
    expect(shape(filterTagTree(tree, '#READ'))).toEqual(shape(tree.slice(0, 1)));
    expect(filterTagTree(tree, '  ')).toEqual(tree);
    expect(filterTagTree(tree, 'nothing')).toEqual([]);
  });
});
