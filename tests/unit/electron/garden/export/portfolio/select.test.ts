/** Which plants the portfolio holds: pure rules over a small catalog. */
import { describe, expect, it } from 'vitest';
import type { PortfolioCatalog, PortfolioPlant } from '../../../../../../electron/garden/export/portfolio/model';
import { selectPortfolio, tagMatches } from '../../../../../../electron/garden/export/portfolio/select';
import type { GardenPath, IsoDate } from '../../../../../../shared/types';

const g = (s: string) => s as GardenPath;

function plant(path: string, extra: Partial<PortfolioPlant>): PortfolioPlant {
  return {
    path: g(path), kind: 'note', title: path.replace(/^.*\//, '').replace(/\.md$/, ''), aliases: [], tags: [], created: null,
    modified: '2026-01-01' as IsoDate, portfolio: null, health: { state: 'healthy', vitality: 1, reason: '' }, linksOut: [], linksIn: [], ...extra,
  };
}

function catalog(plants: PortfolioPlant[]): PortfolioCatalog {
  const map = new Map(plants.map((p) => [p.path, p]));
  return {
    gardenName: 'G', today: '2026-11-25' as IsoDate, plants: map, attachments: new Set(),
    resolve: (target) => [...map.values()].find((p) => p.title.toLowerCase() === target.toLowerCase())?.path ?? null,
  };
}

const goal = (path: string, status: 'active' | 'done' | 'paused', extra: Partial<PortfolioPlant> = {}) =>
  plant(path, { kind: 'goal', goal: { horizon: 'academic', due: null, status }, ...extra });

const person = (path: string, extra: Partial<PortfolioPlant> = {}) =>
  plant(path, { kind: 'person', person: { name: path, circle: 'professional', cadence: 30, platforms: [], emails: [], interactions: [] }, ...extra });

const source = (path: string, sharedBy: string | null = null) =>
  plant(path, { kind: 'source', source: { title: path, url: null, kind: 'paper', platform: null, sharedBy, status: 'read', added: null } });

describe('portfolio selection', () => {
  const garden = catalog([
    goal('goals/Active.md', 'active', { linksOut: [g('sources/S1.md')] }),
    goal('goals/Done.md', 'done'),
    goal('goals/Paused.md', 'paused'),
    goal('goals/Private.md', 'active', { portfolio: false }),
    plant('notes/Marked.md', { portfolio: true, linksOut: [g('sources/S2.md'), g('people/Ann.md')] }),
    plant('notes/Tagged.md', { tags: ['psych/dev'] }),
    plant('notes/Other.md', { tags: ['diary'], linksOut: [g('sources/S3.md')] }),
    source('sources/S1.md'),
    source('sources/S2.md', '[[Bo]]'),
    source('sources/S3.md'),
    person('people/Ann.md'),
    person('people/Bo.md'),
    person('people/Cy.md', {
      person: { name: 'Cy', circle: 'personal', cadence: 30, platforms: [], emails: [], interactions: [{ date: '2026-11-01' as IsoDate, kind: 'feedback', direction: 'received', about: '[[Active]]' }] },
    }),
    person('people/Di.md'),
  ]);

  it('takes active and done goals unless portfolio: false, marked notes, and their sources', () => {
    const s = selectPortfolio(garden, {});
    expect(s.goals).toEqual(['goals/Active.md', 'goals/Done.md']);
    expect(s.notes).toEqual(['notes/Marked.md']);
    expect(s.sources).toEqual(['sources/S1.md', 'sources/S2.md']);
  });

  it('takes notes under a chosen tag, children included', () => {
    expect(selectPortfolio(garden, { includeTags: ['psych'] }).notes).toEqual(['notes/Marked.md', 'notes/Tagged.md']);
    expect(tagMatches('psych/dev', ['psych'])).toBe(true);
    expect(tagMatches('psychology', ['psych'])).toBe(false);
  });

  it('adds and removes by hand, removal winning', () => {
    const s = selectPortfolio(garden, { include: ['notes/Other.md', 'goals/Paused.md', 'sources/S3.md'], exclude: ['notes/Marked.md', 'goals/Done.md'] });
    expect(s.notes).toEqual(['notes/Other.md']);
    expect(s.goals).toEqual(['goals/Active.md', 'goals/Paused.md']);
    expect(s.sources).toEqual(['sources/S1.md', 'sources/S3.md']);
    expect(s.why.get(g('notes/Other.md'))).toBe('added by you');
  });

  it('lists the people behind: linked, sharing a chosen source, or with an interaction about a chosen plant', () => {
    const s = selectPortfolio(garden, {});
    expect(s.people).toEqual(['people/Ann.md', 'people/Bo.md', 'people/Cy.md']);
    expect([...(s.behind.get(g('people/Cy.md')) ?? [])]).toEqual(['goals/Active.md']);
    expect(selectPortfolio(garden, { exclude: ['people/Bo.md'] }).people).toEqual(['people/Ann.md', 'people/Cy.md']);
  });
});
