/** Unlinked mentions on real temp gardens: what counts, what does not, and offsets that splice. */
import { describe, expect, it } from 'vitest';
import type { GardenPath } from '../../../../../shared/types';
import { Garden } from '../../../../../electron/garden/garden';
import { findMentions, mentionNames, mentionPattern, mentionsIn } from '../../../../../electron/garden/mentions';
import { tempDir, writeTree } from '../helpers';

const MAYA = [
  '---',
  'type: person',
  'name: Maya Chen',
  'aliases: [Dr. Chen]',
  'platforms:',
  '  - { platform: linkedin, handle: mayachen }',
  '  - { platform: reddit, handle: u/mchen }',
  '  - { platform: x, handle: "@maya_c" }',
  '---',
  'About Maya Chen herself.',
].join('\n');

async function garden(tree: Record<string, string | Uint8Array>) {
  const root = await tempDir();
  await writeTree(root, tree);
  return { root, g: await Garden.open(root) };
}

describe('mentionNames', () => {
  it("uses a person's title, aliases, name and handles without @ or u/, once each", async () => {
    const { g } = await garden({ 'people/Maya Chen.md': MAYA });
    const record = g.index.records.get('people/Maya Chen.md' as GardenPath);
    expect(record && mentionNames(record)).toEqual(['Maya Chen', 'Dr. Chen', 'mayachen', 'mchen', 'maya_c']);
  });
});

describe('note.mentions', () => {
  it('finds whole-word, case-insensitive mentions in other bodies, with offsets into the file text', async () => {
    const note = [
      '---',
      'about: Maya Chen in the frontmatter is not a mention',
      '---',
      'Met MAYA   CHEN today; [[Maya Chen]] is linked, [Maya Chen](https://example.com) is a web link.',
      'Talked with dr. chen and @mayachen and u/mchen about `Maya Chen` in code.',
      '```',
      'Maya Chen in a block',
      '```',
      'Not MayaChenX, not #mayachen, not https://x.com/mayachen, not %% Maya Chen %%.',
      'maya_c wrote back.',
    ].join('\n');
    const { g } = await garden({
      'people/Maya Chen.md': MAYA,
      'notes/Meeting.md': note,
      'notes/Other.md': 'nothing here',
    });
    const mentions = await findMentions(g, 'people/Maya Chen.md');
    expect(mentions.map((m) => [m.from, m.title, m.line, m.text])).toEqual([
      ['notes/Meeting.md', 'Meeting', 4, 'MAYA   CHEN'],
      ['notes/Meeting.md', 'Meeting', 5, 'dr. chen'],
      ['notes/Meeting.md', 'Meeting', 5, 'mayachen'],
      ['notes/Meeting.md', 'Meeting', 5, 'mchen'],
      ['notes/Meeting.md', 'Meeting', 10, 'maya_c'],
    ]);
    for (const m of mentions) expect(note.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[0]?.context).toBe('Met MAYA   CHEN today; [[Maya Chen]] is linked, [Maya Chen](https://example.com) is a web link.');
  });

  it('gives offsets into the text as note.read returns it (no byte-order mark), and skips unwritable files', async () => {
    const { g } = await garden({
      'Topic.md': '# Topic',
      'a.md': '\ufeffA topic here.',
      'bad.md': '---\nkey: [unclosed\n---\nTopic again',
      'binary.md': Buffer.from([0x54, 0x6f, 0x70, 0x69, 0x63, 0xff, 0xfe]),
    });
    const mentions = await findMentions(g, 'Topic.md');
    expect(mentions.map((m) => [m.from, m.start, m.end])).toEqual([['a.md', 2, 7]]);
    const doc = await g.readNote('a.md');
    expect(doc.text.slice(2, 7)).toBe('topic');
  });

  it('finds a name written with other spacing in a file that holds nothing else', async () => {
    const { g } = await garden({ 'people/Maya Chen.md': MAYA, 'n.md': 'x\nMaya\tChen' });
    expect((await findMentions(g, 'people/Maya Chen.md')).map((m) => [m.line, m.text])).toEqual([[2, 'Maya\tChen']]);
  });

  it('shows a window of a long line that contains the mention', () => {
    const line = `${'word '.repeat(100)}Target ${'tail '.repeat(100)}`;
    const [mention] = mentionsIn(line, mentionPattern(['Target']));
    expect(mention?.context.length).toBeLessThanOrEqual(240);
    expect(mention?.context).toContain('Target');
    expect(mention?.context.startsWith('…')).toBe(true);
  });

  it('ignores names of one character and answers readable errors', async () => {
    const { g } = await garden({ 'X.md': 'x', 'a.md': 'x marks the spot' });
    expect(await findMentions(g, 'X.md')).toEqual([]);
    await expect(findMentions(g, 'nope.md')).rejects.toMatchObject({ code: 'not-found' });
    await expect(findMentions(g, '../a.md')).rejects.toMatchObject({ code: 'outside-garden' });
  });
});
