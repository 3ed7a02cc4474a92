/**
 * A remark plugin that turns wikilinks in text into links. It visits only `text` nodes,
 * so code spans and code blocks (their own node types) stay exactly as written, and it
 * does not descend into existing links (a link inside a link is not valid HTML).
 *
 * Each link carries `data-wikilink` for the renderer (MarkdownLink):
 * - `note`: resolved to a plant, href `#/note/<path>`;
 * - `seed`: unresolved, href `#/seed/<target>`, titled "Not written yet";
 * - `embed`: `![[...]]`, shown inline by MarkdownLink (a note through NoteEmbed, an
 *   attachment as a labelled box); a paragraph holding one becomes a `div`, since an
 *   embedded note is block content.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { noteHref, seedHref } from '../router/routes';
import type { TargetIndex } from './resolve-target';
import { splitWikilinks, wikilinkText, type Wikilink } from './wikilink-syntax';

export interface WikilinkOptions {
  resolve: TargetIndex;
  /** The note being shown, for `[[#Heading]]` links into itself. */
  currentPath: string;
}

export const SEED_TITLE = 'Not written yet';

const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'html', 'definition']);

function toLink(link: Wikilink, options: WikilinkOptions): Link {
  const resolved = link.target === '' ? options.currentPath : options.resolve(link.target);
  const text: Text = { type: 'text', value: wikilinkText(link) };
  if (link.embed) {
    const isNote = resolved !== null && /\.md$/i.test(resolved);
    return {
      type: 'link',
      url: resolved === null ? seedHref(link.target) : isNote ? noteHref(resolved) : '',
      children: [text],
      data: {
        hProperties: {
          dataWikilink: 'embed',
          dataTarget: link.target,
          dataResolved: resolved ?? '',
          dataHeading: link.heading ?? '',
        },
      },
    };
  }
  if (resolved === null) {
    return {
      type: 'link',
      url: seedHref(link.target),
      title: SEED_TITLE,
      children: [text],
      data: { hProperties: { dataWikilink: 'seed', dataTarget: link.target } },
    };
  }
  return {
    type: 'link',
    url: noteHref(resolved),
    children: [text],
    data: { hProperties: { dataWikilink: 'note', dataTarget: link.target } },
  };
}

function transformParent(parent: Parent, options: WikilinkOptions): void {
  const next: RootContent[] = [];
  let changed = false;
  let embeds = false;
  for (const child of parent.children) {
    if (child.type === 'text') {
      const pieces = splitWikilinks(child.value);
      if (pieces.length === 1 && pieces[0]?.type === 'text') {
        next.push(child);
        continue;
      }
      changed = true;
      embeds ||= pieces.some((piece) => piece.type === 'wikilink' && piece.link.embed);
      for (const piece of pieces) {
        next.push(piece.type === 'text' ? ({ type: 'text', value: piece.value } satisfies Text) : toLink(piece.link, options));
      }
      continue;
    }
    if (!SKIP.has(child.type) && 'children' in child) transformParent(child as Parent, options);
    next.push(child);
  }
  if (changed) parent.children = next as PhrasingContent[];
  if (embeds && parent.type === 'paragraph') {
    parent.data = { ...parent.data, hName: 'div', hProperties: { className: ['embed-paragraph'] } };
  }
}

export function remarkWikilinks(options: WikilinkOptions) {
  return (tree: Root): void => transformParent(tree, options);
}
