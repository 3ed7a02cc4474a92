/**
 * Edits a note's YAML frontmatter in place (FORMATS.md, "Rules for writing files"): only the
 * part the user changed is rewritten. Unknown keys, their order, comments, quoting and the
 * body's bytes survive.
 *
 * How: the frontmatter is parsed with `yaml`'s Document API (which knows where every node
 * sits in the source), and the edit is spliced into the original text at those offsets:
 * - a scalar replaced by a scalar: only the value's characters change (a trailing
 *   `# comment` and the quoting style stay);
 * - a flow list (`tags: [a, b]`) replaced by a list of scalars, or appended to: only the
 *   part between the brackets changes;
 * - an item appended to a block list: one new line (or block) after the last item, indented
 *   like the others;
 * - a new key: one line before the closing `---`; a deleted top-level key: its lines go;
 * - anything else (nested paths, a block value replaced): that one top-level key's lines are
 *   re-rendered by `yaml` from the edited document, every other line kept byte for byte.
 * Every result is parsed again and compared with the edited document's data; should a splice
 * ever disagree, the frontmatter is re-rendered whole from the edited Document (which still
 * keeps keys, order and comments) rather than write something wrong.
 *
 * Frontmatter that does not parse is refused with a readable FrontmatterError: the app never
 * rewrites a file it cannot read (QUALITY.md). A file without frontmatter gets one.
 *
 * Parsed with the YAML 1.2 core schema, like the core reads it (shared dates stay strings).
 */
import {
  Document, isCollection, isMap, isNode, isScalar, isSeq, parseDocument, Scalar, YAMLMap,
  type Node as YamlNode, type Pair, type ParsedNode,
} from 'yaml';
import { splitFrontmatter } from './links';

export class FrontmatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

export type KeyPath = string | readonly (string | number)[];

/** What the frontmatter of a text holds, for showing it. */
export type FrontmatterRead =
  | { status: 'none' }
  | { status: 'ok'; data: Record<string, unknown> }
  | { status: 'error'; message: string };

const PARSE_OPTIONS = { schema: 'core', uniqueKeys: true, maxAliasCount: 100, prettyErrors: false } as const;
const TO_STRING = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true } as const;

interface Located {
  text: string;
  /** Where the YAML between the delimiters starts and ends in `text`. */
  yamlStart: number;
  yamlEnd: number;
  source: string;
  doc: Document.Parsed;
  /** The top-level map, or null for an empty frontmatter (comments only). */
  map: YAMLMap<unknown, unknown> | null;
  eol: string;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:\s]+$/, '');
}

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** The frontmatter of `text`, parsed; null when the text has none. Throws when it does not parse. */
function locate(text: string): Located | null {
  const split = splitFrontmatter(text);
  if (split.frontmatter === null) return null;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const yamlStart = bom + 3 + (text.charCodeAt(bom + 3) === 13 ? 2 : 1);
  const source = split.frontmatter;
  const doc = parseDocument(source, PARSE_OPTIONS);
  const error = doc.errors[0];
  if (error) {
    throw new FrontmatterError(`The properties (YAML at the top of the note) cannot be read: ${firstLine(error.message)}. Fix them in the text first.`);
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    throw new FrontmatterError('The properties (YAML at the top of the note) should be "key: value" lines; change them in the text first.');
  }
  return { text, yamlStart, yamlEnd: yamlStart + source.length, source, doc, map: contents, eol: eolOf(source || text) };
}

/** Reads the frontmatter for display; never throws. */
export function readFrontmatter(text: string): FrontmatterRead {
  try {
    const located = locate(text);
    if (!located) return { status: 'none' };
    const data = located.doc.toJS({ maxAliasCount: 100 }) as unknown;
    return { status: 'ok', data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

// ---- helpers over the source ------------------------------------------------------------

function toPath(keyPath: KeyPath): (string | number)[] {
  const path = typeof keyPath === 'string' ? [keyPath] : [...keyPath];
  if (path.length === 0) throw new FrontmatterError('Which property? The key is missing.');
  if (typeof path[0] !== 'string' || path[0] === '') throw new FrontmatterError('A property needs a name.');
  return path;
}

function keyName(pair: Pair<unknown, unknown>): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function findPair(map: YAMLMap<unknown, unknown> | null, key: string): Pair<unknown, unknown> | undefined {
  return map?.items.find((pair) => keyName(pair) === key);
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset`, after its line break; `offset` itself when it starts a line already. */
function spanEnd(source: string, offset: number, from: number): number {
  if (offset > from && source.charCodeAt(offset - 1) === 10) return offset;
  const nl = source.indexOf('\n', offset);
  return nl === -1 ? source.length : nl + 1;
}

function range(node: unknown): [number, number, number] | null {
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  return r ?? null;
}

/** The source lines of one top-level pair: from its key's line to the end of its value's last line. */
function pairSpan(source: string, pair: Pair<unknown, unknown>): { from: number; to: number } | null {
  const keyRange = range(pair.key);
  if (!keyRange) return null;
  const from = lineStart(source, keyRange[0]);
  if (from !== keyRange[0]) return null; // an indented top-level map: left to the fallback
  const valueRange = range(pair.value);
  const end = valueRange ? valueRange[1] : keyRange[1];
  return { from, to: spanEnd(source, end, keyRange[0]) };
}

function isPlainValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** One scalar as it would appear after `key: `, in the style of `like` where that is safe. */
function scalarText(value: string | number | boolean | null, like?: Scalar): string {
  if (typeof value === 'string' && /[\r\n]/.test(value)) return JSON.stringify(value);
  const node = new Scalar(value);
  if (like && typeof value === 'string' && (like.type === Scalar.QUOTE_DOUBLE || like.type === Scalar.QUOTE_SINGLE)) node.type = like.type;
  return new Document(node, PARSE_OPTIONS).toString(TO_STRING).replace(/\r?\n$/, '');
}

/** A scalar inside `[...]` or `{...}`, where `,[]{}` must be quoted. */
function flowScalarText(value: string | number | boolean | null): string {
  if (typeof value === 'string' && /[\r\n]/.test(value)) return JSON.stringify(value);
  const doc = new Document([value], PARSE_OPTIONS);
  if (isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString({ ...TO_STRING, flowCollectionPadding: false }).trim().slice(1, -1);
}

/** A value on one line (a flow collection for lists and maps), fit for flow context when `inFlow`. */
function inlineText(value: unknown, inFlow = false): string {
  if (isPlainValue(value)) return inFlow ? flowScalarText(value) : scalarText(value);
  const doc = new Document(value, PARSE_OPTIONS);
  if (isCollection(doc.contents)) doc.contents.flow = true;
  return doc.toString(TO_STRING).replace(/\r?\n$/, '');
}

/** `key: value` lines for a new top-level key. */
function pairText(key: string, value: unknown, eol: string): string {
  const doc = new Document(new YAMLMap(), PARSE_OPTIONS);
  doc.set(key, doc.createNode(value));
  return withEol(doc.toString(TO_STRING), eol);
}

function withEol(rendered: string, eol: string): string {
  const text = rendered.endsWith('\n') ? rendered : `${rendered}\n`;
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

/** Re-renders one top-level pair of the edited document, without the comments that sit above it. */
function renderPair(pair: Pair<unknown, unknown>, eol: string): string {
  const copy = pair.clone() as Pair<YamlNode, YamlNode | null>;
  if (copy.key && typeof copy.key === 'object') (copy.key as { commentBefore?: string | null }).commentBefore = null;
  (copy as { commentBefore?: string | null }).commentBefore = null;
  const doc = new Document(new YAMLMap(), PARSE_OPTIONS);
  (doc.contents as YAMLMap).items.push(copy as Pair<unknown, unknown>);
  return withEol(doc.toString(TO_STRING), eol);
}

function splice(source: string, from: number, to: number, insert: string): string {
  return source.slice(0, from) + insert + source.slice(to);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function toJSValue(node: unknown, doc: Document): unknown {
  return node && typeof node === 'object' && 'toJS' in node ? (node as YamlNode).toJS(doc, { maxAliasCount: 100 }) : node;
}

function dataOf(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}

/**
 * Puts `source` back between the delimiters, after checking that it reads as `expected`;
 * otherwise re-renders the edited document whole.
 */
function assemble(located: Located, source: string | null, edited: Document): string {
  const expected = dataOf(edited);
  if (source !== null) {
    const check = parseDocument(source, PARSE_OPTIONS);
    if (check.errors.length === 0 && deepEqual(dataOf(check), expected)) {
      return located.text.slice(0, located.yamlStart) + source + located.text.slice(located.yamlEnd);
    }
  }
  const whole = edited.contents === null || (isMap(edited.contents) && edited.contents.items.length === 0 && !edited.comment)
    ? ''
    : withEol(edited.toString(TO_STRING), located.eol);
  return located.text.slice(0, located.yamlStart) + whole + located.text.slice(located.yamlEnd);
}

function editedCopy(located: Located): Document {
  const copy = located.doc.clone();
  if (copy.contents === null) copy.contents = new YAMLMap() as unknown as ParsedNode;
  return copy;
}

/** Creates a frontmatter for a text that has none: `---`, the key, `---`, then the text as it was. */
function withNewFrontmatter(text: string, path: (string | number)[], value: unknown): string {
  const doc = new Document(new YAMLMap(), PARSE_OPTIONS);
  doc.setIn(path, value);
  const eol = eolOf(text);
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  return `${bom}---${eol}${withEol(doc.toString(TO_STRING), eol)}---${eol}${text.slice(bom.length)}`;
}

// ---- the edits ----------------------------------------------------------------------------

/** Turns the `yaml` library's own errors (a path through a scalar, …) into a sentence. */
function guarded<A extends unknown[]>(edit: (...args: A) => string): (...args: A) => string {
  return (...args) => {
    try {
      return edit(...args);
    } catch (error) {
      if (error instanceof FrontmatterError) throw error;
      throw new FrontmatterError(`The properties could not be changed: ${firstLine(error instanceof Error ? error.message : String(error))}.`);
    }
  };
}

/** Sets `keyPath` (a key, or a path into nested maps and lists) to `value`; the same value changes nothing. */
export const setProperty = guarded((text: string, keyPath: KeyPath, value: unknown): string => {
  const path = toPath(keyPath);
  if (value === undefined) return deleteProperty(text, path);
  const located = locate(text);
  if (!located) return withNewFrontmatter(text, path, value);
  if (located.doc.hasIn(path) && deepEqual(toJSValue(located.doc.getIn(path, true), located.doc), value)) return text;
  const key = path[0] as string;
  const edited = editedCopy(located);
  edited.setIn(path, value);
  keepBlockStyleOnlyWhereItFits(edited, path, value);
  const { source, eol } = located;
  const pair = findPair(located.map, key);

  if (!pair) {
    if (located.map?.flow) return assemble(located, null, edited);
    const editedPair = findPair(edited.contents as YAMLMap<unknown, unknown>, key);
    const lines = editedPair ? renderPair(editedPair, eol) : pairText(key, value, eol);
    return assemble(located, source + lines, edited);
  }

  const valueRange = range(pair.value);
  if (path.length === 1 && valueRange) {
    const old = pair.value;
    // A scalar for a scalar: only the value's characters.
    if (isPlainValue(value) && isScalar(old) && (old.type === undefined || !old.type.startsWith('BLOCK'))) {
      const insert = scalarText(value, old);
      const empty = valueRange[0] === valueRange[1];
      const spaced = empty && source[valueRange[0] - 1] === ':' ? ` ${insert}` : insert;
      return assemble(located, splice(source, valueRange[0], valueRange[1], spaced), edited);
    }
    // A list of scalars for a flow list: only what is between the brackets.
    if (Array.isArray(value) && value.every(isPlainValue) && isSeq(old) && old.flow) {
      const written = source.slice(valueRange[0], valueRange[1]);
      const padded = /^\[\s/.test(written);
      const items = value.map((item) => flowScalarText(item)).join(', ');
      const insert = items === '' ? '[]' : padded ? `[ ${items} ]` : `[${items}]`;
      return assemble(located, splice(source, valueRange[0], valueRange[1], insert), edited);
    }
  }
  if (path.length === 1 && pair) keepValueComment(pair, findPair(edited.contents as YAMLMap<unknown, unknown>, key), edited);
  return rerenderPair(located, key, edited);
});

/**
 * setIn keeps a replaced scalar's style. A block scalar (`|`, `>`) suits text of several lines
 * with something on them; a one-line or blank value written that way reads back changed
 * (`a: |-` over a line of spaces reads as ""), so it goes back to the default style.
 */
function keepBlockStyleOnlyWhereItFits(doc: Document, path: readonly (string | number)[], value: unknown): void {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || node.type === undefined || !node.type.startsWith('BLOCK')) return;
  if (typeof value === 'string' && value.includes('\n') && value.trim() !== '') return;
  node.type = undefined;
}

/**
 * A comment written after a value (`interactions: []  # newest first`) stays when the value
 * is replaced: after the key when the new value is a block list or map, else after the value.
 */
function keepValueComment(before: Pair<unknown, unknown>, after: Pair<unknown, unknown> | undefined, doc: Document): void {
  const comment = isNode(before.value) ? before.value.comment : null;
  if (!comment || !after) return;
  // setIn keeps a plain value as it was given: make it a node (never annotate the caller's object).
  if (!isNode(after.value)) after.value = doc.createNode(after.value);
  const value = after.value as YamlNode & { flow?: boolean };
  if (value.comment) return;
  if ((isSeq(value) || isMap(value)) && !value.flow && isScalar(after.key)) after.key.comment = comment;
  else value.comment = comment;
}

/** Removes `keyPath`; a text without it comes back unchanged. */
export const deleteProperty = guarded((text: string, keyPath: KeyPath): string => {
  const path = toPath(keyPath);
  const located = locate(text);
  if (!located || !located.doc.hasIn(path)) return text;
  const key = path[0] as string;
  const edited = editedCopy(located);
  edited.deleteIn(path);
  if (path.length === 1) {
    const pair = findPair(located.map, key);
    const span = pair && !located.map?.flow ? pairSpan(located.source, pair) : null;
    if (span) return assemble(located, splice(located.source, span.from, span.to, ''), edited);
    return assemble(located, null, edited);
  }
  return rerenderPair(located, key, edited);
});

/** Appends `item` to the list at `keyPath`, creating the list when there is none. */
export const appendToList = guarded((text: string, keyPath: KeyPath, item: unknown): string => {
  const path = toPath(keyPath);
  const located = locate(text);
  if (!located || !located.doc.hasIn(path)) return setProperty(text, path, [item]);
  const list = located.doc.getIn(path, true);
  if (!isSeq(list)) {
    throw new FrontmatterError(`The property "${path.join('.')}" is not a list, so nothing can be added to it.`);
  }
  const edited = editedCopy(located);
  const editedList = edited.getIn(path, true);
  if (isSeq(editedList)) editedList.items.push(edited.createNode(item));
  const { source, eol } = located;
  const listRange = range(list);

  if (listRange && list.flow) {
    const written = source.slice(listRange[0], listRange[1]);
    const close = listRange[0] + written.lastIndexOf(']');
    if (close >= listRange[0]) {
      const before = source.slice(listRange[0] + 1, close);
      const insert = before.trim() === '' ? inlineText(item, true) : `${before.replace(/\s+$/, '')}, ${inlineText(item, true)}${before.match(/\s+$/)?.[0] ?? ''}`;
      return assemble(located, splice(source, listRange[0] + 1, close, insert), edited);
    }
  }
  const last = list.items[list.items.length - 1];
  if (listRange && !list.flow && last !== undefined) {
    const column = listRange[0] - lineStart(source, listRange[0]);
    const indent = ' '.repeat(column);
    const at = spanEnd(source, listRange[1], listRange[0]);
    const prefix = at === source.length && source.length > 0 && !source.endsWith('\n') ? eol : '';
    let lines: string;
    if (isMap(last) && !last.flow && item !== null && typeof item === 'object') {
      const block = new Document([item], PARSE_OPTIONS).toString(TO_STRING).replace(/\r?\n$/, '');
      lines = block.split('\n').map((line) => indent + line).join(eol) + eol;
    } else {
      lines = `${indent}- ${inlineText(item)}${eol}`;
    }
    return assemble(located, splice(source, at, at, prefix + lines), edited);
  }
  return rerenderPair(located, path[0] as string, edited);
});

/**
 * Inserts `item` into the list at `keyPath` before the item now at `index` (at or past the
 * end: appended), so a list kept newest-first can stay that way. Block lists get one new
 * line (or block) before that item's line, indented like it; flow lists get the item
 * before it between the brackets. Anything else re-renders that one key.
 */
export const insertIntoList = guarded((text: string, keyPath: KeyPath, index: number, item: unknown): string => {
  const path = toPath(keyPath);
  const located = locate(text);
  if (!located || !located.doc.hasIn(path)) return setProperty(text, path, [item]);
  const list = located.doc.getIn(path, true);
  if (!isSeq(list)) {
    throw new FrontmatterError(`The property "${path.join('.')}" is not a list, so nothing can be added to it.`);
  }
  const at = Math.max(0, Math.floor(index));
  if (at >= list.items.length) return appendToList(text, path, item);
  const edited = editedCopy(located);
  const editedList = edited.getIn(path, true);
  if (isSeq(editedList)) editedList.items.splice(at, 0, edited.createNode(item));
  const { source, eol } = located;
  const listRange = range(list);
  const before = list.items[at];
  const beforeRange = range(before);

  if (listRange && beforeRange) {
    if (list.flow) {
      return assemble(located, splice(source, beforeRange[0], beforeRange[0], `${inlineText(item, true)}, `), edited);
    }
    const lineAt = lineStart(source, beforeRange[0]);
    // Only where the item's line is `  - <item>`; a value on the line after its dash is left to the fallback.
    if (/^[ \t]*-[ \t]+$/.test(source.slice(lineAt, beforeRange[0]))) {
      const indent = ' '.repeat(listRange[0] - lineStart(source, listRange[0]));
      let lines: string;
      if (isMap(before) && !before.flow && item !== null && typeof item === 'object') {
        const block = new Document([item], PARSE_OPTIONS).toString(TO_STRING).replace(/\r?\n$/, '');
        lines = block.split('\n').map((line) => indent + line).join(eol) + eol;
      } else {
        lines = `${indent}- ${inlineText(item)}${eol}`;
      }
      return assemble(located, splice(source, lineAt, lineAt, lines), edited);
    }
  }
  return rerenderPair(located, path[0] as string, edited);
});

/** Rewrites the lines of one top-level key from the edited document; every other line stays. */
function rerenderPair(located: Located, key: string, edited: Document): string {
  const pair = findPair(located.map, key);
  const editedPair = findPair(edited.contents as YAMLMap<unknown, unknown>, key);
  const span = pair && !located.map?.flow ? pairSpan(located.source, pair) : null;
  if (!span || !editedPair) return assemble(located, null, edited);
  return assemble(located, splice(located.source, span.from, span.to, renderPair(editedPair, located.eol)), edited);
}
