/**
 * QUALITY.md's bad-input catalogue through the service (what either door answers), each with the
 * sentence the person sees, and nothing lost: files that cannot be read cleanly keep their bytes.
 * Further cases live beside the code they test: parse-file.test.ts (YAML), paths.test.ts (names
 * and symlinks), the import parsers' tests (vCard, CSV), MarkdownView and preview-limits tests
 * (hostile links, deep nesting and huge notes in the preview), e2e/security.spec.ts (XSS).
 */
import { mkdtemp, readFile, realpath, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CallResult, MethodName } from '../../../../shared/api';
import { createGardenService, type GardenService } from '../../../../electron/garden/service';
import { RESOURCES, writeTree } from './helpers';

const NOW = () => new Date('2026-11-25T12:00:00Z');
const services: GardenService[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const s of services.splice(0)) await s.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const aliasBomb = `---\na: &a [x, x, x, x, x, x, x, x, x]\n${['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`).join('\n')}\nf: [${Array(9).fill('*e').join(', ')}]\n---\nbody\n`;
const CANARY = path.join(process.env.TMPDIR ?? '/tmp', `pln-canary-${process.pid}`);

const FILES: Record<string, string | Uint8Array> = {
  'notes/Malformed.md': '---\ntags: [a, b\n---\nbody\n',
  'notes/Alias bomb.md': aliasBomb,
  'notes/Deep YAML.md': `---\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
  'notes/JS tag.md': '---\nx: !!js/function "function(){ return 1 }"\n---\n',
  'notes/Duplicate keys.md': '---\na: 1\na: 2\n---\n',
  'notes/Evil js.md': `---js\nrequire("fs").writeFileSync(${JSON.stringify(CANARY)}, "ran")\n---\n# Evil\n`,
  'notes/Binary.md': Buffer.from([0x23, 0x20, 0x00, 0xff, 0x10, 0x00]),
  'notes/Latin1.md': Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e\n', 'latin1'),
  'notes/Deep body.md': `${'>'.repeat(5000)} deep\n${'*'.repeat(5000)}x${'*'.repeat(5000)}\n`,
  'notes/Cycle A.md': 'to [[Cycle B]]\n',
  'notes/Cycle B.md': 'back to [[Cycle A]] and ![[Cycle B]] itself\n',
  'goals/Paper.md': '---\ntype: goal\ndue: 2024-02-30\nstatus: active\n---\n',
  'people/Leap.md': '---\ntype: person\nname: Leap\ninteractions:\n  - { date: 2023-02-29, kind: message, direction: gave }\n  - { date: 2024-02-29, kind: message, direction: gave }\n---\n',
  'sources/Hostile.md': '---\ntype: source\ntitle: Hostile\nurl: "javascript:alert(1)"\n---\n',
  'sources/UNC.md': '---\ntype: source\ntitle: UNC\nurl: "\\\\\\\\host\\\\share"\n---\n',
  'sources/File.md': '---\ntype: source\ntitle: File\nurl: "file:///etc/passwd"\n---\n',
  'notes/Café.md': 'an NFC name',
};

/** One garden for the whole file (each test reads its own files or adds new ones). */
let shared: Promise<Awaited<ReturnType<typeof open>>> | null = null;
const start = () => (shared ??= open(FILES));

async function open(files: Record<string, string | Uint8Array>) {
  const base = await realpath(await mkdtemp(path.join(os.tmpdir(), 'pln-bad-input-')));
  dirs.push(base);
  const root = path.join(base, 'Garden');
  await writeTree(root, files);
  await writeTree(path.join(base, 'outside'), { 'secret.md': 'outside the garden' });
  await symlink(path.join(base, 'outside', 'secret.md'), path.join(root, 'notes', 'Escape.md'));
  await symlink(path.join(root, 'notes', 'Loop.md'), path.join(root, 'notes', 'Loop.md'));
  const service = await createGardenService({ userDataDir: path.join(base, 'user-data'), resourcesDir: RESOURCES, initialRoot: root, watch: false, now: NOW });
  services.push(service);
  const call = async <K extends MethodName>(name: K, input: unknown): Promise<CallResult<unknown>> => service.call(name, input);
  const ok = async <T>(name: MethodName, input: unknown): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.value as T;
  };
  return { base, root, call, ok };
}

interface Doc { text: string; hash: string; readOnly: boolean; problems: { kind: string; message: string }[] }

const yaml = (reason: string) => `The properties (YAML frontmatter) cannot be read: ${reason}. The file is read-only until it is fixed.`;

describe('files that cannot be read cleanly open read-only with the reason, and are never written', () => {
  it.each([
    ['malformed YAML', 'notes/Malformed.md', 'yaml', yaml('unexpected end of the stream within a flow collection (2:1)')],
    ['an alias bomb ("billion laughs"), capped', 'notes/Alias bomb.md', 'yaml', yaml('Excessive alias count indicates a resource exhaustion attack')],
    ['5,000-deep YAML nesting', 'notes/Deep YAML.md', 'yaml', yaml('nesting exceeded maxDepth (100) (1:103)')],
    ['a !!js/function tag, never run', 'notes/JS tag.md', 'yaml', yaml('unknown tag !<tag:yaml.org,2002:js/function> (1:42)')],
    ['duplicate keys', 'notes/Duplicate keys.md', 'yaml', yaml('duplicated mapping key (2:1)')],
    ['binary content', 'notes/Binary.md', 'encoding', 'This file contains binary data, so it is shown read-only and never saved by the app.'],
    ['text that is not UTF-8', 'notes/Latin1.md', 'encoding', 'This file is not valid UTF-8 text, so it is shown read-only and never saved by the app.'],
  ])('%s', async (_label, rel, kind, message) => {
    const { root, ok, call } = await start();
    const before = await readFile(path.join(root, rel));
    const doc = await ok<Doc>('note.read', { path: rel });
    expect(doc.readOnly).toBe(true);
    expect(doc.problems).toEqual([{ kind, message }]);
    expect(await call('note.write', { path: rel, text: `${doc.text}\nan edit`, baseHash: doc.hash })).toEqual({
      ok: false,
      error: { code: 'read-only', message: `"${rel}" is read-only because it could not be read cleanly; fix it in another editor first.` },
    });
    expect(await readFile(path.join(root, rel))).toEqual(before);
  });

  it('never evaluates ---js front matter: it is text, writable, and nothing ran', async () => {
    const { ok } = await start();
    const doc = await ok<Doc>('note.read', { path: 'notes/Evil js.md' });
    expect(doc).toMatchObject({ readOnly: false, problems: [] });
    expect(doc.text.startsWith('---js\nrequire(')).toBe(true);
    await expect(stat(CANARY)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('dates are validated, never rolled over', () => {
  it('2024-02-30 and 2023-02-29 are refused with a sentence; 2024-02-29 (a leap day) is kept', async () => {
    const { ok } = await start();
    const goal = await ok<Doc>('note.read', { path: 'goals/Paper.md' });
    expect(goal).toMatchObject({ readOnly: false, problems: [{ kind: 'field', message: 'due "2024-02-30" is not a valid date (YYYY-MM-DD); it is ignored.' }] });
    const person = await ok<Doc>('note.read', { path: 'people/Leap.md' });
    expect(person.problems).toEqual([{ kind: 'field', message: 'interactions[0].date "2023-02-29" is not a valid date; this interaction is ignored.' }]);
    const snapshot = await ok<{ plants: { path: string; goal?: { due: string | null }; person?: { interactions: { date: string }[] } }[] }>('garden.snapshot', {});
    expect(snapshot.plants.find((p) => p.path === 'goals/Paper.md')?.goal?.due).toBeNull();
    expect(snapshot.plants.find((p) => p.path === 'people/Leap.md')?.person?.interactions.map((i) => i.date)).toEqual(['2024-02-29']);
  });
});

describe('big, deep and circular notes', () => {
  it('a 10 MB note opens, reads whole, saves and is indexed; 5,000-deep markdown does not break indexing', async () => {
    const huge = `# Huge\n\n${'A line of an enormous note with [[Cycle A]] in it.\n'.repeat(210_000)}`;
    const { root, ok } = await open({ ...FILES, 'notes/Huge.md': huge });
    const doc = await ok<Doc & { outgoing: unknown[] }>('note.read', { path: 'notes/Huge.md' });
    expect(doc.text).toBe(huge);
    expect(doc.readOnly).toBe(false);
    expect(doc.outgoing).toHaveLength(210_000);
    expect(new Set(doc.outgoing.map((l) => JSON.stringify(l)))).toEqual(new Set([JSON.stringify({ target: 'Cycle A', resolved: 'notes/Cycle A.md', embed: false })]));
    const saved = await ok<{ status: string }>('note.write', { path: 'notes/Huge.md', text: `${huge}one more line\n`, baseHash: doc.hash });
    expect(saved.status).toBe('saved');
    expect(await readFile(path.join(root, 'notes', 'Huge.md'), 'utf8')).toBe(`${huge}one more line\n`);
    expect(await ok<Doc>('note.read', { path: 'notes/Deep body.md' })).toMatchObject({ readOnly: false, problems: [] });
  });

  it('link cycles and a self-embed resolve once each, with backlinks both ways', async () => {
    const { ok } = await start();
    const a = await ok<{ backlinks: { from: string }[]; outgoing: { resolved: string | null; embed: boolean }[] }>('note.read', { path: 'notes/Cycle A.md' });
    const b = await ok<{ backlinks: { from: string }[]; outgoing: { resolved: string | null; embed: boolean }[] }>('note.read', { path: 'notes/Cycle B.md' });
    expect(a.outgoing).toEqual([{ target: 'Cycle B', resolved: 'notes/Cycle B.md', embed: false }]);
    expect(b.outgoing).toEqual([{ target: 'Cycle A', resolved: 'notes/Cycle A.md', embed: false }, { target: 'Cycle B', resolved: 'notes/Cycle B.md', embed: true }]);
    expect(a.backlinks.map((l) => l.from)).toEqual(['notes/Cycle B.md']);
    expect(b.backlinks.map((l) => l.from)).toEqual(['notes/Cycle A.md']);
  });
});

describe('titles and paths from outside', () => {
  it.each([
    ['../escape', 'escape.md'],
    ['/etc/passwd', 'etc passwd.md'],
    ['C:\\Windows\\evil', 'C Windows evil.md'],
    ['CON', 'CON (note).md'],
    ['nul.txt', 'nul (note).txt.md'],
    ['a:b', 'a b.md'],
    ['bell\u0007and\u001bescape', 'bell and escape.md'],
    ['..', 'Untitled.md'],
    ['.hidden', 'hidden.md'],
  ])('the title %j becomes a safe name inside the garden: %s', async (title, expected) => {
    const { root, ok } = await start();
    expect(await ok('note.create', { title })).toEqual({ path: expected });
    expect((await stat(path.join(root, expected))).isFile()).toBe(true);
  });

  it.each([
    ['../x.md', 'outside-garden', '"../x.md" points outside the garden.'],
    ['a/../../x.md', 'outside-garden', '"a/../../x.md" points outside the garden.'],
    ['notes\\..\\..\\x.md', 'outside-garden', '"notes\\..\\..\\x.md" points outside the garden.'],
    ['/etc/passwd', 'outside-garden', '"/etc/passwd" is an absolute path; only paths inside the garden are allowed.'],
    ['C:/x.md', 'outside-garden', '"C:/x.md" is an absolute path; only paths inside the garden are allowed.'],
    ['.garden/state.json', 'outside-garden', '".garden/state.json" is inside a hidden folder, which is not part of the garden.'],
    ['notes/\u0000.md', 'bad-input', 'A path cannot contain a NUL character.'],
    ['notes/Escape.md', 'outside-garden', 'That file is a link to a place outside the garden, so the app will not touch it.'],
    ['notes/Loop.md', 'bad-input', 'That path is a symlink loop.'],
  ])('%j is refused for reading and writing: %s', async (rel, code, message) => {
    const { base, call } = await start();
    expect(await call('note.read', { path: rel })).toEqual({ ok: false, error: { code, message } });
    expect(await call('note.write', { path: rel, text: 'x', baseHash: '' })).toEqual({ ok: false, error: { code, message } });
    expect(await readFile(path.join(base, 'outside', 'secret.md'), 'utf8')).toBe('outside the garden');
  });

  it.each([['café'], ['Cafe\u0301'], ['CAFÉ']])('%j is refused as a twin of "notes/Café.md"', async (title) => {
    const { call } = await start();
    const result = await call('note.create', { title, folder: 'notes' });
    expect(result).toEqual({ ok: false, error: { code: 'exists', message: `"notes/${title.normalize('NFC')}.md" already exists.` } });
  });
});

describe('hostile addresses', () => {
  it.each([
    ['sources/Hostile.md', 'url "javascript:alert(1)" is not a web address (http or https); it is ignored.'],
    ['sources/UNC.md', 'url "\\\\host\\share" is not a web address (http or https); it is ignored.'],
    ['sources/File.md', 'url "file:///etc/passwd" is not a web address (http or https); it is ignored.'],
  ])('a source whose url is %s keeps no address', async (rel, message) => {
    const { ok } = await start();
    expect((await ok<Doc>('note.read', { path: rel })).problems).toEqual([{ kind: 'field', message }]);
    const snapshot = await ok<{ plants: { path: string; source?: { url: string | null } }[] }>('garden.snapshot', {});
    expect(snapshot.plants.find((p) => p.path === rel)?.source?.url).toBeNull();
  });
});

describe('broken import files', () => {
  it.each([
    ['contacts.vcf', 'BEGIN:VCARD\nFN:half', [{ line: 1, message: 'This card never ends (the file stops before END:VCARD); it was skipped.' }]],
    ['Connections.csv', '"unclosed,quote\n', [
      { line: 1, message: 'The row on line 1 cannot be read: a quoted field is never closed; it was skipped.' },
      { line: 0, message: 'This is not a LinkedIn Connections.csv: no header row with "First Name" and "Last Name" was found.' },
    ]],
    ['refs.bib', '@article{', [{ line: 1, message: 'The entry on line 1 cannot be read: it is not valid BibTeX (Runaway key); it was skipped.' }]],
    ['zotero.json', '{"not": [', [{ line: 0, message: 'This is not valid JSON: Unexpected end of JSON input. Nothing was imported.' }]],
    ['feeds.opml', '<opml><body><outline', [{ line: 0, message: 'Nothing in "feeds.opml" could be imported: no feeds were found in it. Is it a complete OPML export?' }]],
    ['bookmarks.html', '\u0000\u0001 not a bookmarks page', [{ line: 0, message: 'Nothing in "bookmarks.html" could be imported: no bookmarks were found in it. Is it a complete browser bookmarks export?' }]],
  ])('%s: nothing planned, and the person is told why', async (fileName, content, problems) => {
    const { ok } = await start();
    expect(await ok('import.plan', { fileName, content })).toMatchObject({ items: [], problems });
  });

  it('an unknown kind of file is refused with the list of what can be imported', async () => {
    const { call } = await start();
    expect(await call('import.plan', { fileName: 'setup.exe', content: 'MZ' })).toEqual({
      ok: false,
      error: { code: 'bad-input', message: '"setup.exe" is not a file pln can import; it reads vCard (.vcf), LinkedIn Connections.csv, browser bookmarks (.html), OPML (.opml), BibTeX (.bib) or CSL-JSON (.json).' },
    });
  });
});
