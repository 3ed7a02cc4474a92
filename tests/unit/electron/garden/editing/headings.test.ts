import { describe, expect, it } from 'vitest';
import { GardenError } from '../../../../../shared/api';
import { Garden } from '../../../../../electron/garden/garden';
import { extractHeadings, noteHeadings } from '../../../../../electron/garden/headings';
import { tempDir, writeTree } from '../helpers';

describe('extractHeadings', () => {
  it('lists ATX headings in order, text only, skipping code, frontmatter and tags', () => {
    const text = [
      '---',
      '# not a heading: yaml comment',
      'title: x',
      '---',
      '# One',
      'text #tag and',
      '#notaheading',
      '## Two ##',
      '   ### Three  ',
      '    #### indented code, not a heading',
      '```md',
      '# in code',
      '```',
      '~~~~',
      '# in tilde code',
      '~~~',
      '# still code (the fence needs four tildes)',
      '~~~~',
      '###### Six #hash inside',
      '####### seven is not a heading',
      '#',
      '## C# and F# ##',
      '# Trailing \\#',
    ].join('\r\n');
    expect(extractHeadings(text)).toEqual(['One', 'Two', 'Three', 'Six #hash inside', 'C# and F#', 'Trailing \\#']);
  });

  it('an unclosed fence hides the rest; an inline ``` with a backtick in its info string is no fence', () => {
    expect(extractHeadings('# A\n```\n# B')).toEqual(['A']);
    expect(extractHeadings('``` `x` ```\n# C')).toEqual(['C']);
  });
});

describe('note.headings', () => {
  it('reads the note and answers readable errors', async () => {
    const root = await tempDir();
    await writeTree(root, { 'notes/a.md': '# Alpha\n## Beta', 'img/x.png': 'png' });
    const garden = await Garden.open(root);
    expect(await noteHeadings(garden, 'notes/a.md')).toEqual(['Alpha', 'Beta']);
    await expect(noteHeadings(garden, 'notes/none.md')).rejects.toMatchObject({ code: 'not-found' });
    await expect(noteHeadings(garden, 'img/x.png')).rejects.toBeInstanceOf(GardenError);
    await expect(noteHeadings(garden, '../x.md')).rejects.toMatchObject({ code: 'outside-garden' });
  });
});
