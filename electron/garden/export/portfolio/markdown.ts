/**
 * A note's markdown → safe HTML for the portfolio site, in Node: remark-parse + remark-gfm,
 * the app's callouts, our export transform, remark-rehype WITHOUT raw HTML, rehype-sanitize
 * (a strict schema: http/https/mailto links only, images only from the site's own folder),
 * rehype-stringify. Two guards, on purpose: the transform decides every link and image by
 * parsing its address, and the sanitizer would still remove anything the transform missed.
 *
 * The export transform (see `transform`):
 * - `[[wikilinks]]` to an exported note or goal become relative links (with `#Heading`),
 *   to an exported source a link to its bibliography entry, to a person their privacy label
 *   (never their name as written in the link label), to anything else plain text;
 * - `![[embeds]]` of an exported note show its text (or the section named), nested at most
 *   MAX_EMBED_DEPTH deep and never in a cycle; of an image attachment, the copied image;
 *   anything else is its name as plain text;
 * - markdown links: http(s)/mailto stay; a relative `.md` link to an exported page is made
 *   relative; everything else (`javascript:`, `data:`, `file:`, unknown) becomes its text;
 * - images from the web are dropped for their alt text: the site never makes a request;
 * - raw HTML is dropped, reference definitions too (their links become text);
 * - every text, code and title passes the redactor (people.ts), and `#tags` link to tag pages.
 */
import type { Root as HastRoot } from 'hast';
import type { Heading, Image, Link, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { embedSection } from '../../../../shared/markdown/embed-section';
import { remarkCallouts } from '../../../../shared/markdown/remark-callouts';
import { splitWikilinks, wikilinkText, type Wikilink } from '../../../../shared/markdown/wikilink-syntax';
import type { GardenPath } from '../../../../shared/types';
import { trusted, type Html } from './html';
import type { Redactor } from './redact';

export const MAX_EMBED_DEPTH = 3;
/** rehype-sanitize prefixes every id so note content cannot clobber the page's own. */
export const ID_PREFIX = 'user-content-';

export interface RenderContext {
  /** The plant whose text this is (links resolve from it). */
  from: GardenPath;
  resolve(target: string, from: GardenPath): GardenPath | null;
  /** The href for an exported plant (page, or bibliography entry for a source), else null. */
  hrefOf(path: GardenPath, heading?: string | null): string | null;
  /** What a person is shown as, or null when the path is not a person. */
  personLabel(path: GardenPath): string | null;
  /** The href of an image attachment (registering it to be copied), else null. */
  imageHref(path: GardenPath): string | null;
  /** The markdown body of an exported note or goal, for embeds; null when not exported. */
  bodyOf(path: GardenPath): string | null;
  titleOf(path: GardenPath): string;
  tagHref(tag: string): string | null;
  redactor: Redactor;
}

export interface RenderedMarkdown {
  html: Html;
  /** Plain text (redacted) for the search index. */
  text: string;
  /** Exported pages this text links to (for backlinks). */
  linked: Set<GardenPath>;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  protocols: { href: ['http', 'https', 'mailto'], src: [], cite: [], longDesc: [] },
  attributes: {
    ...defaultSchema.attributes,
    // One className rule per element: the sanitizer reads the first rule naming a property.
    a: [...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), ['className', 'wikilink', 'tag', 'data-footnote-backref'], ['rel', 'noopener', 'noreferrer']],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'embed', 'embed-title', 'embed-paragraph', 'callout', 'callout-title', /^callout-[a-z][\w-]*$/], 'dataCallout', 'role', 'ariaLabel'],
    span: [['className', 'person', 'unexported', 'embed-missing']],
    img: ['alt', 'src', 'title'],
  },
};

const toHtml = unified().use(remarkRehype).use(rehypeSanitize, SCHEMA).use(rehypeStringify).freeze();

const EXTERNAL = new Set(['http:', 'https:', 'mailto:']);
const IMAGE = /\.(png|jpe?g|gif|webp|avif)$/i;
const TAG = /(^|[\s(])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;

export function headingSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');
}

interface Walk {
  ctx: RenderContext;
  /** Plants embedded on the way here (cycle guard). */
  stack: GardenPath[];
  linked: Set<GardenPath>;
}

function textNode(value: string, walk: Walk): Text {
  return { type: 'text', value: walk.ctx.redactor.redact(value) };
}

/** Text that opens a paragraph, heading or cell: a replacement there starts a sentence. */
const OPENS_SENTENCE = new Set(['paragraph', 'heading', 'tableCell']);

function span(className: string, value: string, walk: Walk): PhrasingContent {
  return { type: 'emphasis', children: [textNode(value, walk)], data: { hName: 'span', hProperties: { className: [className] } } } as PhrasingContent;
}

/** A `#tag` in running text links to its tag page. */
function withTags(value: string, walk: Walk, sentenceStart: boolean): PhrasingContent[] {
  const redacted = walk.ctx.redactor.redact(value, true, sentenceStart);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of redacted.matchAll(TAG)) {
    const tag = match[2] ?? '';
    const target = /\p{L}/u.test(tag) ? walk.ctx.tagHref(tag) : null;
    if (!target) continue;
    const start = match.index + (match[1]?.length ?? 0);
    if (start > last) out.push({ type: 'text', value: redacted.slice(last, start) });
    out.push({ type: 'link', url: target, children: [{ type: 'text', value: `#${tag}` }], data: { hProperties: { className: ['tag'] } } });
    last = start + tag.length + 1;
  }
  if (last < redacted.length) out.push({ type: 'text', value: redacted.slice(last) });
  return out;
}

function wikilinkNodes(link: Wikilink, walk: Walk): { nodes: RootContent[]; block: boolean } {
  const { ctx } = walk;
  const resolved = link.target === '' ? ctx.from : ctx.resolve(link.target, ctx.from);
  const label = wikilinkText(link);
  if (resolved === null) return { nodes: [span('unexported', label, walk)], block: false };
  const person = ctx.personLabel(resolved);
  // A label often holds the name ("[[Helen Okafor|Dr. Okafor]]"): a person is always shown as their label.
  if (person !== null) return { nodes: [span('person', person, walk)], block: false };

  if (link.embed) {
    if (IMAGE.test(resolved)) {
      const src = ctx.imageHref(resolved);
      if (src) return { nodes: [{ type: 'image', url: src, alt: walk.ctx.redactor.redact(link.label ?? resolved.split('/').pop() ?? '') }], block: false };
      return { nodes: [span('unexported', label, walk)], block: false };
    }
    const body = ctx.bodyOf(resolved);
    if (body === null || walk.stack.includes(resolved) || walk.stack.length > MAX_EMBED_DEPTH) {
      return { nodes: [span(body === null ? 'unexported' : 'embed-missing', label, walk)], block: false };
    }
    const section = embedSection(body, link.heading);
    const tree = parser.parse(section ?? '') as Root;
    transform(tree, { ...walk, ctx: { ...ctx, from: resolved }, stack: [...walk.stack, resolved] });
    const target = ctx.hrefOf(resolved, link.heading);
    if (target) walk.linked.add(resolved);
    const title: Paragraph = {
      type: 'paragraph',
      children: target ? [{ type: 'link', url: target, children: [textNode(label, walk)] }] : [textNode(label, walk)],
      data: { hName: 'div', hProperties: { className: ['embed-title'] } },
    };
    const embed = { type: 'blockquote', children: [title, ...tree.children], data: { hName: 'div', hProperties: { className: ['embed'] } } } as RootContent;
    return { nodes: [embed], block: true };
  }

  const target = ctx.hrefOf(resolved, link.heading);
  if (!target) return { nodes: [span('unexported', label, walk)], block: false };
  walk.linked.add(resolved);
  return { nodes: [{ type: 'link', url: target, children: [textNode(label, walk)], data: { hProperties: { className: ['wikilink'] } } }], block: false };
}

/** A markdown link's address → the href to keep, or null to keep only its text. */
function decideHref(url: string, walk: Walk): string | null {
  const raw = url.trim();
  if (raw === '') return null;
  if (raw.startsWith('#')) return `#${ID_PREFIX}${headingSlug(decodeSafely(raw.slice(1)))}`;
  if (URL.canParse(raw)) {
    const parsed = new URL(raw);
    if (!EXTERNAL.has(parsed.protocol) || walk.ctx.redactor.matches(raw) || walk.ctx.redactor.matches(decodeSafely(raw))) return null;
    return parsed.href;
  }
  // Relative: a markdown link to another plant (`Three-cueing.md`, `../notes/x.md#Heading`).
  const [pathPart = '', heading = null] = raw.split('#');
  const decoded = decodeSafely(pathPart);
  if (!/\.md$/i.test(decoded) || /^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith('/') || decoded.startsWith('\\')) return null;
  const resolved = walk.ctx.resolve(decoded, walk.ctx.from) ?? walk.ctx.resolve(decoded.replace(/^\.\//, ''), walk.ctx.from);
  if (resolved === null || walk.ctx.personLabel(resolved) !== null) return null;
  const target = walk.ctx.hrefOf(resolved, heading ? decodeSafely(heading) : null);
  if (target) walk.linked.add(resolved);
  return target;
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function imageNode(image: Image, walk: Walk): PhrasingContent {
  const raw = image.url.trim();
  const local = raw !== '' && !URL.canParse(raw) && !raw.startsWith('/') && !raw.startsWith('\\') ? decodeSafely(raw.split(/[?#]/)[0] ?? '') : null;
  const resolved = local ? walk.ctx.resolve(local, walk.ctx.from) : null;
  const src = resolved && IMAGE.test(resolved) ? walk.ctx.imageHref(resolved) : null;
  const alt = walk.ctx.redactor.redact(image.alt ?? '');
  if (!src) return span('unexported', alt || 'image', walk);
  return { type: 'image', url: src, alt, ...(image.title ? { title: walk.ctx.redactor.redact(image.title) } : {}) };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(node.type === 'root' || node.type === 'list' ? '\n' : '');
  return '';
}

function transform(parent: Parent, walk: Walk): void {
  const next: RootContent[] = [];
  let holdsBlock = false;
  (parent.children as RootContent[]).forEach((child, index) => {
    switch (child.type) {
      case 'text': {
        splitWikilinks(child.value).forEach((piece, at) => {
          if (piece.type === 'text') next.push(...withTags(piece.value, walk, index === 0 && at === 0 && OPENS_SENTENCE.has(parent.type)));
          else {
            const made = wikilinkNodes(piece.link, walk);
            holdsBlock ||= made.block;
            next.push(...made.nodes);
          }
        });
        break;
      }
      case 'inlineCode':
      case 'code':
        next.push({ ...child, value: walk.ctx.redactor.redact(child.value) });
        break;
      case 'html':
      case 'definition':
        break; // no raw HTML, ever; reference definitions are dropped with it (see below)
      case 'linkReference': {
        const inner = { type: 'paragraph', children: child.children } as Paragraph;
        transform(inner, walk);
        next.push(...inner.children);
        break;
      }
      case 'imageReference':
        if (child.alt) next.push(textNode(child.alt, walk));
        break;
      case 'image':
        next.push(imageNode(child, walk));
        break;
      case 'link': {
        const target = decideHref((child as Link).url, walk);
        transform(child, walk);
        if (target === null) next.push(...child.children);
        else {
          const link: Link = { ...child, url: target, title: child.title ? walk.ctx.redactor.redact(child.title) : null };
          if (/^https?:|^mailto:/.test(target)) link.data = { hProperties: { rel: ['noopener', 'noreferrer'] } };
          next.push(link);
        }
        break;
      }
      case 'heading': {
        transform(child, walk);
        (child as Heading).data = { hProperties: { id: headingSlug(plainText(child)) } };
        next.push(child);
        break;
      }
      default:
        if ('children' in child) transform(child as Parent, walk);
        next.push(child);
    }
  });
  parent.children = next as Parent['children'];
  // A paragraph holding an embedded note holds block content: make it a div, as the app does.
  if (holdsBlock && parent.type === 'paragraph') parent.data = { ...parent.data, hName: 'div', hProperties: { className: ['embed-paragraph'] } };
}

/** A note that opens with `# Its title` would show the title twice under the page's own heading. */
function dropTitleHeading(tree: Root, title: string | undefined): void {
  const first = tree.children[0];
  if (title === undefined || first?.type !== 'heading' || first.depth !== 1) return;
  const fold = (s: string) => s.trim().toLowerCase().replace(/[\s—–-]+/g, ' ');
  if (fold(plainText(first)) === fold(title)) tree.children.shift();
}

export function renderMarkdown(markdown: string, ctx: RenderContext, options: { title?: string } = {}): RenderedMarkdown {
  const tree = parser.parse(markdown) as Root;
  dropTitleHeading(tree, options.title);
  remarkCallouts()(tree);
  const walk: Walk = { ctx, stack: [ctx.from], linked: new Set() };
  transform(tree, walk);
  const hast = toHtml.runSync(tree) as HastRoot;
  const html = toHtml.stringify(hast);
  return { html: trusted(html), text: plainText(tree).replace(/\s+/g, ' ').trim(), linked: walk.linked };
}
