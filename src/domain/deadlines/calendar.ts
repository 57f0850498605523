/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates and Indonesian deadline counting (DOMAIN.md §1):
 * day 1 is the day after the start event, and a period ends at the end of its last day in the
 * incident region's zone. Pure: dates are computed with UTC `Date`s, never the host's zone.
 */
import type { TimeZone } from '../../shared/zones';

/** How a period is counted: every day, or Monday–Friday without holidays and collective leave. */
export type DayUnit = 'CALENDAR' | 'WORKING';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** UTC offset in hours of each Indonesian zone; none of them observes daylight saving time. */
const ZONE_OFFSET_HOURS: Record<TimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** True when year, month (1–12) and day form a date of the proleptic Gregorian calendar. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

/** Milliseconds at UTC midnight of a 'YYYY-MM-DD' date; throws a RangeError on anything else. */
function toUtcMs(date: string): number {
  const m = DATE_RE.exec(date);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!isValidDate(year, month, day)) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return d.getTime();
}

/** 'YYYY-MM-DD' of the UTC calendar day containing `ms`. */
function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Calendar days from `a` to `b` (negative when `b` is before `a`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** Monday to Friday and not in `holidays` (national holidays and cuti bersama, as 'YYYY-MM-DD'). */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/**
 * Last day of a period of `days` days that starts with an event on `start`: day 1 is the day after
 * `start`. CALENDAR: `start + days`; WORKING: the `days`-th working day after `start`. 0 days → `start`.
 */
export function lastDayOfPeriod(start: string, days: number, unit: DayUnit, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a period length: ${days}`);
  if (unit === 'CALENDAR') return addDays(start, days);
  let day = addDays(start, 0); // validates `start` even when `days` is 0
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return day;
}

/** The first instant after `date` ends in `zone`, i.e. local midnight starting the next day. */
export function endOfDayInstant(date: string, zone: TimeZone): Date {
  return new Date(toUtcMs(date) + DAY_MS - ZONE_OFFSET_HOURS[zone] * HOUR_MS);
}

/** The calendar date that `instant` falls on in `zone`. */
export function localDateOf(instant: Date, zone: TimeZone): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return fromUtcMs(ms + ZONE_OFFSET_HOURS[zone] * HOUR_MS);
}
