import { describe, expect, it } from 'vitest';
import type { TimeZone } from '../../shared/zones';
import {
  addDays,
  daysBetween,
  endOfDayInstant,
  isValidDate,
  isWorkingDay,
  lastDayOfPeriod,
  localDateOf,
  type DayUnit,
} from './calendar';

const NONE: ReadonlySet<string> = new Set();

describe('addDays', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-11-18', 7, '2024-11-25'],
    ['2024-11-18', 0, '2024-11-18'],
    ['2024-01-01', 366, '2025-01-01'],
    ['0050-01-01', 1, '0050-01-02'],
  ])('%s %+d → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-1-01', '24-01-01', '2024-01-01T00:00', ''])(
    'rejects %j',
    (date) => {
      expect(() => addDays(date, 1)).toThrow(RangeError);
    },
  );

  it('rejects a fractional number of days', () => {
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('isValidDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 1, 0, false],
    [2024, 4, 30, true],
    [2100, 2, 29, false],
    [2400, 2, 29, true],
    [4, 2, 29, true],
    [0, 2, 29, true],
  ])('%d-%d-%d → %s', (y, m, d, expected) => {
    expect(isValidDate(y, m, d)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2024-11-25', '2024-11-26', 1],
    ['2024-11-26', '2024-11-25', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-12-31', '2025-01-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2024-05-05', '2024-05-05', 0],
  ])('%s → %s = %d', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('isWorkingDay', () => {
  const holidays = new Set(['2024-12-25']);
  it.each([
    ['2024-11-15', true], // Friday
    ['2024-11-16', false], // Saturday
    ['2024-11-17', false], // Sunday
    ['2024-11-18', true], // Monday
    ['2024-12-25', false], // Wednesday, a holiday
    ['2024-12-24', true],
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });
});

describe('lastDayOfPeriod', () => {
  // Pemilu 2024-12: Christmas 25, cuti bersama 26, New Year 1 January.
  const yearEnd = new Set(['2024-12-25', '2024-12-26', '2025-01-01']);
  it.each<[string, number, DayUnit, ReadonlySet<string>, string]>([
    ['2024-11-18', 7, 'CALENDAR', NONE, '2024-11-25'],
    ['2024-11-18', 7, 'CALENDAR', yearEnd, '2024-11-25'],
    ['2024-02-25', 7, 'CALENDAR', NONE, '2024-03-03'],
    ['2024-12-28', 7, 'CALENDAR', yearEnd, '2025-01-04'],
    ['2024-11-15', 3, 'WORKING', NONE, '2024-11-20'], // Friday: Mon 18, Tue 19, Wed 20
    ['2024-11-16', 1, 'WORKING', NONE, '2024-11-18'], // Saturday start: Monday is day 1
    ['2024-11-18', 5, 'WORKING', NONE, '2024-11-25'],
    ['2024-12-23', 3, 'WORKING', NONE, '2024-12-26'],
    ['2024-12-23', 3, 'WORKING', yearEnd, '2024-12-30'], // Tue 24, Fri 27, Mon 30
    ['2024-12-20', 7, 'WORKING', yearEnd, '2025-01-03'], // 23 24 27 30 31, 2 3
    ['2024-11-18', 0, 'WORKING', NONE, '2024-11-18'],
    ['2024-11-18', 0, 'CALENDAR', NONE, '2024-11-18'],
  ])('%s + %d %s → %s', (start, days, unit, holidays, expected) => {
    expect(lastDayOfPeriod(start, days, unit, holidays)).toBe(expected);
  });

  it.each([-1, 1.5, NaN])('rejects %d days', (days) => {
    expect(() => lastDayOfPeriod('2024-11-18', days, 'WORKING', NONE)).toThrow(RangeError);
  });

  it('rejects a malformed start even for 0 days', () => {
    expect(() => lastDayOfPeriod('2024-02-30', 0, 'WORKING', NONE)).toThrow(RangeError);
  });
});

describe('endOfDayInstant', () => {
  it.each<[string, TimeZone, string]>([
    ['2024-11-25', 'Asia/Jakarta', '2024-11-25T17:00:00.000Z'],
    ['2024-11-25', 'Asia/Makassar', '2024-11-25T16:00:00.000Z'],
    ['2024-11-25', 'Asia/Jayapura', '2024-11-25T15:00:00.000Z'],
    ['2024-12-31', 'Asia/Jakarta', '2024-12-31T17:00:00.000Z'],
    ['2024-02-29', 'Asia/Jayapura', '2024-02-29T15:00:00.000Z'],
  ])('%s in %s ends at %s', (date, zone, expected) => {
    expect(endOfDayInstant(date, zone).toISOString()).toBe(expected);
  });
});

describe('localDateOf', () => {
  it.each<[string, TimeZone, string]>([
    ['2024-11-25T16:30:00Z', 'Asia/Jakarta', '2024-11-25'], // 23:30 WIB
    ['2024-11-25T16:30:00Z', 'Asia/Makassar', '2024-11-26'], // 00:30 WITA
    ['2024-11-25T16:30:00Z', 'Asia/Jayapura', '2024-11-26'], // 01:30 WIT
    ['2024-11-25T16:59:59.999Z', 'Asia/Jakarta', '2024-11-25'],
    ['2024-11-25T17:00:00Z', 'Asia/Jakarta', '2024-11-26'],
    ['2024-11-25T14:59:59.999Z', 'Asia/Jayapura', '2024-11-25'],
    ['2024-11-25T15:00:00Z', 'Asia/Jayapura', '2024-11-26'],
    ['2024-12-31T17:00:00Z', 'Asia/Jakarta', '2025-01-01'],
    ['2024-11-24T17:00:00Z', 'Asia/Jakarta', '2024-11-25'], // local midnight opens the day
  ])('%s in %s → %s', (iso, zone, expected) => {
    expect(localDateOf(new Date(iso), zone)).toBe(expected);
  });

  it('the same date is a different instant in WIB and WIT', () => {
    const wib = endOfDayInstant('2024-11-25', 'Asia/Jakarta');
    const wit = endOfDayInstant('2024-11-25', 'Asia/Jayapura');
    expect(wib.getTime() - wit.getTime()).toBe(2 * 3_600_000);
    expect(localDateOf(wit, 'Asia/Jayapura')).toBe('2024-11-26');
    expect(localDateOf(wit, 'Asia/Jakarta')).toBe('2024-11-25');
  });

  it('rejects an invalid instant', () => {
    expect(() => localDateOf(new Date(NaN), 'Asia/Jakarta')).toThrow(RangeError);
  });
});
