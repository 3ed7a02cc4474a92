import { describe, expect, it } from 'vitest';
import type { PlantSummary } from '../../../../../shared/api';
import type { SourceFields } from '../../../../../shared/types';
import { ageText, filterSources, groupSources, NO_SOURCE_FILTER, sourceChoices, sourceRows } from '../../../../../renderer/src/views/sources/reading-list';
import { day, gp, plant, snapshot } from '../../helpers/plants';

function source(title: string, fields: Partial<SourceFields>, extra: Partial<PlantSummary> = {}, state = 'healthy'): PlantSummary {
  return plant(`sources/${title}.md`, {
    kind: 'source',
    title,
    source: { title, url: null, kind: 'article', platform: null, sharedBy: null, status: 'to-read', added: null, ...fields },
    health: { state: state as PlantSummary['health']['state'] },
    ...extra,
  });
}

const sold = source('Sold a Story', { kind: 'podcast', platform: 'podcast', status: 'applied', sharedBy: '[[Priya Raman]]', statusSince: day('2026-11-01') }, { sharedByPath: gp('people/Priya Raman.md'), tags: ['phonics'] });
const tiktok = source('Blending', { kind: 'video', platform: 'tiktok', added: day('2026-10-08'), sharedBy: '[[Someone Unknown]]' }, { tags: ['phonics', 'blending'] }, 'thirsty');
const khan = source('Khan', { kind: 'video', platform: 'YouTube', status: 'read' }, { modified: day('2026-10-06') }, 'unplanted');
const sub = source('r-scienceofreading', { kind: 'community', platform: 'reddit', url: 'https://www.reddit.com/r/scienceofreading/', status: 'reading' });
const snap = {
  ...snapshot([
    sold, tiktok, khan, sub,
    plant('people/Priya Raman.md', { kind: 'person', title: 'Priya Raman' }),
    plant('notes/Episode notes.md', { title: 'Episode notes' }),
    plant('goals/G.md', { kind: 'goal', title: 'G' }),
  ]),
  links: [
    { from: gp('notes/Episode notes.md'), to: sold.path },
    { from: gp('goals/G.md'), to: sold.path },
    { from: gp('notes/Episode notes.md'), to: sub.path },
  ],
};
const rows = sourceRows(snap);
const titles = (list: { title: string }[]) => list.map((r) => r.title);

describe('sourceRows', () => {
  it('reads who shared it, its age in the status, the notes using it, and unplanted seeds', () => {
    const byTitle = Object.fromEntries(rows.map((r) => [r.title, r]));
    expect(byTitle['Sold a Story']).toMatchObject({ platform: 'Podcasts', sharer: { name: 'Priya Raman', path: 'people/Priya Raman.md' }, age: { days: 24, basis: 'status_since' }, unplanted: false });
    expect(byTitle['Sold a Story']?.usedIn.map((p) => p.title)).toEqual(['Episode notes']);
    expect(byTitle.Blending).toMatchObject({ sharer: { name: 'Someone Unknown', path: null }, age: { days: 48, basis: 'added' } });
    expect(byTitle.Khan).toMatchObject({ platform: 'YouTube', sharer: null, age: { days: 50, basis: 'modified' }, unplanted: true });
    expect(byTitle['r-scienceofreading']).toMatchObject({ community: 'r/scienceofreading', platform: 'Reddit' });
    expect(ageText(byTitle.Blending!)).toBe('To read for 48 days');
    expect(ageText(byTitle.Khan!)).toBe("Read for 50 days (at least; from the file's last change)");
  });
});

describe('filters and groups', () => {
  it('filters by status, kind, platform, tag, sharer and unplanted', () => {
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, status: 'to-read' }))).toEqual(['Blending']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, kind: 'video' }))).toEqual(['Blending', 'Khan']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, platform: 'Reddit' }))).toEqual(['r-scienceofreading']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, tag: 'blending' }))).toEqual(['Blending']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, sharer: 'Priya Raman' }))).toEqual(['Sold a Story']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, sharer: 'Nobody recorded' }))).toEqual(['Khan', 'r-scienceofreading']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, unplantedOnly: true }))).toEqual(['Khan']);
    expect(titles(filterSources(rows, { ...NO_SOURCE_FILTER, text: 'reddit.com' }))).toEqual(['r-scienceofreading']);
    expect(sourceChoices(rows).sharers).toEqual(['Nobody recorded', 'Priya Raman', 'Someone Unknown']);
  });

  it('groups along the reading list, by tag (a source in each of its tags), and puts "none" last', () => {
    expect(groupSources(rows, 'status').map((g) => [g.key, titles(g.rows)])).toEqual([
      ['to-read', ['Blending']], ['reading', ['r-scienceofreading']], ['read', ['Khan']], ['applied', ['Sold a Story']],
    ]);
    expect(groupSources(rows, 'tag').map((g) => [g.key, titles(g.rows)])).toEqual([
      ['blending', ['Blending']], ['phonics', ['Blending', 'Sold a Story']], ['No tag', ['Khan', 'r-scienceofreading']],
    ]);
    expect(groupSources(rows, 'none')).toHaveLength(1);
  });
});
