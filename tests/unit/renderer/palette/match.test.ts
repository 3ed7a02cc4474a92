import { describe, expect, it } from 'vitest';
import { fold, matchScore, rankByMatch } from '../../../../renderer/src/palette/match';

describe('matching a query against labels', () => {
  it('ignores case and accents', () => {
    expect(fold('Café ÉCOLE')).toBe('cafe ecole');
    expect(matchScore('Café notes', 'cafe')).not.toBeNull();
  });

  it('needs every word, as a substring or letters in order', () => {
    expect(matchScore('New note…', 'new note')).not.toBeNull();
    expect(matchScore('New note…', 'nwnt')).not.toBeNull();
    expect(matchScore('New note…', 'note new')).not.toBeNull();
    expect(matchScore('New note…', 'trash')).toBeNull();
    expect(matchScore('New note…', 'new trash')).toBeNull();
  });

  it('ranks a prefix over a word start over a substring over scattered letters', () => {
    const labels = ['Go to Goals', 'Search…', 'Open today’s daily note', 'Go to Seeds'];
    expect(rankByMatch(labels, 'se', (l) => l)).toEqual(['Search…', 'Go to Seeds', 'Open today’s daily note']);
    expect(rankByMatch(['xsearchx', 'research', 'search', 'go search'], 'search', (l) => l)).toEqual(['search', 'go search', 'xsearchx', 'research']);
    expect(rankByMatch(['a b c', 'abc'], 'abc', (l) => l)).toEqual(['abc', 'a b c']);
  });

  it('keeps everything, in order, for an empty query', () => {
    expect(rankByMatch(['b', 'a'], '  ', (l) => l)).toEqual(['b', 'a']);
  });
});
