import { describe, expect, it } from 'vitest';
import { filterChoices, filterPeople, formatBalance, NO_FILTER, personRows, sortPeople } from '../../../../../renderer/src/views/people/people-model';
import { day, plant } from '../../helpers/plants';
import { PEOPLE } from './fixtures';

const today = day('2026-11-25');
const rows = personRows([...PEOPLE, plant('notes/Not a person.md')], today);
const names = (list: { name: string }[]) => list.map((r) => r.name);

describe('personRows', () => {
  it('reads each column from the person and the health model; the clock is the last logged interaction up to today', () => {
    expect(rows).toHaveLength(4);
    const priya = rows.find((r) => r.name === 'Priya Raman');
    expect(priya).toMatchObject({
      circle: 'both', platforms: ['Reddit', 'X'], tags: ['phonics', 'zpd'], last: '2026-10-16', daysSince: 40, cadence: 14,
      daysOverdue: 26, state: 'wilting', reciprocity: 'balanced', balance: 0.2, gave: 3, received: 2, losingTouch: true,
    });
    // A logged interaction dated after today does not count yet (as in the health model).
    expect(rows.find((r) => r.name === 'Tess Nakamura')?.last).toBe('2026-11-15');
    expect(rows.find((r) => r.name === 'Ana New')).toMatchObject({ last: null, daysOverdue: 56, losingTouch: true });
    expect(rows.find((r) => r.name === 'Jordan Ellis')).toMatchObject({ daysOverdue: 0, losingTouch: false, balance: -1, gave: 0, received: 3 });
  });
});

describe('filterPeople', () => {
  it('filters by each column, and "losing touch" is past the cadence', () => {
    expect(names(filterPeople(rows, { ...NO_FILTER, losingTouch: true }))).toEqual(['Priya Raman', 'Ana New']);
    expect(names(filterPeople(rows, { ...NO_FILTER, circle: 'personal' }))).toEqual(['Tess Nakamura', 'Ana New']);
    expect(names(filterPeople(rows, { ...NO_FILTER, platform: 'Reddit' }))).toEqual(['Priya Raman', 'Jordan Ellis', 'Tess Nakamura']);
    expect(names(filterPeople(rows, { ...NO_FILTER, tag: 'PHONICS' }))).toEqual(['Priya Raman', 'Jordan Ellis']);
    expect(names(filterPeople(rows, { ...NO_FILTER, state: 'thriving' }))).toEqual(['Tess Nakamura']);
    expect(names(filterPeople(rows, { ...NO_FILTER, reciprocity: 'only-taking' }))).toEqual(['Jordan Ellis']);
    expect(names(filterPeople(rows, { ...NO_FILTER, contact: 'never' }))).toEqual(['Ana New']);
    expect(names(filterPeople(rows, { ...NO_FILTER, contact: 'within-30' }))).toEqual(['Jordan Ellis', 'Tess Nakamura']);
    expect(names(filterPeople(rows, { ...NO_FILTER, contact: 'over-30' }))).toEqual(['Priya Raman', 'Ana New']);
    expect(names(filterPeople(rows, { ...NO_FILTER, overdueOnly: true }))).toEqual(['Priya Raman', 'Ana New']);
    expect(names(filterPeople(rows, { ...NO_FILTER, text: 'raman' }))).toEqual(['Priya Raman']);
    expect(filterChoices(rows)).toEqual({ platforms: ['Instagram', 'Reddit', 'X', 'YouTube'], tags: ['betta-fish', 'phonics', 'zpd'] });
  });
});

describe('sortPeople', () => {
  it('sorts by each column, most urgent first where it starts descending, ties by name', () => {
    expect(names(sortPeople(rows, 'overdue', 'descending'))).toEqual(['Ana New', 'Priya Raman', 'Jordan Ellis', 'Tess Nakamura']);
    expect(names(sortPeople(rows, 'last', 'ascending'))).toEqual(['Ana New', 'Priya Raman', 'Jordan Ellis', 'Tess Nakamura']);
    expect(names(sortPeople(rows, 'state', 'descending'))).toEqual(['Ana New', 'Priya Raman', 'Jordan Ellis', 'Tess Nakamura']);
    expect(names(sortPeople(rows, 'balance', 'ascending'))).toEqual(['Jordan Ellis', 'Ana New', 'Tess Nakamura', 'Priya Raman']);
    expect(names(sortPeople(rows, 'circle', 'ascending'))).toEqual(['Jordan Ellis', 'Priya Raman', 'Ana New', 'Tess Nakamura']);
    expect(names(sortPeople(rows, 'name', 'descending'))).toEqual(['Tess Nakamura', 'Priya Raman', 'Jordan Ellis', 'Ana New']);
  });

  it('prints a balance with its sign', () => {
    expect([formatBalance(1 / 3), formatBalance(-1), formatBalance(0), formatBalance(null)]).toEqual(['+0.33', '−1.00', '0.00', '—']);
  });
});

