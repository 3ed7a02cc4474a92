import { describe, expect, it } from 'vitest';
import { DEFAULT_SUGGESTION_LIMIT, aboutTargets, suggestGift } from '../../../shared/suggest';
import type { SuggestCandidate } from '../../../shared/suggest';
import { gardenPath } from '../../../shared/types';
import type { Direction, GardenPath, Interaction, IsoDate, PlantKind } from '../../../shared/types';

const date = (s: string) => s as IsoDate;

function candidate(
  name: string, tags: string[], created: string | null, modified = '2026-01-01', kind: PlantKind = 'source',
): SuggestCandidate {
  const folder = kind === 'source' ? 'sources' : kind === 'note' ? 'notes' : `${kind}s`;
  return {
    path: gardenPath(`${folder}/${name}.md`), kind, title: name, tags,
    created: created === null ? null : date(created), modified: date(modified),
  };
}

function about(direction: Direction, target: string): Interaction {
  return { date: date('2026-01-01'), kind: 'shared-resource', direction, about: target };
}

/** Resolves "[[Name]]" (or a bare "Name") to the candidate with that title. */
function resolverFor(candidates: SuggestCandidate[]) {
  const calls: string[] = [];
  const resolve = (raw: string): GardenPath | null => {
    calls.push(raw);
    const name = raw.replace(/^!?\[\[/, '').replace(/\]\]$/, '').split('|')[0]?.trim().toLowerCase();
    return candidates.find((c) => c.title.toLowerCase() === name)?.path ?? null;
  };
  return { resolve, calls };
}

const titles = (list: SuggestCandidate[]) => list.map((c) => c.title);

describe('suggestGift', () => {
  const story = candidate('Sold a Story', ['phonics'], '2026-09-01');
  const blends = candidate('Blends', ['reading/phonics'], '2026-10-01', '2026-10-01', 'note');
  const zpd = candidate('ZPD', ['Vygotsky'], '2026-11-01', '2026-11-01', 'note');
  const old = candidate('Old Reading', ['#Reading'], '2020-01-01');
  const goalPlant = candidate('Paper', ['reading'], '2026-11-20', '2026-11-20', 'goal');
  const personPlant = candidate('Sam', ['reading'], '2026-11-20', '2026-11-20', 'person');
  const all = [story, blends, zpd, old, goalPlant, personPlant];

  it('offers notes and sources sharing a tag, newest first, without case or #', () => {
    const { resolve } = resolverFor(all);
    const result = suggestGift({ tags: ['READING', 'phonics'], interactions: [] }, all, resolve);
    expect(titles(result)).toEqual(['Blends', 'Sold a Story', 'Old Reading']);
  });

  it('matches nested tags under a parent, not a parent under a child, nor a child by its last part', () => {
    const { resolve } = resolverFor(all);
    expect(titles(suggestGift({ tags: ['reading'], interactions: [] }, all, resolve))).toEqual(['Blends', 'Old Reading']);
    expect(titles(suggestGift({ tags: ['reading/phonics'], interactions: [] }, all, resolve))).toEqual(['Blends']);
    expect(titles(suggestGift({ tags: ['phonics'], interactions: [] }, all, resolve))).toEqual(['Sold a Story']);
    const readingish = candidate('Readings', ['readings'], '2026-01-01');
    expect(suggestGift({ tags: ['reading'], interactions: [] }, [readingish], resolve)).toEqual([]);
  });

  it('leaves out what was already given, or shared either way', () => {
    const { resolve } = resolverFor(all);
    const person = {
      tags: ['reading', 'phonics'],
      interactions: [about('gave', '[[Sold a Story]]'), about('mutual', '[[Blends|the blends note]]')],
    };
    expect(titles(suggestGift(person, all, resolve))).toEqual(['Old Reading']);
    const received = { tags: ['reading', 'phonics'], interactions: [about('received', '[[Sold a Story]]')] };
    expect(titles(suggestGift(received, all, resolve))).toEqual(['Blends', 'Old Reading']);
  });

  it('resolves every wikilink in an about, or the bare text', () => {
    const { resolve, calls } = resolverFor(all);
    const person = {
      tags: ['reading', 'phonics'],
      interactions: [about('gave', 'Sent [[Sold a Story]] and ![[Blends]]'), about('gave', '  Old Reading ')],
    };
    expect(suggestGift(person, all, resolve)).toEqual([]);
    expect(calls).toEqual(['[[Sold a Story]]', '[[Blends]]', 'Old Reading']);
    expect(aboutTargets('   ')).toEqual([]);
  });

  it('ignores interactions about unresolved targets', () => {
    const { resolve } = resolverFor(all);
    const person = {
      tags: ['phonics'],
      interactions: [about('gave', '[[Nowhere]]'), { date: date('2026-01-01'), kind: 'call', direction: 'gave' } as Interaction],
    };
    expect(titles(suggestGift(person, all, resolve))).toEqual(['Sold a Story']);
  });

  it('orders by created, else modified, then modified, title and path', () => {
    const a = candidate('A', ['t'], null, '2026-05-01');
    const b = candidate('B', ['t'], '2026-04-01', '2026-06-01');
    const c = candidate('C', ['t'], '2026-04-01', '2026-07-01');
    const d = candidate('D', ['t'], '2026-04-01', '2026-07-01');
    const { resolve } = resolverFor([]);
    expect(titles(suggestGift({ tags: ['t'], interactions: [] }, [d, b, a, c], resolve, 10))).toEqual(['A', 'C', 'D', 'B']);
  });

  it('respects the limit and offers a path once', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(`S${i}`, ['t'], `2026-01-0${i + 1}`));
    const { resolve } = resolverFor([]);
    const person = { tags: ['t'], interactions: [] };
    expect(DEFAULT_SUGGESTION_LIMIT).toBe(5);
    expect(titles(suggestGift(person, many, resolve))).toEqual(['S7', 'S6', 'S5', 'S4', 'S3']);
    expect(titles(suggestGift(person, many, resolve, 2))).toEqual(['S7', 'S6']);
    expect(suggestGift(person, many, resolve, 0)).toEqual([]);
    expect(suggestGift(person, many, resolve, -1)).toEqual([]);
    expect(suggestGift(person, many, resolve, Number.POSITIVE_INFINITY)).toHaveLength(8);
    const first = many[0] as SuggestCandidate;
    expect(suggestGift(person, [first, first], resolve)).toHaveLength(1);
  });

  it('offers nothing to a person without tags', () => {
    const { resolve } = resolverFor(all);
    expect(suggestGift({ tags: [], interactions: [] }, all, resolve)).toEqual([]);
    expect(suggestGift({ tags: ['#', ' '], interactions: [] }, all, resolve)).toEqual([]);
  });
});
