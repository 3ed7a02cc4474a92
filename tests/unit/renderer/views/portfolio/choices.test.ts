import { describe, expect, it } from 'vitest';
import { addTag, removeTag, setPersonLevel, setPlatform, setSelected, type Choices } from '../../../../../renderer/src/views/portfolio/choices';

const empty: Choices = { include: [], exclude: [], includeTags: [], style: 'apa' };

describe('export dialog choices', () => {
  it('removing excludes; putting back un-excludes without adding to include', () => {
    const removed = setSelected(empty, 'notes/a.md', false);
    expect(removed).toMatchObject({ include: [], exclude: ['notes/a.md'] });
    expect(setSelected(removed, 'notes/a.md', true)).toMatchObject({ include: [], exclude: [] });
  });

  it('adding something the rules would not select includes it; removing it again drops it from include', () => {
    const added = setSelected(empty, 'notes/b.md', true);
    expect(added.include).toEqual(['notes/b.md']);
    expect(setSelected(added, 'notes/b.md', false)).toMatchObject({ include: [], exclude: ['notes/b.md'] });
  });

  it('adds tags once, without #, and removes them', () => {
    const tagged = addTag(addTag(empty, '#Practicum'), 'practicum');
    expect(tagged.includeTags).toEqual(['Practicum']);
    expect(removeTag(tagged, 'Practicum').includeTags).toEqual([]);
  });

  it('sets a person level and the platforms shown', () => {
    const named = setPersonLevel(empty, 'people/a.md', 'name');
    expect(named.people).toEqual({ 'people/a.md': 'name' });
    expect(setPlatform(named, 'people/a.md', 'linkedin', true, ['x']).platforms).toEqual({ 'people/a.md': ['x', 'linkedin'] });
    expect(setPlatform(named, 'people/a.md', 'x', false, ['x']).platforms).toEqual({ 'people/a.md': [] });
  });
});
