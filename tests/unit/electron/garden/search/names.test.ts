/** Completion ranking (issue 3, "Done when"): the order of names.ts, case by case. */
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../../../electron/garden/search/names';
import { gardenPath } from '../../../../../shared/types';
import { plant } from './records';

const titles = (index: NameIndex, typed: string, limit = 20) => index.match(typed, limit).map((m) => (m.alias ? `${m.title} (${m.alias})` : m.title));

describe('completion ranking', () => {
  const index = new NameIndex([
    plant('notes/Scaffolding.md', 'Scaffolding', { aliases: ['Scaffold'] }),
    plant('notes/Scaffolding in maths.md', 'Scaffolding in maths'),
    plant('notes/Scaffolding (old).md', 'Scaffolding (old)'),
    plant('notes/Teacher scaffolding.md', 'Teacher scaffolding'),
    plant('notes/Zone of proximal development.md', 'Zone of proximal development', { aliases: ['ZPD', 'Scaffolding zone'] }),
    plant('people/Maya Chen.md', 'Maya Chen', { kind: 'person', aliases: ['Dr. Chen'] }),
    plant('sources/Sold a Story.md', 'Sold a Story', { kind: 'source' }),
    plant('notes/Café au lait.md', 'Café au lait'),
    plant('notes/2024-01-05.md', 'Daily log', {}),
  ]);

  it('ranks exact title > title prefix > word inside the title > alias > near miss, shorter titles first', () => {
    expect(titles(index, 'scaffolding')).toEqual([
      'Scaffolding', // exact
      'Scaffolding (old)', // title prefix ending on a whole word; shorter first
      'Scaffolding in maths',
      'Teacher scaffolding', // a word inside the title
      'Zone of proximal development (Scaffolding zone)', // through an alias, reported
    ]);
  });

  it('puts a prefix that ends on a whole word before one that ends inside a word', () => {
    const days = new NameIndex([plant('a.md', 'Note 123 zone'), plant('b.md', 'Note 12 development'), plant('c.md', 'Note 1 x')]);
    expect(titles(days, 'note 12')).toEqual(['Note 12 development', 'Note 123 zone']);
  });

  it('matches words of the title in any order, whole words first', () => {
    expect(titles(index, 'development zone')).toEqual(['Zone of proximal development']);
    const two = new NameIndex([plant('a.md', 'Daily practice reading fluency'), plant('b.md', 'Practice readings fluency'), plant('c.md', 'Reading fluency')]);
    // "Reading fluency" is the exact title; then all whole words (though longer) before "readings".
    expect(titles(two, 'reading fluency')).toEqual(['Reading fluency', 'Daily practice reading fluency', 'Practice readings fluency']);
    // A title prefix beats words found further in; with no whole-word difference, the shorter title.
    expect(titles(two, 'reading flu')).toEqual(['Reading fluency', 'Practice readings fluency', 'Daily practice reading fluency']);
    expect(two.match('reading flu', 1)[0]).toMatchObject({ matchClass: 1, sub: 1 });
  });

  it('reports the alias a match came through, exact alias before alias prefix', () => {
    expect(index.match('zpd', 5)).toEqual([
      { path: 'notes/Zone of proximal development.md', kind: 'note', title: 'Zone of proximal development', alias: 'ZPD', matchClass: 3, sub: 0, matchedWords: ['zpd'] },
    ]);
    // "Scaffolding" has the exact alias "Scaffold", but its title prefix ranks higher still.
    expect(titles(index, 'scaffold')).toEqual([
      'Scaffolding',
      'Scaffolding (old)',
      'Scaffolding in maths',
      'Teacher scaffolding',
      'Zone of proximal development (Scaffolding zone)',
    ]);
    expect(index.match('scaffold', 1)[0]).toMatchObject({ title: 'Scaffolding', matchClass: 1, sub: 1 });
    expect(titles(index, 'dr chen')).toEqual(['Maya Chen (Dr. Chen)']);
  });

  it('finds typos: within one edit (4–6 letters) or two (7+), after every exact kind', () => {
    // All one edit away: by length alone (no prefix/word distinction among near misses).
    expect(titles(index, 'scafolding')).toEqual([
      'Scaffolding', 'Scaffolding (old)', 'Teacher scaffolding', 'Scaffolding in maths', 'Zone of proximal development (Scaffolding zone)',
    ]);
    expect(index.match('scafolding', 1)[0]).toMatchObject({ matchClass: 4, sub: 1, matchedWords: ['scaffolding'] });
    expect(titles(index, 'mya chen')).toEqual([]); // "mya" is 3 letters: no typo allowed
    expect(titles(index, 'maya chne')).toEqual(['Maya Chen']); // a swap is one edit
    expect(titles(index, 'proximl')).toEqual(['Zone of proximal development']);
    expect(titles(index, 'xyzzy')).toEqual([]);
  });

  it('ignores case, accents and punctuation; the file name also counts', () => {
    expect(titles(index, 'CAFE')).toEqual(['Café au lait']);
    expect(titles(index, 'café-au')).toEqual(['Café au lait']);
    expect(index.match('2024-01', 5)).toMatchObject([{ title: 'Daily log', matchClass: 3 }]);
    expect(index.match('2024-01', 5)[0]?.alias).toBeUndefined();
    expect(titles(index, 'sources/sold')).toEqual(['Sold a Story']);
  });

  it('shows the kind, lists everything A–Z for an empty text, and respects the limit', () => {
    expect(index.match('maya', 5)[0]?.kind).toBe('person');
    expect(titles(index, '', 3)).toEqual(['Café au lait', 'Daily log', 'Maya Chen']);
    expect(titles(index, 'scaffolding', 2)).toEqual(['Scaffolding', 'Scaffolding (old)']);
  });

  it('follows upserts and removals, including aliases gained and lost', () => {
    const live = new NameIndex([plant('a.md', 'Alpha')]);
    expect(titles(live, 'alhpa')).toEqual(['Alpha']); // builds the word map for near misses
    live.upsert(plant('a.md', 'Alpha', { aliases: ['First letter'] }));
    live.upsert(plant('b.md', 'Alphabet'));
    expect(titles(live, 'first')).toEqual(['Alpha (First letter)']);
    expect(titles(live, 'frist')).toEqual(['Alpha (First letter)']);
    live.upsert(plant('a.md', 'Alpha'));
    expect(titles(live, 'first')).toEqual([]);
    expect(titles(live, 'frist')).toEqual([]);
    live.remove(gardenPath('b.md'));
    expect(titles(live, 'alpha')).toEqual(['Alpha']);
    expect(titles(live, 'alphabte')).toEqual([]);
    expect(live.size).toBe(1);
  });

  it('gives search its near misses separately, leaving out what is shown already', () => {
    expect(index.nearMisses('scafolding', 10).map((m) => m.title)).toEqual(['Scaffolding', 'Scaffolding (old)', 'Teacher scaffolding', 'Scaffolding in maths', 'Zone of proximal development']);
    expect(index.nearMisses('scafolding', 10, { exclude: new Set([gardenPath('notes/Scaffolding.md')]) }).map((m) => m.title)[0]).toBe('Scaffolding (old)');
    expect(index.nearMisses('scaffolding', 10)).toEqual([]); // exact matches are not near misses
    expect(index.match('scafolding', 10, { nearMisses: false })).toEqual([]);
  });
});
