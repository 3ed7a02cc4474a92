import { describe, expect, it } from 'vitest';
import { completionTrigger, headingsOf, linkTargetOf, wikilinkAt } from '../../../../renderer/src/editor/link-context';

describe('completionTrigger', () => {
  it('completes a plant after [[ and after ![[', () => {
    expect(completionTrigger('See [[Scaf', 100)).toEqual({ kind: 'note', from: 106, query: 'Scaf' });
    expect(completionTrigger('[[', 0)).toEqual({ kind: 'note', from: 2, query: '' });
    expect(completionTrigger('![[Dia', 0)).toEqual({ kind: 'note', from: 3, query: 'Dia' });
  });

  it('completes a heading after [[Target#, and the same note after [[#', () => {
    expect(completionTrigger('x [[Zone of proximal development#Def', 10)).toEqual({
      kind: 'heading',
      from: 10 + 'x [[Zone of proximal development#'.length,
      target: 'Zone of proximal development',
      query: 'Def',
    });
    expect(completionTrigger('[[#', 0)).toEqual({ kind: 'heading', from: 3, target: '', query: '' });
  });

  it('offers nothing in a label, a block reference, or after a closed link', () => {
    expect(completionTrigger('[[Target|lab', 0)).toBeNull();
    expect(completionTrigger('[[Target#^blo', 0)).toBeNull();
    expect(completionTrigger('[[Done]] and more', 0)).toBeNull();
  });

  it('completes a tag after # at the start of a word, not a heading being typed', () => {
    expect(completionTrigger('about #phon', 5)).toEqual({ kind: 'tag', from: 5 + 7, query: 'phon' });
    expect(completionTrigger('#pln', 0)).toEqual({ kind: 'tag', from: 1, query: 'pln' });
    expect(completionTrigger('(#', 0)).toEqual({ kind: 'tag', from: 2, query: '' });
    expect(completionTrigger('#', 0)).toBeNull();
    expect(completionTrigger('# Heading', 0)).toBeNull();
    expect(completionTrigger('issue#12', 0)).toBeNull();
    expect(completionTrigger('#nested/tag', 0)).toEqual({ kind: 'tag', from: 1, query: 'nested/tag' });
  });
});

describe('wikilinkAt', () => {
  const line = 'See [[Scaffolding]] and ![[Maya Chen#Notes|Maya]].';
  it('finds the link under an offset, with its range', () => {
    expect(wikilinkAt(line, 8)).toMatchObject({ target: 'Scaffolding', from: 4, to: 19, embed: false });
    expect(wikilinkAt(line, 30)).toMatchObject({ target: 'Maya Chen', heading: 'Notes', label: 'Maya', embed: true });
    expect(wikilinkAt(line, 21)).toBeNull();
  });
});

describe('linkTargetOf and headingsOf', () => {
  it('names a plant by its file name', () => {
    expect(linkTargetOf('people/Maya Chen.md')).toBe('Maya Chen');
    expect(linkTargetOf('Top.md')).toBe('Top');
  });

  it('lists the body headings, not YAML comments or code', () => {
    const text = '---\n# a yaml comment\ntags: [a]\n---\n# Title\n\n## Definition ##\n```\n# not a heading\n```\n###### Deep\n#tag\n';
    expect(headingsOf(text)).toEqual(['Title', 'Definition', 'Deep']);
  });
});
