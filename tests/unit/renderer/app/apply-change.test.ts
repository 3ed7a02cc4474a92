import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../../renderer/src/app/apply-change';
import { change, gp, plant, snapshot } from '../helpers/plants';

describe('applyChange', () => {
  const base = {
    ...snapshot([plant('a.md'), plant('b.md'), plant('c.md')]),
    links: [
      { from: gp('a.md'), to: gp('b.md') },
      { from: gp('b.md'), to: gp('c.md') },
      { from: gp('c.md'), to: gp('a.md') },
    ],
    seeds: [{ target: 'Old seed', mentionedIn: [gp('a.md')] }],
  };

  it('replaces changed plants in place, adds new ones and drops removed ones', () => {
    const next = applyChange(base, change({
      changed: [gp('b.md'), gp('d.md')],
      removed: [gp('c.md')],
      plants: [plant('b.md', { title: 'B renamed' }), plant('d.md')],
    }));
    expect(next.plants.map((p) => p.title)).toEqual(['a', 'B renamed', 'd']);
    expect(base.plants.map((p) => p.title)).toEqual(['a', 'b', 'c']);
  });

  it('replaces the outgoing links of relinked plants and drops links touching removed ones', () => {
    const next = applyChange(base, change({
      removed: [gp('c.md')],
      links: [{ from: gp('a.md'), to: [gp('d.md'), gp('d.md'), gp('a.md'), gp('b.md')] }],
    }));
    expect(next.links).toEqual([
      { from: gp('a.md'), to: gp('d.md') },
      { from: gp('a.md'), to: gp('b.md') },
    ]);
  });

  it('replaces the seeds and keeps name and date', () => {
    const seeds = [{ target: 'New seed', mentionedIn: [gp('b.md')] }];
    const next = applyChange(base, change({ seeds }));
    expect(next.seeds).toEqual(seeds);
    expect(next.name).toBe(base.name);
    expect(next.today).toBe(base.today);
  });
});
