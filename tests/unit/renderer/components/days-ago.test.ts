import { describe, expect, it } from 'vitest';
import { daysAgoText } from '../../../../renderer/src/components/days-ago';

describe('daysAgoText', () => {
  it('says a day count as the network views show it, ahead or behind', () => {
    expect([-3, -1, 0, 1, 2, 40].map(daysAgoText)).toEqual(['in 3 days', 'in 1 day', 'today', 'yesterday', '2 days ago', '40 days ago']);
  });
});
