import { lstat, readdir, readFile, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GardenError, type ProgressEvent } from '../../../../shared/api';
import type { GardenPath } from '../../../../shared/types';
import { Garden } from '../../../../electron/garden/garden';
import { hashBytes } from '../../../../electron/garden/parse-file';
import { listGarden, listedFile } from '../../../../electron/garden/walk';
import { copyFixture, tempDir, writeTree } from './helpers';

const p = (s: string) => s as GardenPath;

async function refusal(promise: Promise<unknown>): Promise<GardenError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GardenError) return error;
    throw error;
  }
  throw new Error('expected a GardenError');
}

/** The Obsidian-style fixture plus hidden folders an Obsidian vault carries (not kept in the repo: a nested .git would confuse git). */
async function openVault(hooks: Parameters<typeof Garden.open>[1] = {}): Promise<{ root: string; garden: Garden }> {
  const root = await copyFixture('obsidian-vault');
  await writeTree(root, {
    '.obsidian/app.json': '{}',
    '.obsidian/snippets/Hidden plugin note.md': 'links to [[Scaffolding]] and [[Ghost from obsidian]]',
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/notes.md': '[[Ghost from git]]',
    '.trash/Deleted.md': '---\ntype: person\n---\n[[Scaffolding]] [[Ghost from trash]]',
    'notes/.hidden-draft.md': '[[Ghost from hidden file]]',
  });
  return { root, garden: await Garden.open(root, hooks) };
}

describe('Garden.open on an Obsidian-style vault', () => {
  it('lists every plant, skips hidden folders and classifies kinds (type: wins, else top folder)', async () => {
    const { garden } = await openVault();
    const kinds = Object.fromEntries([...garden.index.records.values()].map((r) => [r.path, r.kind]));
    expect(kinds).toEqual({
      'archive/Index.md': 'note',
      'archive/Old thoughts.md': 'note',
      'goals/ZPD research paper.md': 'goal',
      'inbox/Broken.md': 'note',
      'notes/Evil.md': 'note',
      'notes/Index.md': 'note',
      'notes/Lonely.md': 'note',
      'notes/Scaffolding.md': 'note',
      'notes/Self.md': 'note',
      'notes/Zone of proximal development.md': 'note',
      'people/Maya Chen.md': 'person',
      'people/Team list.md': 'note',
      'sources/Sold a Story.md': 'source',
    });
    expect([...garden.index.attachments]).toEqual(['attachments/diagram.png']);
    expect(garden.index.records.get(p('people/Maya Chen.md'))?.person?.interactions).toHaveLength(2);
    expect(garden.index.records.get(p('sources/Sold a Story.md'))?.source?.status).toBe('applied');
  });

  it('resolves links by path, name without case, alias, markdown link and attachment name', async () => {
    const { garden } = await openVault();
    const out = (from: string) => [...garden.index.linksFrom(p(from))].sort();
    expect(out('notes/Scaffolding.md')).toEqual(['attachments/diagram.png', 'notes/Index.md', 'notes/Zone of proximal development.md', 'people/Maya Chen.md']);
    expect(out('notes/Zone of proximal development.md')).toEqual(['attachments/diagram.png', 'notes/Scaffolding.md', 'people/Maya Chen.md', 'sources/Sold a Story.md']);
    // Links in frontmatter values count (about:, shared_by:).
    expect(out('people/Maya Chen.md')).toEqual(['goals/ZPD research paper.md', 'notes/Zone of proximal development.md', 'sources/Sold a Story.md']);
    expect(out('sources/Sold a Story.md')).toEqual(['people/Maya Chen.md']);
    // Code spans and fenced blocks hold text, not links; an https link is not a garden link.
    expect(garden.index.seeds().map((s) => s.target)).toEqual(['Missing idea', 'Sam Unknown']);
    expect(out('notes/Lonely.md')).toEqual([]);
  });

  it('resolves a name shared by two files the way Obsidian does: same folder first, else the shortest path', async () => {
    const { root, garden } = await openVault();
    expect(garden.index.resolve('index', p('notes/Scaffolding.md'))).toBe('notes/Index.md');
    expect([...garden.index.linksFrom(p('archive/Old thoughts.md'))]).toEqual(['archive/Index.md']);
    expect(garden.index.resolve('Index', p('people/Team list.md'))).toBe('notes/Index.md');
    expect(garden.index.resolve('archive/Index', p('notes/Scaffolding.md'))).toBe('archive/Index.md');
    // Through the file system as well: a new root-level note picks the shorter path.
    await writeFile(path.join(root, 'Top.md'), '[[INDEX]]');
    await garden.applyFile(path.join(root, 'Top.md'));
    expect([...garden.index.linksFrom(p('Top.md'))]).toEqual(['notes/Index.md']);
  });

  it('ignores plants in hidden folders (.obsidian, .git, .trash) and hidden files', async () => {
    const { garden } = await openVault();
    const paths = [...garden.index.records.keys(), ...garden.index.attachments];
    expect(paths.filter((x) => x.split('/').some((seg) => seg.startsWith('.')))).toEqual([]);
    expect(garden.index.seeds().some((s) => /Ghost/.test(s.target))).toBe(false);
    expect(garden.index.linksTo(p('notes/Scaffolding.md')).size).toBe(5);
  });

  it('gives backlinks with the line and its text', async () => {
    const { garden } = await openVault();
    const doc = await garden.readNote('notes/Scaffolding.md');
    expect(doc.backlinks.map((b) => [b.from, b.line, b.context])).toEqual([
      ['inbox/Broken.md', 5, 'Body still links to [[Scaffolding]].'],
      ['notes/Evil.md', 4, 'A file with JavaScript front matter links to [[Scaffolding]].'],
      ['notes/Index.md', 3, '[[Scaffolding]] [[Zone of proximal development]]'],
      ['notes/Zone of proximal development.md', 7, 'What a learner can do with help. See [[Scaffolding#How it works]] and'],
      ['notes/Zone of proximal development.md', 9, 'Also [[scaffold]] by alias, and a link to a picture [[diagram.png]].'],
      ['goals/ZPD research paper.md', 9, 'Builds on [[Scaffolding]] and [[Zone of proximal development]].'],
    ]);
    const maya = await garden.readNote('people/Maya Chen.md');
    const fromSource = maya.backlinks.find((b) => b.from === 'sources/Sold a Story.md');
    expect(fromSource).toMatchObject({ line: 0, context: '(in its properties)' });
    expect(doc.outgoing.find((o) => o.target === 'diagram.png')).toEqual({ target: 'diagram.png', resolved: 'attachments/diagram.png', embed: true });
    expect(doc.outgoing.find((o) => o.target === 'Missing idea')?.resolved).toBeNull();
  });

  it('reports progress ending in phase "ready" with the plant count', async () => {
    const events: ProgressEvent[] = [];
    await openVault({ onProgress: (e) => events.push(e) });
    expect(events[0]?.phase).toBe('listing');
    expect(events.map((e) => e.phase)).toContain('reading');
    expect(events.at(-1)).toEqual({ phase: 'ready', done: 13, total: 13 });
    const reading = events.filter((e) => e.phase === 'reading').at(-1);
    expect(reading).toEqual({ phase: 'reading', done: 13, total: 13 });
  });

  it('refuses a folder that does not exist', async () => {
    const root = await tempDir();
    const error = await refusal(Garden.open(path.join(root, 'nope')));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/There is no folder/);
  });
});

describe('files that cannot be read cleanly', () => {
  it('lists a file with broken YAML with a yaml problem, read-only, and never writes it', async () => {
    const { root, garden } = await openVault();
    const before = await readFile(path.join(root, 'inbox/Broken.md'));
    const record = garden.index.records.get(p('inbox/Broken.md'));
    expect(record?.readOnly).toBe(true);
    expect(record?.problems.map((x) => x.kind)).toEqual(['yaml']);
    expect(record?.problems[0]?.message).toMatch(/cannot be read/);
    const doc = await garden.readNote('inbox/Broken.md');
    expect(doc.readOnly).toBe(true);
    expect(doc.text).toBe(before.toString('utf8'));
    const error = await refusal(garden.writeNote('inbox/Broken.md', 'fixed', doc.hash));
    expect(error.code).toBe('read-only');
    expect(await readFile(path.join(root, 'inbox/Broken.md'))).toEqual(before);
  });

  it('refuses to save over a file that became unreadable on disk since the index last saw it', async () => {
    const root = await tempDir();
    await writeTree(root, { 'a.md': '---\ntags: [x]\n---\nfine' });
    const garden = await Garden.open(root);
    const broken = '---\ntags: [x\n---\nbroken outside the app';
    await writeFile(path.join(root, 'a.md'), broken);
    const doc = await garden.readNote('a.md');
    expect(doc.readOnly).toBe(true);
    const error = await refusal(garden.writeNote('a.md', 'overwrite', doc.hash));
    expect(error.code).toBe('read-only');
    expect(await readFile(path.join(root, 'a.md'), 'utf8')).toBe(broken);
  });

  it('treats binary and non-UTF-8 .md files as read-only', async () => {
    const root = await tempDir();
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0x5b, 0x5b]);
    await writeTree(root, { 'latin1.md': latin1, 'binary.md': binary, 'ok.md': 'fine' });
    const garden = await Garden.open(root);
    for (const name of ['latin1.md', 'binary.md']) {
      const record = garden.index.records.get(p(name));
      expect(record?.readOnly).toBe(true);
      expect(record?.problems[0]?.kind).toBe('encoding');
      const doc = await garden.readNote(name);
      expect(doc.readOnly).toBe(true);
      expect((await refusal(garden.writeNote(name, 'x', doc.hash))).code).toBe('read-only');
    }
    expect(await readFile(path.join(root, 'latin1.md'))).toEqual(latin1);
    expect(await readFile(path.join(root, 'binary.md'))).toEqual(binary);
    expect(garden.index.records.get(p('ok.md'))?.readOnly).toBe(false);
  });

  it('never evaluates ---js front matter: the file loads as plain text', async () => {
    const { garden } = await openVault();
    const doc = await garden.readNote('notes/Evil.md');
    expect(doc.text.startsWith('---js\nprocess.exit(1)\n---\n')).toBe(true);
    expect(doc.readOnly).toBe(false);
    expect(doc.outgoing.map((o) => o.resolved)).toEqual(['notes/Scaffolding.md']);
  });
});

describe('writeNote: never overwrite a change made on disk', () => {
  it('returns a conflict with the outside version and leaves the file as it is', async () => {
    const { root, garden } = await openVault();
    const file = path.join(root, 'notes/Lonely.md');
    const doc = await garden.readNote('notes/Lonely.md');
    const outside = `${doc.text}\nAdded in another editor.\n`;
    await writeFile(file, outside);

    const result = await garden.writeNote('notes/Lonely.md', 'my edit', doc.hash);
    expect(result).toEqual({ status: 'conflict', diskText: outside, diskHash: hashBytes(Buffer.from(outside)) });
    expect(await readFile(file, 'utf8')).toBe(outside);

    if (result.status !== 'conflict') throw new Error('unreachable');
    const saved = await garden.writeNote('notes/Lonely.md', 'my edit after merging', result.diskHash);
    expect(saved).toEqual({ status: 'saved', hash: hashBytes(Buffer.from('my edit after merging')) });
    expect(await readFile(file, 'utf8')).toBe('my edit after merging');
    expect(garden.index.records.get(p('notes/Lonely.md'))?.hash).toBe(hashBytes(Buffer.from('my edit after merging')));
  });

  it('treats an empty baseHash as "must not exist" and a deleted file as a conflict with empty text', async () => {
    const { root, garden } = await openVault();
    const existing = await readFile(path.join(root, 'notes/Self.md'), 'utf8');
    expect(await garden.writeNote('notes/Self.md', 'clobber', '')).toMatchObject({ status: 'conflict', diskText: existing });
    expect(await readFile(path.join(root, 'notes/Self.md'), 'utf8')).toBe(existing);

    const doc = await garden.readNote('notes/Self.md');
    await unlink(path.join(root, 'notes/Self.md'));
    expect(await garden.writeNote('notes/Self.md', 'resurrect', doc.hash)).toEqual({ status: 'conflict', diskText: '', diskHash: '' });
    await expect(stat(path.join(root, 'notes/Self.md'))).rejects.toMatchObject({ code: 'ENOENT' });

    expect(await garden.writeNote('notes/New one.md', 'fresh', '')).toMatchObject({ status: 'saved' });
    expect(await readFile(path.join(root, 'notes/New one.md'), 'utf8')).toBe('fresh');
  });

  it('refuses a new file whose name differs from an existing one only in case or normalisation', async () => {
    const { root, garden } = await openVault();
    const before = await readdir(path.join(root, 'notes'));
    await expect(garden.writeNote('notes/self.md', 'a twin', '')).rejects.toMatchObject({ code: 'exists', message: expect.stringContaining('"notes/Self.md" already exists') });
    await writeFile(path.join(root, 'notes', 'Caf\u00e9.md'), 'NFC');
    await garden.applyFile(path.join(root, 'notes', 'Caf\u00e9.md'));
    await expect(garden.writeNote('notes/Cafe\u0301.md', 'NFD twin', '')).rejects.toMatchObject({ code: 'exists' });
    expect((await readdir(path.join(root, 'notes'))).sort()).toEqual([...before, 'Caf\u00e9.md'].sort());
  });

  it('serialises two saves from the same base: the second is a conflict, not a silent overwrite', async () => {
    const { root, garden } = await openVault();
    const doc = await garden.readNote('notes/Index.md');
    const results = await Promise.all([
      garden.writeNote('notes/Index.md', 'first', doc.hash),
      garden.writeNote('notes/Index.md', 'second', doc.hash),
    ]);
    // Either may win the race; exactly one is saved and the other sees it as the disk version.
    const winner = results.findIndex((r) => r.status === 'saved');
    const texts = ['first', 'second'];
    expect(winner).toBeGreaterThanOrEqual(0);
    expect(results[1 - winner]).toMatchObject({ status: 'conflict', diskText: texts[winner] });
    expect(await readFile(path.join(root, 'notes/Index.md'), 'utf8')).toBe(texts[winner]);
  });

  it('keeps a byte-order mark and CRLF line endings the user did not touch', async () => {
    const root = await tempDir();
    const original = Buffer.from('\ufeff---\r\ntags: [x]\r\n---\r\nline one\r\n', 'utf8');
    await writeTree(root, { 'bom.md': original });
    const garden = await Garden.open(root);
    const doc = await garden.readNote('bom.md');
    expect(doc.readOnly).toBe(false);
    expect(garden.index.records.get(p('bom.md'))?.tags).toEqual(['x']);
    const edited = doc.text.replace('line one', 'line two');
    const saved = await garden.writeNote('bom.md', edited, doc.hash);
    const onDisk = await readFile(path.join(root, 'bom.md'));
    expect(onDisk.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(onDisk.toString('utf8')).toBe('\ufeff---\r\ntags: [x]\r\n---\r\nline two\r\n');
    expect(saved).toEqual({ status: 'saved', hash: hashBytes(onDisk) });
    // The next read gives the hash the next save must carry.
    expect((await garden.readNote('bom.md')).hash).toBe(hashBytes(onDisk));
  });

  it('refuses attachments and paths outside the garden', async () => {
    const { garden } = await openVault();
    expect((await refusal(garden.writeNote('attachments/diagram.png', 'x', ''))).code).toBe('bad-input');
    expect((await refusal(garden.writeNote('../escape.md', 'x', ''))).code).toBe('outside-garden');
    expect((await refusal(garden.readNote('.garden/state.json'))).code).toBe('outside-garden');
    expect((await refusal(garden.readNote('notes/Nope.md'))).code).toBe('not-found');
  });
});

describe('symlinks that lead out of the garden', () => {
  it('are not listed, cannot be read or written through, and a loop does not hang the listing', async () => {
    const root = await tempDir();
    const outside = await tempDir('pln-outside-');
    await writeTree(outside, { 'secret.md': 'outside text [[Inside]]', 'dir/deep.md': 'deep' });
    await writeTree(root, { 'notes/Inside.md': 'inside' });
    await symlink(path.join(outside, 'secret.md'), path.join(root, 'notes', 'secret.md'), 'file');
    await symlink(outside, path.join(root, 'out'), 'dir');
    await symlink(path.join(root, 'notes', 'Inside.md'), path.join(root, 'notes', 'Same inside.md'), 'file');
    await symlink(path.join(root, 'loop-a'), path.join(root, 'loop-b'));
    await symlink(path.join(root, 'loop-b'), path.join(root, 'loop-a'));
    await symlink(root, path.join(root, 'notes', 'up'), 'dir');

    const listing = await listGarden(root);
    expect([...listing.paths].sort()).toEqual(['notes/Inside.md', 'notes/Same inside.md']);
    expect(listing.paths.map((rel) => listedFile(root, rel))).toEqual(listing.paths.map((rel) => path.join(root, ...rel.split('/'))));

    const garden = await Garden.open(root);
    expect([...garden.index.records.keys()].sort()).toEqual(['notes/Inside.md', 'notes/Same inside.md']);
    for (const rel of ['notes/secret.md', 'out/secret.md', 'out/dir/deep.md', 'out/new.md']) {
      expect((await refusal(garden.readNote(rel))).code).toBe('outside-garden');
      const write = await refusal(garden.writeNote(rel, 'overwritten', hashBytes(Buffer.from('outside text [[Inside]]'))));
      expect(write.code).toBe('outside-garden');
      expect(write.message).toMatch(/outside the garden/);
    }
    expect(await readFile(path.join(outside, 'secret.md'), 'utf8')).toBe('outside text [[Inside]]');
    expect((await readdir(outside)).sort()).toEqual(['dir', 'secret.md']);
  });
});

describe('symlinks inside the garden', () => {
  it('a save through a symlinked note updates its target and keeps the link', async () => {
    const root = await tempDir();
    await writeTree(root, { 'notes/Inside.md': 'inside' });
    await symlink(path.join(root, 'notes', 'Inside.md'), path.join(root, 'notes', 'Same inside.md'), 'file');
    const garden = await Garden.open(root);
    const doc = await garden.readNote('notes/Same inside.md');
    expect(await garden.writeNote('notes/Same inside.md', 'edited through the link', doc.hash)).toMatchObject({ status: 'saved' });
    expect((await lstat(path.join(root, 'notes', 'Same inside.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(root, 'notes', 'Inside.md'), 'utf8')).toBe('edited through the link');
  });
});

describe('createPlant and trash', () => {
  it('creates a plant under a safe name in its kind folder and refuses a twin', async () => {
    const root = await tempDir();
    const garden = await Garden.open(root, { now: () => new Date('2026-11-25T10:00:00Z') });
    const created = await garden.createPlant('../../Priya: Raman?', 'person');
    expect(created).toBe('people/Priya Raman.md');
    const text = await readFile(path.join(root, 'people', 'Priya Raman.md'), 'utf8');
    expect(text).toContain('name: "../../Priya: Raman?"');
    expect(text).toContain('created: 2026-11-25');
    expect(garden.index.records.get(created)?.kind).toBe('person');
    expect(garden.index.records.get(created)?.title).toBe('../../Priya: Raman?');
    const twin = await refusal(garden.createPlant('priya raman', 'person'));
    expect(twin.code).toBe('exists');
    expect(await garden.createPlant('CON')).toBe('CON (note).md');
  });

  it('refuses a title whose file would be the NFC/NFD twin of an existing one', async () => {
    const root = await tempDir();
    await writeTree(root, { 'Cafe\u0301 notes.md': 'decomposed name, as macOS writes it' });
    const garden = await Garden.open(root);
    const error = await refusal(garden.createPlant('Caf\u00e9 Notes'));
    expect(error.code).toBe('exists');
    expect(await readdir(root)).toEqual(expect.arrayContaining(['Cafe\u0301 notes.md']));
    expect((await readdir(root)).filter((n) => n.endsWith('.md'))).toHaveLength(1);
  });

  it('moves a deleted file to .garden/trash and turns links to it back into seeds', async () => {
    const root = await tempDir();
    await writeTree(root, { 'A.md': '[[B]]', 'B.md': 'b text' });
    const garden = await Garden.open(root, { now: () => new Date('2026-11-25T10:00:00Z') });
    expect(garden.index.seeds()).toEqual([]);
    const trashed = await garden.trash('B.md');
    expect(trashed).toBe('.garden/trash/2026-11-25T10-00-00-000Z/B.md');
    expect(await readFile(path.join(root, trashed), 'utf8')).toBe('b text');
    await expect(stat(path.join(root, 'B.md'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(garden.index.seeds().map((s) => s.target)).toEqual(['B']);
    expect((await refusal(garden.trash('B.md'))).code).toBe('not-found');
  });

  it('never overwrites an earlier trashed copy of the same path', async () => {
    const root = await tempDir();
    await writeTree(root, { 'B.md': 'first' });
    const garden = await Garden.open(root, { now: () => new Date('2026-11-25T10:00:00Z') });
    const one = await garden.trash('B.md');
    await writeFile(path.join(root, 'B.md'), 'second');
    await garden.applyFile(path.join(root, 'B.md'));
    const two = await garden.trash('B.md');
    expect(two).not.toBe(one);
    expect(await readFile(path.join(root, one), 'utf8')).toBe('first');
    expect(await readFile(path.join(root, two), 'utf8')).toBe('second');
  });
});
