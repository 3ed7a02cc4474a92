/** The diversity lens: topics fed by one group are flagged, with bridges outside that group. */
import { describe, expect, it } from 'vitest';
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import { diversityLens } from '../../../../shared/graph/diversity-lens';
import type { SourceFields } from '../../../../shared/types';
import { day, plant } from '../../renderer/helpers/plants';

function source(title: string, fields: Partial<SourceFields>, tags: string[]): PlantSummary {
  return plant(`sources/${title}.md`, {
    kind: 'source', title, tags,
    source: { title, url: null, kind: 'video', platform: 'tiktok', sharedBy: null, status: 'read', added: day('2026-01-01'), ...fields },
  });
}

function person(name: string, platforms: string[], tags: string[], vitality: number): PlantSummary {
  return plant(`people/${name}.md`, {
    kind: 'person', title: name, tags,
    person: { name, circle: 'professional', cadence: 30, platforms: platforms.map((platform) => ({ platform })), emails: [], interactions: [] },
    health: { state: 'healthy', vitality },
  });
}

const garden: GardenSnapshot = {
  name: 'Test',
  today: day('2026-11-25'),
  plants: [
    // phonics: 4 of 5 from TikTok = 80% > 70%: flagged.
    source('A', {}, ['phonics']), source('B', {}, ['phonics']), source('C', {}, ['phonics']), source('D', {}, ['#Phonics']),
    source('Paper', { kind: 'paper', platform: 'apa-psycinfo', status: 'to-read', added: day('2026-10-01') }, ['phonics']),
    source('Old paper', { kind: 'paper', platform: 'jstor', status: 'reading', added: day('2026-02-01') }, ['reading/phonics']),
    // zpd: 7 of 10 from TikTok = exactly 70%: not flagged.
    ...Array.from({ length: 7 }, (_, i) => source(`Z${i}`, {}, ['zpd'])),
    ...Array.from({ length: 3 }, (_, i) => source(`Y${i}`, { platform: 'youtube', kind: 'podcast' }, ['zpd'])),
    person('Tik', ['TikTok'], ['phonics'], 0.9),
    person('Lin', ['linkedin'], ['phonics'], 0.4),
    person('Rae', ['reddit'], ['phonics'], 0.8),
    person('Off', ['linkedin'], ['fish'], 1),
  ],
  links: [],
  seeds: [],
};

describe('diversityLens', () => {
  const lens = diversityLens(garden);
  const topic = (tag: string) => lens.find((t) => t.tag.toLowerCase() === tag);

  it('counts where each topic’s sources come from, and flags one fed by one group (over 70% of at least 5)', () => {
    expect(topic('zpd')).toMatchObject({ sourceCount: 10, byPlatform: { tiktok: 7, youtube: 3 }, flagged: null, bridges: [] });
    expect(topic('phonics')).toMatchObject({ sourceCount: 5, byPlatform: { tiktok: 4, 'apa-psycinfo': 1 }, flagged: { dimension: 'platform', group: 'tiktok', share: 0.8 } });
  });

  it('suggests bridges outside the group: people who share the topic elsewhere, best tended first, then sources still to read', () => {
    expect(topic('phonics')!.bridges).toEqual([
      { path: 'people/Rae.md', title: 'Rae', kind: 'person', why: 'Also follows phonics, not on tiktok.' },
      { path: 'people/Lin.md', title: 'Lin', kind: 'person', why: 'Also follows phonics, not on tiktok.' },
      { path: 'sources/Paper.md', title: 'Paper', kind: 'source', why: 'Still to read, not on tiktok.' },
    ]);
  });

  it('counts a nested tag under its parent topic, and finds bridges there too', () => {
    expect(topic('reading')).toMatchObject({ sourceCount: 1, flagged: null });
    expect(topic('reading/phonics')?.sourceCount).toBe(1);
  });
});
