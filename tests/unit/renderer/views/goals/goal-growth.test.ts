import { describe, expect, it } from 'vitest';
import { dueText, goalRows } from '../../../../../renderer/src/views/goals/goal-growth';
import { day, gp, plant, snapshot } from '../../helpers/plants';

const goal = (title: string, due: string | null, status: 'active' | 'done' | 'paused' = 'active', horizon: 'academic' | 'personal' = 'academic') =>
  plant(`goals/${title}.md`, { kind: 'goal', title, goal: { horizon, due: due === null ? null : day(due), status } });

describe('goalRows (today 2026-11-25)', () => {
  const snap = {
    ...snapshot([
      goal('ZPD paper', '2027-03-19'),
      goal('Speaking', '2026-11-20', 'active', 'personal'),
      goal('Old', null, 'done'),
      plant('notes/Outline.md', { title: 'Outline', modified: day('2026-11-20') }),
      plant('people/Helen.md', { kind: 'person', title: 'Helen', modified: day('2026-11-24') }),
      plant('notes/Stale.md', { title: 'Stale', modified: day('2026-10-26') }),
      plant('notes/Edge.md', { title: 'Edge', modified: day('2026-10-27') }),
    ]),
    links: [
      { from: gp('notes/Outline.md'), to: gp('goals/ZPD paper.md') },
      { from: gp('goals/ZPD paper.md'), to: gp('people/Helen.md') },
      { from: gp('notes/Stale.md'), to: gp('goals/ZPD paper.md') },
      { from: gp('notes/Edge.md'), to: gp('goals/ZPD paper.md') },
      { from: gp('goals/ZPD paper.md'), to: gp('goals/ZPD paper.md') },
    ],
  };
  const rows = goalRows(snap);

  it('lists linked plants both ways and what changed in the last 30 days, newest first', () => {
    const zpd = rows.find((r) => r.plant.title === 'ZPD paper')!;
    expect(zpd.linked.map((p) => p.title)).toEqual(['Edge', 'Outline', 'Stale', 'Helen']);
    // 29 days ago is in, 30 days ago is out (the health model's goal stall is 30 days).
    expect(zpd.growth.map((g) => [g.plant.title, g.daysAgo])).toEqual([['Helen', 1], ['Outline', 5], ['Edge', 29]]);
    expect(dueText(zpd)).toBe('Due 2027-03-19, in 114 days');
  });

  it('orders active goals by due date, done last, and says when one is late', () => {
    expect(rows.map((r) => r.plant.title)).toEqual(['Speaking', 'ZPD paper', 'Old']);
    expect(dueText(rows[0]!)).toBe('Was due 2026-11-20, 5 days ago');
    expect(dueText(rows[2]!)).toBe('No due date');
  });
});
