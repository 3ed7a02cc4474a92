import { describe, expect, it } from 'vitest';
import { DEFAULT_DIVERSITY_OPTIONS, sharerName, topicDiversity } from '../../../shared/diversity';
import { gardenPath } from '../../../shared/types';
import type { SourceFields, SourceKind } from '../../../shared/types';

let counter = 0;
function src(
  tags: string[], platform: string | null, kind: SourceKind = 'article', sharedBy: string | null = null,
): { path: ReturnType<typeof gardenPath>; tags: string[]; source: SourceFields } {
  counter += 1;
  return {
    path: gardenPath(`sources/s${counter}.md`),
    tags,
    source: { title: `s${counter}`, url: null, kind, platform, sharedBy, status: 'read', added: null },
  };
}

const repeat = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);
const only = (list: ReturnType<typeof topicDiversity>, tag: string) => list.find((t) => t.tag === tag);

describe('topicDiversity', () => {
  it('flags 4 of 5 sources from one platform (80%)', () => {
    const sources = [...repeat(4, () => src(['phonics'], 'reddit', 'post')), src(['phonics'], 'youtube', 'video')];
    expect(topicDiversity(sources)).toEqual([{
      tag: 'phonics', sourceCount: 5,
      byPlatform: { reddit: 4, youtube: 1 },
      byKind: { post: 4, video: 1 },
      bySharer: { unknown: 5 },
      flagged: { dimension: 'platform', group: 'reddit', share: 0.8 },
    }]);
  });

  it('does not flag fewer than 5 sources, even all from one platform', () => {
    const result = topicDiversity(repeat(4, () => src(['phonics'], 'reddit')));
    expect(result[0]).toMatchObject({ sourceCount: 4, byPlatform: { reddit: 4 }, flagged: null });
  });

  it('does not flag exactly 70%, and flags just over it', () => {
    const seventy = [
      ...repeat(7, () => src(['t'], 'reddit', 'post')),
      ...repeat(3, () => src(['t'], 'x', 'article')),
    ];
    expect(topicDiversity(seventy)[0]?.flagged).toBeNull();
    const over = [
      ...repeat(8, () => src(['t'], 'reddit', 'post')),
      ...repeat(3, () => src(['t'], 'x', 'article')),
    ];
    expect(topicDiversity(over)[0]?.flagged).toEqual({ dimension: 'platform', group: 'reddit', share: 8 / 11 });
  });

  it('flags kind and sharer, taking the largest share', () => {
    const kinds = [
      ...repeat(4, () => src(['k'], 'youtube', 'video', '[[Maya Chen]]')),
      src(['k'], 'x', 'video', '[[Sam]]'),
      src(['k'], 'reddit', 'post', 'Maya Chen'),
    ];
    const result = only(topicDiversity(kinds), 'k');
    expect(result?.byKind).toEqual({ video: 5, post: 1 });
    expect(result?.bySharer).toEqual({ 'Maya Chen': 5, Sam: 1 });
    expect(result?.flagged).toEqual({ dimension: 'kind', group: 'video', share: 5 / 6 });

    const sharers = [
      ...repeat(5, () => src(['s'], null, 'other', '[[maya chen|Maya]]')),
      src(['s'], null, 'other', null),
    ];
    expect(only(topicDiversity(sharers), 's')?.flagged).toEqual({ dimension: 'sharer', group: 'maya chen', share: 5 / 6 });
  });

  it('never flags what is unknown: no platform, no sharer, kind other', () => {
    const result = topicDiversity(repeat(6, () => src(['u'], null, 'other', null)));
    expect(result[0]).toMatchObject({
      sourceCount: 6, byPlatform: { unknown: 6 }, byKind: { other: 6 }, bySharer: { unknown: 6 }, flagged: null,
    });
  });

  it('counts a nested tag under its parents too, once per source, ignoring case and #', () => {
    const sources = [
      src(['reading/phonics', 'Reading'], 'reddit'),
      src(['#reading/phonics/blends'], 'x'),
      src(['READING'], 'slack'),
    ];
    const result = topicDiversity(sources);
    expect(result.map((t) => [t.tag, t.sourceCount])).toEqual([
      ['reading', 3], ['reading/phonics', 2], ['reading/phonics/blends', 1],
    ]);
    expect(only(result, 'reading')?.byPlatform).toEqual({ reddit: 1, x: 1, slack: 1 });
  });

  it('groups platforms without case, and counts a path listed twice once', () => {
    const one = src(['t'], 'LinkedIn');
    const result = topicDiversity([one, one, src(['t'], 'linkedin')]);
    expect(result[0]).toMatchObject({ sourceCount: 2, byPlatform: { linkedin: 2 } });
  });

  it('orders topics by size, then name, and skips untagged sources', () => {
    const result = topicDiversity([src(['b'], 'x'), src(['a'], 'x'), src(['c'], 'x'), src(['c'], 'x'), src([], 'x')]);
    expect(result.map((t) => t.tag)).toEqual(['c', 'a', 'b']);
  });

  it('takes other thresholds as options', () => {
    expect(DEFAULT_DIVERSITY_OPTIONS).toEqual({ minSources: 5, maxShare: 0.7 });
    const sources = [src(['t'], 'reddit', 'post'), src(['t'], 'reddit', 'video'), src(['t'], 'x', 'book')];
    expect(topicDiversity(sources, { minSources: 3, maxShare: 0.5 })[0]?.flagged).toEqual({
      dimension: 'platform', group: 'reddit', share: 2 / 3,
    });
  });

  it('keeps hostile group names as plain keys', () => {
    const sources = repeat(5, () => src(['t'], '__proto__'));
    const result = topicDiversity(sources)[0];
    expect(Object.keys(result?.byPlatform ?? {})).toEqual(['__proto__']);
    expect(result?.byPlatform['__proto__']).toBe(5);
    expect(result?.flagged?.group).toBe('__proto__');
  });
});

describe('sharerName', () => {
  it('reads the person out of a wikilink', () => {
    expect(sharerName('[[Maya Chen]]')).toBe('Maya Chen');
    expect(sharerName('[[people/Maya Chen|Maya]]')).toBe('people/Maya Chen');
    expect(sharerName('[[Maya Chen#Work]]')).toBe('Maya Chen');
    expect(sharerName(' Sam ')).toBe('Sam');
    expect(sharerName('[[]]')).toBeNull();
    expect(sharerName(null)).toBeNull();
  });
});
