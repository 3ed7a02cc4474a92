import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, compareIsoDates, daysBetween, daysInMonth, isLeapYear, isoToday, parseIsoDate, toIsoDate,
} from '../../../shared/dates';
import type { IsoDate } from '../../../shared/types';

const d = (s: string) => s as IsoDate;

describe('parseIsoDate', () => {
  it('accepts valid dates, including leap days', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('2026-12-31')).toBe('2026-12-31');
    expect(parseIsoDate('0001-01-01')).toBe('0001-01-01');
    expect(parseIsoDate('9999-12-31')).toBe('9999-12-31');
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2024-04-31')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('2024-00-10')).toBeNull();
    expect(parseIsoDate('2024-01-00')).toBeNull();
    expect(parseIsoDate('2024-01-32')).toBeNull();
  });

  it('rejects other strings and shapes', () => {
    for (const bad of [
      '', '2024-1-05', '24-01-05', '2024/01/05', ' 2024-01-05', '2024-01-05 ', '2024-01-05T00:00:00Z',
      '20240105', '+002024-01-05', 'yesterday', '２０２４-01-05', '2024-01-05\n',
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it('rejects non-strings except a Date at UTC midnight', () => {
    expect(parseIsoDate(20240105)).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
    expect(parseIsoDate(['2024-01-05'])).toBeNull();
    expect(parseIsoDate({ date: '2024-01-05' })).toBeNull();
    expect(parseIsoDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(parseIsoDate(new Date(Date.UTC(1969, 11, 31)))).toBe('1969-12-31');
    expect(parseIsoDate(new Date(Date.UTC(2024, 1, 29, 0, 0, 0, 1)))).toBeNull();
    expect(parseIsoDate(new Date(Date.UTC(2024, 1, 29, 12)))).toBeNull();
    expect(parseIsoDate(new Date(Number.NaN))).toBeNull();
    expect(parseIsoDate(new Date(Date.UTC(10000, 0, 1)))).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('counts whole days from a to b', () => {
    expect(daysBetween(d('2024-01-01'), d('2024-01-01'))).toBe(0);
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2023-02-28'), d('2023-03-01'))).toBe(1);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2023-01-01'), d('2024-01-01'))).toBe(365);
    expect(daysBetween(d('2025-01-01'), d('2024-01-01'))).toBe(-366);
    expect(daysBetween(d('1970-01-01'), d('2000-03-01'))).toBe(11_017);
    expect(daysBetween(d('1899-12-31'), d('1900-03-01'))).toBe(60);
  });

  it('is not disturbed by daylight-saving changes (whole UTC days)', () => {
    expect(daysBetween(d('2024-03-30'), d('2024-04-01'))).toBe(2);
    expect(daysBetween(d('2024-10-26'), d('2024-10-28'))).toBe(2);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2024-02-29'), 1)).toBe('2024-03-01');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(d('2024-03-01'), -1)).toBe('2024-02-29');
    expect(addDays(d('2024-01-15'), 0)).toBe('2024-01-15');
    expect(addDays(d('2024-01-01'), 366)).toBe('2025-01-01');
  });

  it('refuses fractional days and malformed dates loudly', () => {
    expect(() => addDays(d('2024-01-01'), 1.5)).toThrow(RangeError);
    expect(() => addDays(d('2024-01-01'), Number.NaN)).toThrow(RangeError);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => daysBetween(d('2024-02-30'), d('2024-03-01'))).toThrow(RangeError);
  });

  it('round-trips through Date for any day of years 1..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), fc.integer({ min: -400, max: 400 }), (day, n) => {
        const date = toIsoDate(new Date(day * 86_400_000));
        expect(parseIsoDate(date)).toBe(date);
        expect(daysBetween(d('1970-01-01'), date)).toBe(day);
        const moved = day + n;
        if (moved >= -719_162 && moved <= 2_932_896) {
          expect(addDays(date, n)).toBe(toIsoDate(new Date(moved * 86_400_000)));
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        }
      }),
    );
  });
});

describe('toIsoDate and isoToday', () => {
  it('formats the UTC date of a moment', () => {
    expect(toIsoDate(new Date('2024-02-29T23:59:59.999Z'))).toBe('2024-02-29');
    expect(toIsoDate(new Date('2024-03-01T00:00:00.000Z'))).toBe('2024-03-01');
    expect(toIsoDate(new Date('1969-12-31T12:00:00Z'))).toBe('1969-12-31');
    expect(toIsoDate(new Date('0099-05-06T00:00:00Z'))).toBe('0099-05-06');
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('gives today in UTC, or in a given zone', () => {
    const now = new Date('2026-11-02T23:30:00Z');
    expect(isoToday(now)).toBe('2026-11-02');
    expect(isoToday(now, 60)).toBe('2026-11-03');
    expect(isoToday(new Date('2026-11-02T03:00:00Z'), -300)).toBe('2026-11-01');
    expect(isoToday(now, Number.NaN)).toBe('2026-11-02');
  });

  it('orders dates', () => {
    expect(compareIsoDates(d('2024-01-02'), d('2024-01-10'))).toBe(-1);
    expect(compareIsoDates(d('2024-01-10'), d('2024-01-10'))).toBe(0);
    expect(compareIsoDates(d('2025-01-01'), d('2024-12-31'))).toBe(1);
  });
});

