/**
 * Obsidian callouts: a blockquote whose first line is `[!type]` (optionally `+`/`-` and a
 * title) becomes a box of that type: `<div class="callout callout-note" data-callout="note">`
 * with a title line, then the rest of the quote. Foldable markers are accepted and the
 * content is always shown. Any other blockquote stays a blockquote.
 */
import type { Blockquote, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';

const MARKER = /^\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*/;

export function calloutLabel(type: string): string {
  const words = type.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

function splitTitle(paragraph: Paragraph, markerLength: number): { title: PhrasingContent[]; rest: PhrasingContent[] } {
  const title: PhrasingContent[] = [];
  const rest: PhrasingContent[] = [];
  let inTitle = true;
  paragraph.children.forEach((child, i) => {
    if (!inTitle) {
      rest.push(child);
      return;
    }
    if (child.type !== 'text') {
      title.push(child);
      return;
    }
    const value = i === 0 ? child.value.slice(markerLength) : child.value;
    const nl = value.indexOf('\n');
    if (nl === -1) {
      if (value) title.push({ type: 'text', value } satisfies Text);
      return;
    }
    if (nl > 0) title.push({ type: 'text', value: value.slice(0, nl) } satisfies Text);
    const after = value.slice(nl + 1);
    if (after) rest.push({ type: 'text', value: after } satisfies Text);
    inTitle = false;
  });
  // A break node (two trailing spaces) ends the title too.
  const br = title.findIndex((node) => node.type === 'break');
  if (br !== -1) rest.unshift(...title.splice(br).slice(1));
  return { title, rest };
}

function transform(quote: Blockquote): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const text = first.children[0];
  if (text?.type !== 'text') return;
  const marker = MARKER.exec(text.value);
  if (!marker) return;
  const type = (marker[1] ?? 'note').toLowerCase();
  const { title, rest } = splitTitle(first, marker[0].length);
  const hasTitle = title.some((node) => node.type !== 'text' || node.value.trim() !== '');
  const titleNode: Paragraph = {
    type: 'paragraph',
    children: hasTitle ? title : [{ type: 'text', value: calloutLabel(type) }],
    data: { hName: 'div', hProperties: { className: ['callout-title'] } },
  };
  const body: RootContent[] = rest.length > 0 ? [{ ...first, children: rest }, ...quote.children.slice(1)] : quote.children.slice(1);
  quote.children = [titleNode, ...(body as Blockquote['children'])];
  quote.data = {
    ...quote.data,
    hName: 'div',
    hProperties: { className: ['callout', `callout-${type}`], dataCallout: type, role: 'note', ariaLabel: calloutLabel(type) },
  };
}

function walk(node: Root | RootContent): void {
  if (node.type === 'blockquote') transform(node);
  if ('children' in node) for (const child of node.children) walk(child as RootContent);
}

export function remarkCallouts() {
  return (tree: Root): void => walk(tree);
}
