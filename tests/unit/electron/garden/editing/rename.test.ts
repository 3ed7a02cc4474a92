/** Rename and move on real temp gardens: every link form, ambiguity, refusals, all-or-nothing. */
import { chmod, lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GardenError, type ChangedEvent } from '../../../../../shared/api';
import type { GardenPath } from '../../../../../shared/types';
import { Garden } from '../../../../../electron/garden/garden';
import { nodeRenameFs, renamePlant, type RenameFs } from '../../../../../electron/garden/rename';
import { tempDir, writeTree } from '../helpers';

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

/** Every file below the root except the app's own .garden/ (path → bytes as text). */
async function files(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (rel.startsWith('.garden/')) continue;
    out[rel] = (await readFile(path.join(root, rel))).toString('latin1');
  }
  return out;
}

async function garden(tree: Record<string, string>, events: ChangedEvent[] = []): Promise<{ root: string; g: Garden }> {
  const root = await tempDir();
  await writeTree(root, tree);
  const g = await Garden.open(root, { now: () => new Date('2026-11-25T12:00:00Z'), onChange: (e) => events.push(e) });
  return { root, g };
}

const read = (root: string, rel: string) => readFile(path.join(root, rel), 'utf8');

const EVERY_FORM = [
  'Plain [[Old Note]], labelled [[Old Note|my label]], heading [[Old Note#Intro]], block [[Old Note#^abc123]].',
  'Embed ![[Old Note]] and ![[Old Note#Intro|300]]. Path [[notes/Old Note]]. With extension [[Old Note.md]].',
  'Case variants [[old note]] [[OLD NOTE|shout]]. Table | [[Old Note\\|cell]] |.',
  'Code is text: `[[Old Note]]`, and',
  '```',
  '[[Old Note]] [m](../notes/Old%20Note.md)',
  '```',
  'Near misses stay: [[Old Notes]] [[Old Note 2]] [[Other]].',
].join('\n');

describe('note.rename: link forms on a real garden', () => {
  it('rewrites every form in every file, moves the note and keeps everything else byte for byte', async () => {
    const events: ChangedEvent[] = [];
    const { root, g } = await garden({
      'notes/Old Note.md': '---\ntags: [x]\n---\n# Intro\nSee [[Old Note#Intro]], [[#Intro]] and [t](../other/Thing.md) and [[./Sibling]].\n',
      'notes/Sibling.md': 'sibling',
      'notes/a.md': EVERY_FORM,
      'other/b.md': '[x](../notes/Old%20Note.md) [y](<../notes/Old Note.md>) [z](/notes/Old%20Note.md#Intro "t") [w](Old%20Note.md)\n',
      'other/Thing.md': 'thing',
      'people/Maya.md': '---\ntype: person\nname: Maya\n# keep this comment\ninteractions:\n  - { date: 2026-11-02, kind: feedback, direction: received, about: [[Old Note]] }\n  - date: 2026-10-01\n    kind: message\n    direction: gave\n    about: "[[Old Note#Intro]]"\nzz_unknown: keep\n---\nMaya body\n',
      'sources/S.md': "---\ntype: source\nshared_by: '[[Old Note]]'\n---\n",
      'notes/untouched.md': '[[Old Notes]] and [[Thing]]',
      'Old Notes.md': 'a different note',
      'Old Note 2.md': 'another',
    }, events);
    const before = await files(root);
    const result = await renamePlant(g, 'notes/Old Note.md', 'archive/New Name');

    expect(result).toEqual({
      path: 'archive/New Name.md',
      rewritten: ['archive/New Name.md', 'notes/a.md', 'other/b.md', 'people/Maya.md', 'sources/S.md'],
    });
    const after = await files(root);
    expect(after['notes/Old Note.md']).toBeUndefined();
    expect(await read(root, 'archive/New Name.md')).toBe(
      '---\ntags: [x]\n---\n# Intro\nSee [[New Name#Intro]], [[#Intro]] and [t](../other/Thing.md) and [[../notes/Sibling]].\n',
    );
    expect(await read(root, 'notes/a.md')).toBe(EVERY_FORM
      .replace('[[Old Note]], labelled [[Old Note|', '[[New Name]], labelled [[New Name|')
      .replace('[[Old Note#Intro]], block [[Old Note#^', '[[New Name#Intro]], block [[New Name#^')
      .replace('![[Old Note]] and ![[Old Note#Intro|300]]. Path [[notes/Old Note]]. With extension [[Old Note.md]]', '![[New Name]] and ![[New Name#Intro|300]]. Path [[archive/New Name]]. With extension [[New Name.md]]')
      .replace('[[old note]] [[OLD NOTE|shout]]. Table | [[Old Note\\|cell]]', '[[New Name]] [[New Name|shout]]. Table | [[New Name\\|cell]]'));
    expect(await read(root, 'other/b.md')).toBe(
      '[x](../archive/New%20Name.md) [y](<../archive/New Name.md>) [z](/archive/New%20Name.md#Intro "t") [w](New%20Name.md)\n',
    );
    expect(await read(root, 'people/Maya.md')).toBe(before['people/Maya.md']?.replace('about: [[Old Note]]', 'about: [[New Name]]').replace('"[[Old Note#Intro]]"', '"[[New Name#Intro]]"'));
    expect(await read(root, 'sources/S.md')).toBe("---\ntype: source\nshared_by: '[[New Name]]'\n---\n");
    for (const same of ['notes/untouched.md', 'notes/Sibling.md', 'other/Thing.md', 'Old Notes.md', 'Old Note 2.md']) expect(after[same]).toBe(before[same]);

    // The index followed through the update path, in one change event.
    expect(events).toHaveLength(1);
    expect(events[0]?.removed).toEqual(['notes/Old Note.md']);
    expect([...(events[0]?.changed ?? [])].sort()).toEqual(expect.arrayContaining(['archive/New Name.md', 'notes/a.md', 'other/b.md']));
    expect(g.index.records.has(p('notes/Old Note.md'))).toBe(false);
    expect([...g.index.linksTo(p('archive/New Name.md'))].sort()).toEqual(['archive/New Name.md', 'notes/a.md', 'other/b.md', 'people/Maya.md', 'sources/S.md']);
    expect(g.index.seeds().map((seed) => seed.target)).toEqual(['Other']);
    expect(g.index.records.get(p('people/Maya.md'))?.person?.interactions.map((i) => i.about)).toEqual(['[[New Name]]', '[[New Name#Intro]]']);
    // …and agrees with a fresh open of the same folder.
    const fresh = await Garden.open(root, { readOnly: true });
    for (const plant of fresh.index.records.keys()) expect([...g.index.linksFrom(plant)].sort(), plant).toEqual([...fresh.index.linksFrom(plant)].sort());
  });

  it('renames in place: bare names stay bare, the case of the new name is used', async () => {
    const { root, g } = await garden({
      'notes/Old.md': 'x',
      'notes/a.md': '[[Old]] [[old|l]] [[notes/Old]] [m](Old.md)',
    });
    await renamePlant(g, 'notes/Old.md', 'notes/Fresh.md');
    expect(await read(root, 'notes/a.md')).toBe('[[Fresh]] [[Fresh|l]] [[notes/Fresh]] [m](Fresh.md)');
  });

  it('leaves links that still find the note after a move (bare names, aliases) untouched', async () => {
    const { root, g } = await garden({
      'notes/Old.md': '---\naliases: [Dr. Old]\n---\n',
      'a.md': '[[Old]] [[Dr. Old]] [[notes/Old]]',
    });
    const result = await renamePlant(g, 'notes/Old.md', 'archive/Old.md');
    expect(await read(root, 'a.md')).toBe('[[Old]] [[Dr. Old]] [[archive/Old]]');
    expect(result.rewritten).toEqual(['a.md']);
  });

  it('writes a path when the new bare name would find another file, and protects links the new name would capture', async () => {
    const { root, g } = await garden({
      'notes/Old.md': 'x',
      'x/New.md': 'another New',
      'other/c.md': '[[Old]]',
      'other/d.md': '[[New]] means x/New.md',
    });
    await renamePlant(g, 'notes/Old.md', 'notes/New.md');
    // Shortest path wins for a bare name: x/New.md, so the link names the folder.
    expect(await read(root, 'other/c.md')).toBe('[[notes/New]]');
    expect(await read(root, 'other/d.md')).toBe('[[New]] means x/New.md');

    // At the root, New.md is an exact vault path and would capture [[New]]: d keeps its meaning.
    await renamePlant(g, 'notes/New.md', 'New.md');
    expect(await read(root, 'other/c.md')).toBe('[[New]]');
    expect(await read(root, 'other/d.md')).toBe('[[x/New]] means x/New.md');
    expect(g.index.resolve('x/New', p('other/d.md'))).toBe('x/New.md');
    expect(g.index.resolve('New', p('other/c.md'))).toBe('New.md');
  });

  it('allows a case-only rename of the same file; case-insensitive links keep working', async () => {
    const { root, g } = await garden({ 'notes/Old.md': 'x', 'a.md': '[[Old]]' });
    const result = await renamePlant(g, 'notes/Old.md', 'notes/old.md');
    expect(result.path).toBe('notes/old.md');
    expect(Object.keys(await files(root)).sort()).toEqual(['a.md', 'notes/old.md']);
    expect(g.index.resolve('Old', p('a.md'))).toBe('notes/old.md');
  });

  it('writes a linking file reached through a symlink once, keeping the symlink; refuses to rename a symlink', async () => {
    const root = await tempDir();
    await writeTree(root, { 'Old.md': 'x', 'real/a.md': '[[Old]]' });
    await symlink(path.join(root, 'real/a.md'), path.join(root, 'shortcut.md'));
    const g = await Garden.open(root);
    expect(g.index.linksTo(p('Old.md')).size).toBe(2);
    expect((await renamePlant(g, 'Old.md', 'New.md')).rewritten).toEqual(['real/a.md']);
    expect(await read(root, 'real/a.md')).toBe('[[New]]');
    expect((await lstat(path.join(root, 'shortcut.md'))).isSymbolicLink()).toBe(true);
    expect([...g.index.linksTo(p('New.md'))].sort()).toEqual(['real/a.md', 'shortcut.md']);
    expect((await refusal(renamePlant(g, 'shortcut.md', 'other.md'))).message).toMatch(/is a link to another file/);
  });

  it('keeps a byte-order mark, CRLF and file permissions of rewritten files', async () => {
    const { root, g } = await garden({ 'Old.md': 'x', 'a.md': '\ufeff---\r\nabout: "[[Old]]"\r\n---\r\n[[Old]]\r\n' });
    await chmod(path.join(root, 'a.md'), 0o640);
    await renamePlant(g, 'Old.md', 'New.md');
    expect((await stat(path.join(root, 'a.md'))).mode & 0o777).toBe(0o640);
    expect(await readFile(path.join(root, 'a.md'), 'latin1')).toBe(Buffer.from('\ufeff---\r\nabout: "[[New]]"\r\n---\r\n[[New]]\r\n').toString('latin1'));
  });
});

describe('note.rename: Unicode normalisation', () => {
  it('takes a name typed in NFD as the same name in NFC, instead of refusing it with an identical-looking suggestion', async () => {
    const { root, g } = await garden({ 'notes/A.md': '[[B]]', 'notes/B.md': '' });
    const result = await renamePlant(g, 'notes/B.md', 'notes/Cafe\u0301');
    expect(result.path).toBe('notes/Caf\u00e9.md');
    expect((await readdir(path.join(root, 'notes'))).sort()).toEqual(['A.md', 'Caf\u00e9.md']);
    expect(await readFile(path.join(root, 'notes', 'A.md'), 'utf8')).toBe('[[Caf\u00e9]]');
  });
});

describe('note.rename: refusals with readable errors, nothing changed', () => {
  it.each([
    ['notes/B.md', 'exists', /already exists/],
    ['notes/b.md', 'exists', /differ only in case/],
    ['Plan: draft', 'bad-input', /"Plan: draft" has characters .*try "Plan draft"/],
    ['notes/x#y', 'bad-input', /try "x y"/],
    ['CON', 'bad-input', /try "CON \(note\)"/],
    ['bad|folder/x', 'bad-input', /folder name "bad\|folder"/],
    ['../outside', 'outside-garden', /outside the garden/],
    ['/etc/x', 'outside-garden', /absolute path/],
    ['.garden/x', 'outside-garden', /hidden folder/],
    ['notes/A', 'bad-input', /already has that name/],
    ['   ', 'bad-input', /A new name is required/],
    ['notes/ .md', 'bad-input', /is empty/],
  ])('to %s: %s', async (newPath, code, message) => {
    const { root, g } = await garden({ 'notes/A.md': '[[B]]', 'notes/B.md': '[[A]]' });
    const before = await files(root);
    const error = await refusal(renamePlant(g, 'notes/A.md', newPath));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await files(root)).toEqual(before);
  });

  it('refuses a missing note, an attachment, a folder, and a "folder" that is a file', async () => {
    const { g } = await garden({ 'notes/A.md': 'a', 'img/x.png': 'png' });
    expect((await refusal(renamePlant(g, 'notes/A.md', 'img/x.png/A'))).message).toBe('"img/x.png" is a file, so it cannot hold "A.md".');
    expect((await refusal(renamePlant(g, 'notes/Nope.md', 'x'))).code).toBe('not-found');
    expect((await refusal(renamePlant(g, 'img/x.png', 'y'))).message).toMatch(/attachment/);
    expect((await refusal(renamePlant(g, 'notes', 'y'))).code).toBe('bad-input');
  });

  it('stops when a linking file changed on disk since the garden read it', async () => {
    const { root, g } = await garden({ 'Old.md': 'x', 'a.md': '[[Old]]' });
    await writeFile(path.join(root, 'a.md'), '[[Old]] edited outside');
    const before = await files(root);
    const error = await refusal(renamePlant(g, 'Old.md', 'New.md'));
    expect(error.message).toMatch(/"a\.md" changed on disk/);
    expect(await files(root)).toEqual(before);
  });

  it('stops when a linking file cannot be written (bad YAML), naming it', async () => {
    const { root, g } = await garden({ 'Old.md': 'x', 'bad.md': '---\nkey: [unclosed\n---\n[[Old]]' });
    const before = await files(root);
    const error = await refusal(renamePlant(g, 'Old.md', 'New.md'));
    expect(error.code).toBe('read-only');
    expect(error.message).toMatch(/"bad\.md" links to "Old\.md"/);
    expect(await files(root)).toEqual(before);
  });
});

describe('note.rename: all or nothing', () => {
  /** Five files linking to Old.md, in three folders. */
  const TREE: Record<string, string> = {
    'Old.md': '# Old\n[[Old#Old]]',
    'f1/a.md': '[[Old]] one',
    'f1/b.md': '![[Old]] two',
    'f2/c.md': '[c](../Old.md) three',
    'f2/d.md': '[[Old|label]] four',
    'f3/e.md': '---\nabout: "[[Old]]"\n---\nfive',
  };

  /** A RenameFs whose `op` fails on its `n`th call. */
  function failing(op: keyof RenameFs, n: number): RenameFs & { calls: number } {
    const fs = { ...nodeRenameFs, calls: 0 };
    const real = nodeRenameFs[op] as (...args: unknown[]) => Promise<unknown>;
    (fs as Record<string, unknown>)[op] = async (...args: unknown[]) => {
      fs.calls += 1;
      if (fs.calls === n) throw Object.assign(new Error('injected failure'), { code: 'EIO' });
      return real(...args);
    };
    return fs;
  }

  it.each([
    ['the 3rd temp write', 'writeTemp', 3],
    ['moving the note', 'move', 1],
    ['the 3rd rename over a target (two files already replaced)', 'replace', 3],
    ['the last rename over a target', 'replace', 6],
  ] as const)('a failure at %s leaves every file byte-identical and the index as it was', async (_what, op, n) => {
    const events: ChangedEvent[] = [];
    const { root, g } = await garden(TREE, events);
    const before = await files(root);
    const linksBefore = [...g.index.linksTo(p('Old.md'))].sort();
    const fs = failing(op, n);
    const error = await refusal(renamePlant(g, 'Old.md', 'moved/New.md', fs));
    // Temp files are written several at a time, so others may have started before the failure.
    expect(fs.calls).toBeGreaterThanOrEqual(n);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/disk reported a read\/write error.*Every file is as it was/);
    expect(await files(root)).toEqual(before);
    // No temp files and no new folder left behind.
    expect((await readdir(root, { recursive: true })).filter((f) => f.includes('.pln-tmp-') || f.startsWith('moved'))).toEqual([]);
    expect(events).toEqual([]);
    expect([...g.index.linksTo(p('Old.md'))].sort()).toEqual(linksBefore);

    // And the same rename works once the disk behaves.
    await renamePlant(g, 'Old.md', 'moved/New.md');
    expect(await read(root, 'f2/c.md')).toBe('[c](../moved/New.md) three');
    expect(await read(root, 'moved/New.md')).toBe('# Old\n[[New#Old]]');
  });

  it('never replaces a file that appears at the new name meanwhile', async () => {
    const { root, g } = await garden(TREE);
    const fs: RenameFs = {
      ...nodeRenameFs,
      async move(from, to) {
        await writeFile(to, 'created by someone else');
        return nodeRenameFs.move(from, to);
      },
    };
    const error = await refusal(renamePlant(g, 'Old.md', 'New.md', fs));
    expect(error.code).toBe('exists');
    expect(await read(root, 'New.md')).toBe('created by someone else');
    expect(await read(root, 'Old.md')).toBe(TREE['Old.md']);
    expect(await read(root, 'f1/a.md')).toBe(TREE['f1/a.md']);
  });

  it('renames a note linked from 1,000 files (a test time limit, not a measurement)', { timeout: 10_000 }, async () => {
    const tree: Record<string, string> = { 'hub/Popular.md': '# Popular' };
    for (let i = 0; i < 1000; i++) tree[`n${i % 10}/note ${i}.md`] = `Note ${i} links [[Popular]] and [p](../hub/Popular.md#Popular).\n`;
    const { root, g } = await garden(tree);
    const result = await renamePlant(g, 'hub/Popular.md', 'hub/Famous.md');
    expect(result.rewritten).toHaveLength(1000);
    expect(await read(root, 'n7/note 537.md')).toBe('Note 537 links [[Famous]] and [p](../hub/Famous.md#Popular).\n');
    expect(g.index.linksTo(p('hub/Famous.md')).size).toBe(1000);
  });
});
