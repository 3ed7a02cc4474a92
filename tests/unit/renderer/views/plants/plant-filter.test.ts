import { describe, expect, it } from 'vitest';
import { countKinds, filterPlants } from '../../../../../renderer/src/views/plants/plant-filter';
import { plant } from '../../helpers/plants';

const plants = [
  plant('notes/Zone of proximal development.md', { aliases: ['ZPD'], tags: ['vygotsky', 'zpd'] }),
  plant('notes/Scaffolding.md', { tags: ['vygotsky'] }),
  plant('people/Helen Okafor.md', { kind: 'person', tags: ['child-development'] }),
  plant('people/José Núñez.md', { kind: 'person', title: 'José Núñez' }),
  plant('sources/Mind in Society.md', { kind: 'source', tags: ['vygotsky'] }),
  plant('goals/ZPD research paper.md', { kind: 'goal' }),
];
const titles = (list: { title: string }[]) => list.map((p) => p.title);

describe('filterPlants', () => {
  it('keeps everything, sorted by title, with no filter', () => {
    expect(titles(filterPlants(plants, { kind: 'all', text: '' }))).toEqual([
      'Helen Okafor', 'José Núñez', 'Mind in Society', 'Scaffolding', 'Zone of proximal development', 'ZPD research paper',
    ]);
  });

  it('filters by kind', () => {
    expect(titles(filterPlants(plants, { kind: 'person', text: '' }))).toEqual(['Helen Okafor', 'José Núñez']);
    expect(titles(filterPlants(plants, { kind: 'goal', text: '' }))).toEqual(['ZPD research paper']);
  });

  it('matches aliases, case-insensitively, and needs every word', () => {
    expect(titles(filterPlants(plants, { kind: 'all', text: 'zpd' }))).toEqual(['Zone of proximal development', 'ZPD research paper']);
    expect(titles(filterPlants(plants, { kind: 'all', text: 'zpd paper' }))).toEqual(['ZPD research paper']);
  });

  it('ignores accents', () => {
    expect(titles(filterPlants(plants, { kind: 'all', text: 'jose nunez' }))).toEqual(['José Núñez']);
  });

  it('matches #tags against tags only, by prefix', () => {
    expect(titles(filterPlants(plants, { kind: 'all', text: '#vyg' }))).toEqual(['Mind in Society', 'Scaffolding', 'Zone of proximal development']);
    expect(titles(filterPlants(plants, { kind: 'all', text: '#society' }))).toEqual([]);
  });

  it('matches folders and combines kind and text', () => {
    expect(titles(filterPlants(plants, { kind: 'source', text: 'sources/' }))).toEqual(['Mind in Society']);
    expect(titles(filterPlants(plants, { kind: 'note', text: '#vygotsky' }))).toEqual(['Scaffolding', 'Zone of proximal development']);
  });

  it('counts kinds', () => {
    expect(countKinds(plants)).toEqual({ all: 6, note: 2, person: 2, source: 1, goal: 1 });
  });
});
