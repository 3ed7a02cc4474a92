import { describe, expect, it } from 'vitest';
import { Garden } from '../../../../../electron/garden/garden';
import { tagCounts } from '../../../../../electron/garden/tags';
import { tempDir, writeTree } from '../helpers';

describe('tags.list', () => {
  it('counts plants per tag without case, parents counting their children once per plant, as a tree', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'a.md': '---\ntags: [Reading/Phonics, reading/fluency]\n---\n#Zebra',
      'b.md': 'body tags #reading/phonics #reading and #zebra',
      'c.md': '---\ntags: [project/x/y]\n---\n',
      'd.md': '`#incode` #Reading-list',
      'e.md': 'no tags',
    });
    const garden = await Garden.open(root);
    expect(tagCounts(garden.index)).toEqual([
      { tag: 'project', count: 1 },
      { tag: 'project/x', count: 1 },
      { tag: 'project/x/y', count: 1 },
      { tag: 'Reading', count: 2 },
      { tag: 'reading/fluency', count: 1 }, // each tag keeps the spelling it was first met with
      { tag: 'Reading/Phonics', count: 2 },
      { tag: 'Reading-list', count: 1 },
      { tag: 'Zebra', count: 2 },
    ]);
  });

  it('is empty for a garden without tags', async () => {
    const root = await tempDir();
    await writeTree(root, { 'a.md': 'x' });
    expect(tagCounts((await Garden.open(root)).index)).toEqual([]);
  });
});
