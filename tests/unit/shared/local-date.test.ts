import { afterEach, describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../shared/dates';

describe('localIsoDate', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('is the calendar day where the user is, not in UTC', () => {
    const instant = new Date('2026-11-26T03:30:00Z');
    process.env.TZ = 'America/Los_Angeles'; // 19:30 on the 25th there
    expect(localIsoDate(instant)).toBe('2026-11-25');
    process.env.TZ = 'Asia/Tokyo'; // 12:30 on the 26th there
    expect(localIsoDate(instant)).toBe('2026-11-26');
    process.env.TZ = 'Pacific/Kiritimati'; // 17:30 on the 26th (UTC+14)
    expect(localIsoDate(new Date('2026-11-25T12:00:00Z'))).toBe('2026-11-26');
  });
});
