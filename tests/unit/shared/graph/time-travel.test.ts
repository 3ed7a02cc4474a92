/** The time slider's garden: plants born by the date, health computed for that date, with exact dates. */
import { describe, expect, it } from 'vitest';
import type { GardenSnapshot, PlantSummary } from '../../../../shared/api';
import { plantBorn, snapshotAsOf, timeRange } from '../../../../shared/graph/time-travel';
import { buildGraph, viewGraph } from '../../../../shared/graph/view-model';
import { DEFAULT_GRAPH_OPTIONS } from '../../../../shared/graph/model';
import type { Interaction } from '../../../../shared/types';
import { day, gp, plant } from '../../renderer/helpers/plants';

const met = (date: string, direction: Interaction['direction'] = 'mutual'): Interaction => ({ date: day(date), kind: 'call', direction });

const maya: PlantSummary = plant('people/Maya.md', {
  kind: 'person', title: 'Maya', created: day('2026-01-10'), modified: day('2026-11-20'),
  person: { name: 'Maya', circle: 'professional', cadence: 30, platforms: [], emails: [], interactions: [met('2026-03-01'), met('2026-06-01'), met('2026-11-15')] },
  health: { state: 'thriving', vitality: 0.8, cadence: 30 },
});
// No cadence of her own: today's effective one (14, personal) carries back.
const ana: PlantSummary = plant('people/Ana.md', {
  kind: 'person', title: 'Ana', created: null, modified: day('2026-11-01'),
  person: { name: 'Ana', circle: 'personal', cadence: null, platforms: [], emails: [], interactions: [met('2026-05-01')] },
  health: { state: 'dormant', vitality: 0, cadence: 14 },
});
const zpd = plant('notes/ZPD.md', { created: day('2026-02-01'), modified: day('2026-11-24') });
const late = plant('notes/Late.md', { created: day('2026-09-01'), modified: day('2026-09-02') });
const book = plant('sources/Book.md', {
  kind: 'source', title: 'Book', created: null, modified: day('2026-10-01'),
  source: { title: 'Book', url: null, kind: 'book', platform: null, sharedBy: null, status: 'to-read', added: day('2026-04-01') },
  health: { state: 'thirsty', vitality: 0.6 },
});

const garden: GardenSnapshot = {
  name: 'Test',
  today: day('2026-11-25'),
  plants: [maya, ana, zpd, late, book],
  links: [
    { from: gp('notes/ZPD.md'), to: gp('people/Maya.md') },
    { from: gp('notes/Late.md'), to: gp('notes/ZPD.md') },
  ],
  seeds: [{ target: 'Idea', mentionedIn: [gp('notes/Late.md')] }],
};

const health = (s: GardenSnapshot, path: string) => s.plants.find((p) => p.path === path)?.health;

describe('plantBorn and timeRange', () => {
  it('takes the earliest known date: created, added, first interaction, else the last change', () => {
    expect(plantBorn(maya)).toBe('2026-01-10');
    expect(plantBorn(ana)).toBe('2026-05-01');
    expect(plantBorn(book)).toBe('2026-04-01');
    expect(plantBorn(late)).toBe('2026-09-01');
    expect(timeRange(garden)).toEqual({ first: '2026-01-10', last: '2026-11-25' });
  });
});

describe('snapshotAsOf', () => {
  it('is the garden itself for today or later', () => {
    expect(snapshotAsOf(garden, day('2026-11-25'))).toBe(garden);
    expect(snapshotAsOf(garden, day('2027-01-01'))).toBe(garden);
  });

  it('holds only the plants born by the date, and the links and seeds between them', () => {
    const march = snapshotAsOf(garden, day('2026-03-15'));
    expect(march.today).toBe('2026-03-15');
    expect(march.plants.map((p) => p.path)).toEqual(['people/Maya.md', 'notes/ZPD.md']);
    expect(march.links).toEqual([{ from: 'notes/ZPD.md', to: 'people/Maya.md' }]);
    expect(march.seeds).toEqual([]);
    const autumn = snapshotAsOf(garden, day('2026-09-01'));
    expect(autumn.plants.map((p) => p.path)).toContain('notes/Late.md');
    expect(autumn.seeds).toEqual([{ target: 'Idea', mentionedIn: ['notes/Late.md'] }]);
  });

  it('computes health for that date: contact 14 days before is thriving, 92 days before is dormant', () => {
    // 2026-03-15: last contact 2026-03-01, 14 of 30 days.
    expect(health(snapshotAsOf(garden, day('2026-03-15')), 'people/Maya.md')).toMatchObject({ state: 'thriving', daysSince: 14, vitality: 0.5 ** (14 / 30) });
    // 2026-09-01: last contact 2026-06-01 (the November one is still to come), 92 days.
    expect(health(snapshotAsOf(garden, day('2026-09-01')), 'people/Maya.md')).toMatchObject({ state: 'wilting', daysSince: 92 });
    // Ana, with today's cadence of 14: 10 days after her only contact is healthy.
    expect(health(snapshotAsOf(garden, day('2026-05-11')), 'people/Ana.md')).toMatchObject({ state: 'healthy', daysSince: 10, cadence: 14 });
  });

  it('judges other plants on that date too: a to-read source is thirsty only after 30 days, a lone note is an orphan', () => {
    expect(health(snapshotAsOf(garden, day('2026-05-01')), 'sources/Book.md')?.state).toBe('healthy');
    expect(health(snapshotAsOf(garden, day('2026-05-02')), 'sources/Book.md')?.state).toBe('thirsty');
    const lone = snapshotAsOf({ ...garden, links: [] }, day('2026-03-15'));
    expect(health(lone, 'notes/ZPD.md')?.state).toBe('orphan');
  });

  it('feeds the map: fewer plants, coloured by their health on that date', () => {
    const data = buildGraph(snapshotAsOf(garden, day('2026-09-01')));
    const view = viewGraph(data, DEFAULT_GRAPH_OPTIONS);
    expect(data.nodes.filter((n) => n.path).map((n) => n.id).sort()).toEqual(['notes/Late.md', 'notes/ZPD.md', 'people/Ana.md', 'people/Maya.md', 'sources/Book.md']);
    expect(view.fill[data.indexById.get('people/Maya.md')!]).toBe('graph-wilting');
    expect(data.today).toBe('2026-09-01');
  });
});
