/**
 * Nested tags (`reading/phonics/decodable`) as a tree. Counts are the core's: a parent
 * already counts every plant that has it or a tag below it, once per plant (as Obsidian's
 * tag pane does), so the tree only places them; a parent the list leaves out shows no count.
 * Names sort case-insensitively.
 */
import type { TagCount } from '../../../shared/api';
import { fold } from '../palette/match';

export interface TagNode {
  /** The last segment: `decodable`. */
  name: string;
  /** The whole tag: `reading/phonics/decodable`. */
  tag: string;
  /** Plants with this tag or one nested under it; 0 when the core did not list it. */
  count: number;
  children: TagNode[];
}

function sortTree(nodes: TagNode[]): TagNode[] {
  nodes.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.name.localeCompare(b.name));
  for (const node of nodes) sortTree(node.children);
  return nodes;
}

export function buildTagTree(tags: readonly TagCount[]): TagNode[] {
  const roots: TagNode[] = [];
  const byTag = new Map<string, TagNode>();
  for (const { tag, count } of tags) {
    const segments = tag.replace(/^#/, '').split('/').filter(Boolean);
    if (segments.length === 0) continue;
    let siblings = roots;
    let path = '';
    for (const [i, segment] of segments.entries()) {
      path = path ? `${path}/${segment}` : segment;
      let node = byTag.get(path);
      if (!node) {
        node = { name: segment, tag: path, count: 0, children: [] };
        byTag.set(path, node);
        siblings.push(node);
      }
      if (i === segments.length - 1) node.count += Math.max(0, Math.trunc(count) || 0);
      siblings = node.children;
    }
  }
  return sortTree(roots);
}

/** The tree cut down to tags whose name contains `text`, with the parents that lead to them. */
export function filterTagTree(nodes: readonly TagNode[], text: string): TagNode[] {
  const wanted = fold(text.trim().replace(/^#/, ''));
  if (wanted === '') return [...nodes];
  const keep = (node: TagNode): TagNode | null => {
    if (fold(node.tag).includes(wanted)) return node;
    const children = node.children.map(keep).filter((n): n is TagNode => n !== null);
    return children.length > 0 ? { ...node, children } : null;
  };
  return nodes.map(keep).filter((n): n is TagNode => n !== null);
}

export function countTags(nodes: readonly TagNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.count > 0 ? 1 : 0) + countTags(node.children), 0);
}
