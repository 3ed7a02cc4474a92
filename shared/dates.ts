/**
 * Calendar dates as the garden stores them: `YYYY-MM-DD`, proleptic Gregorian, no time and
 * no zone. Pure: `now` is always passed in, so every caller and test is exact.
 *
 * Arithmetic is done on day numbers (days since 1970-01-01) with integer formulas rather
 * than through `Date`, so there is no daylight-saving hour, no `Date.UTC(99, …)` meaning
 * 1999, and no silent roll-over: `2024-02-30` is invalid, never March 1st.
 */
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Civil { year: number; month: number; day: number }

function civilFromString(value: string): Civil | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Days since 1970-01-01 (Howard Hinnant's `days_from_civil`). */
function dayNumber({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of `dayNumber` (Hinnant's `civil_from_days`). */
function civilFromDayNumber(days: number): Civil {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function format({ year, month, day }: Civil): IsoDate {
  if (year < 0 || year > MAX_YEAR) {
    throw new RangeError(`The year ${year} cannot be written as a YYYY-MM-DD date.`);
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** The civil parts of a branded date. A malformed IsoDate is a programming error, so it throws. */
function civilOf(date: IsoDate): Civil {
  const civil = typeof date === 'string' ? civilFromString(date) : null;
  if (!civil) throw new RangeError(`"${String(date)}" is not a valid YYYY-MM-DD date.`);
  return civil;
}

/**
 * A valid `YYYY-MM-DD` string, or a JS `Date` at exactly UTC midnight (what YAML 1.1 parsers
 * such as js-yaml produce for an unquoted date), becomes an IsoDate; anything else is null.
 * Strict: no surrounding spaces, no time part, no roll-over (`2024-02-30` → null).
 */
export function parseIsoDate(value: unknown): IsoDate | null {
  if (typeof value === 'string') {
    const civil = civilFromString(value);
    return civil ? format(civil) : null;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time) || time % MS_PER_DAY !== 0) return null;
    const civil = civilFromDayNumber(time / MS_PER_DAY);
    return civil.year >= 0 && civil.year <= MAX_YEAR ? format(civil) : null;
  }
  return null;
}

/** Whole days from `a` to `b` (b − a): positive when `b` is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(civilOf(b)) - dayNumber(civilOf(a));
}

/** `date` moved by `days` whole days (negative moves back). Throws for a non-integer count. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Cannot add ${days} days: a whole number is needed.`);
  return format(civilFromDayNumber(dayNumber(civilOf(date)) + days));
}

/** The UTC calendar date of a moment. Throws for an invalid Date. */
export function toIsoDate(date: Date): IsoDate {
  const time = date.getTime();
  if (!Number.isFinite(time)) throw new RangeError('An invalid Date has no calendar date.');
  return format(civilFromDayNumber(Math.floor(time / MS_PER_DAY)));
}

/**
 * The calendar date of `now`. UTC by default; pass the offset of the user's zone in minutes
 * east of UTC (in a process: `-now.getTimezoneOffset()`) to get their local date, so that
 * "today" does not change at a UTC midnight that is their afternoon.
 */
export function isoToday(now: Date, utcOffsetMinutes = 0): IsoDate {
  const offset = Number.isFinite(utcOffsetMinutes) ? utcOffsetMinutes : 0;
  return toIsoDate(new Date(now.getTime() + offset * 60_000));
}

/** -1, 0 or 1; IsoDates of four-digit years also sort correctly as plain strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date of `when` where the user is (the machine's time zone): what "today" means to them. */
export function localIsoDate(when: Date): IsoDate {
  return isoToday(when, -when.getTimezoneOffset());
}
