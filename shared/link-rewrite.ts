/**
 * Link rewriting for rename and move: pure text in, text out. Only the target part of a link
 * changes; its label, `#heading`, `#^block`, `!` embed mark, `\|` table escape, spacing and
 * everything outside links keep their bytes. Links inside code are not links (the scanner
 * skips code), so they are never touched.
 *
 * Which links change and where they must point is the caller's decision (`retarget`), taken
 * with the garden's resolver: this module only knows how to write a target in the style of the
 * link it replaces. Decisions on style:
 * - A bare name (`[[Old]]`, `[x](Old.md)`) stays a bare name when the new name, written in this
 *   file, resolves to the new path (`resolvesTo`); otherwise it becomes the full garden path
 *   (`[[folder/New]]`), which resolution rule 1 (exact vault path) always finds.
 * - A path link (`[[folder/Old]]`) stays a path link with the full new garden path; a rooted one
 *   (`[[/folder/Old]]`) stays rooted; an explicit relative one (`./`, `../`) is recomputed from
 *   this file's folder and stays explicit (`./New.md` rather than a bare `New.md`).
 * - A written `.md` extension is kept, and only kept: `[[Old]]` never gains one.
 * - Case is the new file's own: `[[old]]` becomes `[[New]]`.
 * - Markdown destinations are percent-encoded like the original: one with `%XX` escapes gets
 *   full URI encoding (`%20`, `%C3%A9`), one in `<angle brackets>` keeps spaces as they are,
 *   and a plain one encodes only what a destination cannot hold (space, `%`, `#`, parentheses,
 *   `<`, `>`, `\`, control characters).
 * - Frontmatter is edited as text, never re-serialised: a link inside a single-quoted YAML
 *   string doubles its `'`, one inside a double-quoted string escapes `"` and `\`, and an
 *   unquoted `[[link]]` (a YAML flow list) whose new target YAML would misread (`,`, `{`, `}`,
 *   a leading `&`, `*`, `!`, ...) is wrapped in double quotes. Links in YAML comments are left.
 */
import { scanMarkdown, splitFrontmatter, type ScannedLink } from './links';

export interface RewriteRequest {
  /** Garden path of the file as it will be after the operation (relative links are written from its folder). */
  from: string;
  /**
   * For one link target as written (trimmed, `#subpath` removed, markdown destinations
   * percent-decoded): the garden path it must point at after the operation, or null to leave it.
   */
  retarget(target: string): string | null;
  /** Whether `target`, written in this file after the operation, will resolve to `path`. */
  resolvesTo(target: string, path: string): boolean;
}

export interface LinkEdit {
  /** Offsets in the original text. */
  start: number;
  end: number;
  before: string;
  after: string;
}

export interface RewriteOutcome {
  text: string;
  edits: LinkEdit[];
}

type LinkStyle = 'name' | 'path' | 'root' | 'relative';
type YamlContext = 'double' | 'single' | 'plain' | 'flow';

/** A link found in the text with the span of its target text (`targetStart`..`targetEnd`). */
interface Found {
  form: 'wiki' | 'markdown';
  /** The target as the resolver sees it. */
  target: string;
  targetStart: number;
  targetEnd: number;
  /** Whole link syntax (for wrapping an unquoted YAML link in quotes). */
  start: number;
  end: number;
  yaml?: YamlContext;
  /** Markdown destinations: how the original was encoded. */
  encoding?: 'uri' | 'angle' | 'plain';
}

/** Rewrites every link whose target `retarget` moves; returns the new text and the edits made. */
export function rewriteLinks(text: string, request: RewriteRequest): RewriteOutcome {
  const found = findLinks(text);
  const edits: LinkEdit[] = [];
  const memo = new Map<string, string | null>();
  for (const link of found) {
    if (link.target === '') continue; // [[#Heading]] is the note itself, wherever it lives
    let destination = memo.get(link.target);
    if (destination === undefined) {
      destination = request.retarget(link.target);
      memo.set(link.target, destination);
    }
    if (destination === null) continue;
    const written = writeTarget(link, destination, request);
    const replacement = escapeFor(link, written);
    if (link.yaml === 'flow' && needsQuotingInFlow(written)) {
      // The unquoted [[link]] is a YAML flow list; quoting the whole link keeps it one string.
      const inner = text.slice(link.start, link.targetStart) + written + text.slice(link.targetEnd, link.end);
      edits.push({ start: link.start, end: link.end, before: text.slice(link.start, link.end), after: `"${escapeDouble(inner)}"` });
    } else if (replacement !== text.slice(link.targetStart, link.targetEnd)) {
      edits.push({ start: link.targetStart, end: link.targetEnd, before: text.slice(link.targetStart, link.targetEnd), after: replacement });
    }
  }
  if (edits.length === 0) return { text, edits };
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.after;
    at = edit.end;
  }
  return { text: out + text.slice(at), edits };
}

export interface RenameRewrite {
  from: string;
  oldPath: string;
  newPath: string;
  /** Whether a link target written in this file resolves to the old path (before the rename). */
  pointsAtOld(target: string): boolean;
  /**
   * Whether a target written in this file resolves to the new path after the rename. Links that
   * still do (an alias, a bare name after a move) are left alone. Default: the target names the
   * new path or its file name, ignoring case and `.md`.
   */
  resolvesToNew?(target: string): boolean;
}

/** The rename case: every link pointing at `oldPath` is made to point at `newPath`. */
export function rewriteLinksToRenamed(text: string, options: RenameRewrite): string {
  const resolvesToNew = options.resolvesToNew ?? ((target: string) => namesPath(target, options.newPath, options.from));
  return rewriteLinks(text, {
    from: options.from,
    retarget: (target) => (options.pointsAtOld(target) && !resolvesToNew(target) ? options.newPath : null),
    resolvesTo: (target, path) => (path === options.newPath ? resolvesToNew(target) : namesPath(target, path, options.from)),
  }).text;
}

/**
 * A simple stand-in for the garden's resolver: `target` names `path` when it is that path or
 * its file name (ignoring case and `.md`), an explicit relative path to it from `from`, or
 * a rooted path to it.
 */
export function namesPath(target: string, path: string, from: string): boolean {
  const fold = (s: string) => s.replace(/\.md$/i, '').normalize('NFC').toLowerCase();
  let t = target.replace(/\\/g, '/');
  if (t.startsWith('./') || t.startsWith('../')) {
    const joined = normaliseSegments(`${folderOf(from)}/${t}`);
    if (joined === null) return false;
    return fold(joined) === fold(path);
  }
  t = fold(t.replace(/^\/+/, ''));
  const p = fold(path);
  return t === p || (!t.includes('/') && t === p.slice(p.lastIndexOf('/') + 1));
}

/** Collapses `.` and `..` segments; null when the path climbs above the root. */
function normaliseSegments(path: string): string | null {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

// ---- finding links with the span of their target ---------------------------------------------

function findLinks(text: string): Found[] {
  const split = splitFrontmatter(text);
  const found: Found[] = [];
  if (split.frontmatter !== null) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fmStart = bom + 3 + (text.charCodeAt(bom + 3) === 13 ? 2 : 1);
    found.push(...frontmatterLinks(text, fmStart, fmStart + split.frontmatter.length));
  }
  for (const link of scanMarkdown(split.body).links) {
    const shifted = { ...link, start: link.start + split.bodyStart, end: link.end + split.bodyStart };
    const spot = shifted.form === 'wiki' ? wikiTarget(text, shifted) : markdownTarget(text, shifted);
    if (spot) found.push(spot);
  }
  return found;
}

/** The target span inside `[[target#sub|label]]` (or `![[...]]`). */
function wikiTarget(text: string, link: Pick<ScannedLink, 'start' | 'end' | 'embed'>): Found | null {
  const open = link.start + (text.charCodeAt(link.start) === 33 ? 3 : 2);
  const close = link.end - 2;
  if (!text.startsWith('[[', open - 2) || !text.startsWith(']]', close)) return null;
  const content = text.slice(open, close);
  let part = content;
  const pipe = content.indexOf('|');
  if (pipe >= 0) {
    part = content.slice(0, pipe);
    if (part.endsWith('\\')) part = part.slice(0, -1);
  }
  const hash = part.indexOf('#');
  const raw = hash < 0 ? part : part.slice(0, hash);
  const lead = raw.length - raw.trimStart().length;
  const target = raw.trim();
  return { form: 'wiki', target, targetStart: open + lead, targetEnd: open + lead + target.length, start: link.start, end: link.end };
}

const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;

/**
 * The destination span of `[label](destination "title")`. The scanner reports only the whole
 * link, so the `](` that opens its destination is found again: the first unescaped one whose
 * destination parses to exactly the link's end and decodes to the scanned target.
 */
function markdownTarget(text: string, link: ScannedLink): Found | null {
  let from = link.start;
  for (;;) {
    const at = text.indexOf('](', from);
    if (at < 0 || at >= link.end) return null;
    from = at + 1;
    if (isEscaped(text, at)) continue;
    const parsed = parseDestination(text, at + 2, link.end);
    if (!parsed) continue;
    const { rawStart, rawEnd, angle } = parsed;
    const raw = text.slice(rawStart, rawEnd);
    // The path part ends at the first '#' (an escaped '\#' ends it too, at its backslash).
    const hash = raw.indexOf('#');
    let pathEnd = hash < 0 ? raw.length : hash;
    if (hash > 0 && raw.charCodeAt(hash - 1) === 92) pathEnd = hash - 1;
    const rawPath = raw.slice(0, pathEnd);
    if (decodeDestination(rawPath).trim() !== link.target) continue;
    const lead = rawPath.length - rawPath.trimStart().length;
    const trimmed = rawPath.trim();
    return {
      form: 'markdown',
      target: link.target,
      targetStart: rawStart + lead,
      targetEnd: rawStart + lead + trimmed.length,
      start: link.start,
      end: link.end,
      encoding: angle ? 'angle' : PERCENT_ESCAPE.test(trimmed) ? 'uri' : 'plain',
    };
  }
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && text.charCodeAt(k) === 92; k--) backslashes++;
  return backslashes % 2 === 1;
}

/** Parses `destination [title])` from `p` (just past `(`); the `)` must end at `end`. */
function parseDestination(text: string, p: number, end: number): { rawStart: number; rawEnd: number; angle: boolean } | null {
  p = skipSpace(text, p);
  let rawStart: number;
  let rawEnd: number;
  let angle = false;
  if (text.charCodeAt(p) === 60) {
    angle = true;
    let q = p + 1;
    while (q < end && text.charCodeAt(q) !== 62) q += text.charCodeAt(q) === 92 ? 2 : 1;
    if (q >= end) return null;
    rawStart = p + 1;
    rawEnd = q;
    p = q + 1;
  } else {
    let q = p;
    let depth = 0;
    while (q < end) {
      const c = text.charCodeAt(q);
      if (c <= 32) break;
      if (c === 92) {
        q += 2;
        continue;
      }
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      q++;
    }
    rawStart = p;
    rawEnd = q;
    p = q;
  }
  // What follows is an optional title and the closing parenthesis, which must end the link.
  const rest = text.slice(p, end);
  if (!/^\s*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))\s*)?\)$/s.test(rest)) return null;
  return { rawStart, rawEnd, angle };
}

function skipSpace(text: string, p: number): number {
  let newline = false;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9 || c === 13) p++;
    else if (c === 10 && !newline) {
      newline = true;
      p++;
    } else return p;
  }
}

/** As the scanner reads a destination: backslash escapes, then percent-decoding. */
function decodeDestination(raw: string): string {
  const unescaped = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

// ---- frontmatter: wikilinks in YAML text, with their quoting context -------------------------

/**
 * Wikilinks in the YAML between `start` and `end`, found as the scanner finds them in values
 * (`[[` to the next `]]` on the same line, no `[[` inside), skipping YAML comments, and each
 * with the kind of YAML scalar it sits in so the new text can be escaped for it.
 */
function frontmatterLinks(text: string, start: number, end: number): Found[] {
  const found: Found[] = [];
  let quote: 'double' | 'single' | null = null;
  let flowDepth = 0;
  /** Indentation of the key that opened a block scalar (`note: |`); its lines are raw text. */
  let blockParent: number | null = null;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    const indent = line.length - line.replace(/^ +/, '').length;
    if (blockParent !== null) {
      if (line.trim() === '' || indent > blockParent) {
        let i = text.indexOf('[[', lineStart);
        while (i >= 0 && i < lineEnd) i = text.indexOf('[[', Math.max(i + 2, takeWikilink(text, i, lineEnd, 'plain', found)));
        lineStart = lineEnd + 1;
        continue;
      }
      blockParent = null;
    }
    let atScalarStart = true;
    // A line starting at column 0 outside a string is a new top-level key: any flow list is over.
    const first = text.charCodeAt(lineStart);
    if (quote === null && first !== 32 && first !== 9) flowDepth = 0;
    let i = lineStart;
    while (i < lineEnd) {
      const c = text.charCodeAt(i);
      if (quote === 'double') {
        if (c === 92) i += 2;
        else {
          if (c === 34) quote = null;
          else if (c === 91 && text.charCodeAt(i + 1) === 91) i = takeWikilink(text, i, lineEnd, 'double', found) - 1;
          i++;
        }
        continue;
      }
      if (quote === 'single') {
        if (c === 39 && text.charCodeAt(i + 1) === 39) i += 2;
        else {
          if (c === 39) quote = null;
          else if (c === 91 && text.charCodeAt(i + 1) === 91) i = takeWikilink(text, i, lineEnd, 'single', found) - 1;
          i++;
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
        i++;
        continue;
      }
      if (c === 35 && (i === lineStart || /\s/.test(text.charAt(i - 1)))) break; // a comment to the line end
      if (atScalarStart && c === 34) quote = 'double';
      else if (atScalarStart && c === 39) quote = 'single';
      else if (c === 91 && text.charCodeAt(i + 1) === 91) {
        const context: YamlContext = atScalarStart || flowDepth > 0 ? 'flow' : 'plain';
        const after = takeWikilink(text, i, lineEnd, context, found);
        if (after > i) {
          i = after;
          atScalarStart = false;
          continue;
        }
      }
      if (c === 91 || c === 123) flowDepth++;
      else if ((c === 93 || c === 125) && flowDepth > 0) flowDepth--;
      // After these indicators a new scalar may start (mapping value, list item, flow entry).
      const next = text.charCodeAt(i + 1);
      const spaceNext = i + 1 >= lineEnd || next === 32 || next === 9 || next === 13;
      atScalarStart = c === 91 || c === 123 || c === 44 || ((c === 58 || c === 45 || c === 63) && spaceNext);
      i++;
    }
    if (quote === null && BLOCK_SCALAR.test(line)) blockParent = indent;
    lineStart = lineEnd + 1;
  }
  return found;
}

/** A line whose value is a block scalar indicator: `key: |`, `- >-`, `key: |2 # comment`. */
const BLOCK_SCALAR = /(?:^|:|^\s*-)[ \t]+[|>][-+1-9]{0,2}[ \t]*(?:#.*)?\r?$/;

/** Records a wikilink opening at `i` (context given); returns the offset after `]]`, or `i` if none. */
function takeWikilink(text: string, i: number, lineEnd: number, yaml: YamlContext, found: Found[]): number {
  const close = text.indexOf(']]', i + 2);
  if (close < 0 || close + 2 > lineEnd) return i;
  const inner = text.indexOf('[[', i + 2);
  if (inner >= 0 && inner < close) return i;
  const embedded = i > 0 && text.charCodeAt(i - 1) === 33;
  const spot = wikiTarget(text, { start: embedded ? i - 1 : i, end: close + 2, embed: embedded });
  if (spot) {
    const raw = text.slice(spot.targetStart, spot.targetEnd);
    // The resolver sees the YAML value: undo the quoting's escapes. A double-quoted escape
    // sequence in a target is too unusual to rewrite safely, so such a link is left as it is.
    if (yaml === 'double' && raw.includes('\\')) return close + 2;
    const target = yaml === 'single' ? raw.replace(/''/g, "'") : raw;
    found.push({ ...spot, target, yaml });
  }
  return close + 2;
}

// ---- writing a target in the style of the original -------------------------------------------

function styleOf(target: string): LinkStyle {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return 'root';
  if (t.startsWith('./') || t.startsWith('../')) return 'relative';
  return t.includes('/') ? 'path' : 'name';
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `to` relative to the folder `fromFolder`, always explicit: starts with `./` or `../`. */
export function relativeLink(fromFolder: string, to: string): string {
  const from = fromFolder ? fromFolder.split('/') : [];
  const parts = to.split('/');
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  const up = from.length - common;
  const rest = parts.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

function writeTarget(link: Found, destination: string, request: RewriteRequest): string {
  const keepExtension = /\.md$/i.test(link.target);
  const plant = /\.md$/i.test(destination);
  const bare = (p: string) => (plant && !keepExtension ? p.slice(0, -3) : p);
  const name = destination.slice(destination.lastIndexOf('/') + 1);
  const candidates: string[] = [];
  switch (styleOf(link.target)) {
    case 'root':
      candidates.push(`/${bare(destination)}`);
      break;
    case 'relative':
      candidates.push(bare(relativeLink(folderOf(request.from), destination)));
      break;
    case 'path':
      candidates.push(bare(destination));
      if (link.form === 'markdown') candidates.push(bare(relativeLink(folderOf(request.from), destination)));
      break;
    case 'name':
      candidates.push(bare(name), bare(destination));
      break;
  }
  const chosen = candidates.find((c) => request.resolvesTo(c, destination)) ?? bare(destination);
  return link.form === 'markdown' ? encodeDestination(chosen, link.encoding ?? 'plain') : chosen;
}

/** Characters a plain (unbracketed) markdown destination cannot hold as they are. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be encoded
const PLAIN_UNSAFE = /[\u0000-\u0020\u007f%#()<>\\]/g;
// eslint-disable-next-line no-control-regex -- as above, for <angle> destinations
const ANGLE_UNSAFE = /[\u0000-\u001f\u007f%#<>\\]/g;

function encodeDestination(path: string, encoding: 'uri' | 'angle' | 'plain'): string {
  const byte = (ch: string) => [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  if (encoding === 'uri') return encodeURI(path).replace(/[#()]/g, byte);
  return path.replace(encoding === 'angle' ? ANGLE_UNSAFE : PLAIN_UNSAFE, byte);
}

function escapeDouble(s: string): string {
  return s.replace(/[\\"]/g, (c) => `\\${c}`);
}

function escapeFor(link: Found, written: string): string {
  if (link.yaml === 'double') return escapeDouble(written);
  if (link.yaml === 'single') return written.replace(/'/g, "''");
  return written;
}

/** A plain scalar inside a YAML flow list cannot hold these, nor start with an indicator. */
function needsQuotingInFlow(target: string): boolean {
  return /[,{}[\]]|: | #/.test(target) || /^[&*!|>'"%@`?-]/.test(target);
}
