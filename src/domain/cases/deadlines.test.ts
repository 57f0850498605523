import { describe, expect, it } from 'vitest';
import type { DeadlineCode, DeadlineState, Regime } from '../../shared/cases';
import type { TimeZone } from '../../shared/zones';
import { computeDeadline, deadlineState, explainDeadline, ruleFor, startDateOf, type DeadlineRule } from './deadlines';

/** Test rows shaped like the reference table: days as DOMAIN.md §1 and §3 give them; dates and sources illustrative. */
const RULES: DeadlineRule[] = [
  {
    regime: 'PILKADA',
    code: 'REPORT_WINDOW',
    effectiveFrom: '2020-01-01',
    days: 7,
    unit: 'CALENDAR',
    source: 'UU 1/2015 jo. UU 10/2016 (test row)',
  },
  {
    regime: 'PILKADA',
    code: 'DECISION',
    effectiveFrom: '2020-01-01',
    days: 3,
    unit: 'CALENDAR',
    source: 'UU 1/2015 jo. UU 10/2016 (test row)',
  },
  {
    regime: 'PILKADA',
    code: 'DECISION_EXTENSION',
    effectiveFrom: '2020-01-01',
    days: 2,
    unit: 'CALENDAR',
    source: 'UU 1/2015 jo. UU 10/2016 (test row)',
  },
  {
    regime: 'PILKADA',
    code: 'COMPLETION',
    effectiveFrom: '2020-01-01',
    days: 3,
    unit: 'CALENDAR',
    source: 'Perbawaslu 8/2020',
  },
  {
    regime: 'PILKADA',
    code: 'COMPLETION',
    effectiveFrom: '2024-08-01',
    days: 2,
    unit: 'CALENDAR',
    source: 'Perbawaslu 9/2024',
  },
  { regime: 'PILKADA', code: 'FILE_RETURN', effectiveFrom: '2020-01-01', days: 3, unit: 'WORKING', source: 'Gakkumdu' },
  {
    regime: 'PEMILU',
    code: 'REPORT_WINDOW',
    effectiveFrom: '2017-08-16',
    days: 7,
    unit: 'WORKING',
    source: 'UU 7/2017 (test row)',
  },
  { regime: 'PEMILU', code: 'DECISION', effectiveFrom: '2017-08-16', days: 7, unit: 'CALENDAR', source: 'UU 7/2017' },
  {
    regime: 'PEMILU',
    code: 'DECISION_EXTENSION',
    effectiveFrom: '2017-08-16',
    days: 7,
    unit: 'WORKING',
    source: 'UU 7/2017',
  },
];
const NONE: ReadonlySet<string> = new Set();
const VOTING_DAY: ReadonlySet<string> = new Set(['2024-11-27']);
const WIB: TimeZone = 'Asia/Jakarta';
const WITA: TimeZone = 'Asia/Makassar';
const WIT: TimeZone = 'Asia/Jayapura';

describe('ruleFor', () => {
  it.each<[Regime, DeadlineCode, string, string | null]>([
    ['PILKADA', 'COMPLETION', '2024-07-31', 'Perbawaslu 8/2020'],
    ['PILKADA', 'COMPLETION', '2024-08-01', 'Perbawaslu 9/2024'],
    ['PILKADA', 'COMPLETION', '2030-01-01', 'Perbawaslu 9/2024'],
    ['PILKADA', 'COMPLETION', '2019-12-31', null],
    ['PEMILU', 'COMPLETION', '2024-08-01', null],
    ['PEMILU', 'REPORT_WINDOW', '2017-08-16', 'UU 7/2017 (test row)'],
  ])('%s %s on %s → %s', (regime, code, on, source) => {
    expect(ruleFor(RULES, regime, code, on)?.source ?? null).toBe(source);
  });

  it('does not depend on the order of the rows', () => {
    expect(ruleFor([...RULES].reverse(), 'PILKADA', 'COMPLETION', '2024-09-01')?.days).toBe(2);
  });

  it.each(['2024-02-30', '2024-8-1', ''])('rejects the date %j', (on) => {
    expect(() => ruleFor(RULES, 'PILKADA', 'COMPLETION', on)).toThrow(RangeError);
  });
});

describe('computeDeadline', () => {
  it.each<[string, Regime, DeadlineCode, string, TimeZone, ReadonlySet<string>, string, string]>([
    [
      'issue example (WITA)',
      'PILKADA',
      'REPORT_WINDOW',
      '2024-11-10',
      WITA,
      NONE,
      '2024-11-17',
      '2024-11-17T16:00:00.000Z',
    ],
    [
      'same last day in WIB',
      'PILKADA',
      'REPORT_WINDOW',
      '2024-11-10',
      WIB,
      NONE,
      '2024-11-17',
      '2024-11-17T17:00:00.000Z',
    ],
    [
      'same last day in WIT',
      'PILKADA',
      'REPORT_WINDOW',
      '2024-11-10',
      WIT,
      NONE,
      '2024-11-17',
      '2024-11-17T15:00:00.000Z',
    ],
    ['month end', 'PILKADA', 'DECISION', '2024-01-29', WIB, NONE, '2024-02-01', '2024-02-01T17:00:00.000Z'],
    ['year end', 'PILKADA', 'DECISION', '2024-12-30', WIB, NONE, '2025-01-02', '2025-01-02T17:00:00.000Z'],
    ['onto a leap day', 'PILKADA', 'DECISION', '2024-02-26', WIB, NONE, '2024-02-29', '2024-02-29T17:00:00.000Z'],
    ['over a leap day', 'PILKADA', 'DECISION', '2024-02-27', WIB, NONE, '2024-03-01', '2024-03-01T17:00:00.000Z'],
    ['no leap day in 2023', 'PILKADA', 'DECISION', '2023-02-27', WIB, NONE, '2023-03-02', '2023-03-02T17:00:00.000Z'],
    [
      'Friday start, working days',
      'PILKADA',
      'FILE_RETURN',
      '2024-11-15',
      WIB,
      NONE,
      '2024-11-20',
      '2024-11-20T17:00:00.000Z',
    ],
    [
      'voting day inside the window',
      'PILKADA',
      'FILE_RETURN',
      '2024-11-25',
      WIB,
      VOTING_DAY,
      '2024-11-29',
      '2024-11-29T17:00:00.000Z',
    ],
    [
      'same window without the holiday',
      'PILKADA',
      'FILE_RETURN',
      '2024-11-25',
      WIB,
      NONE,
      '2024-11-28',
      '2024-11-28T17:00:00.000Z',
    ],
    [
      'Pemilu report window, 7 working days',
      'PEMILU',
      'REPORT_WINDOW',
      '2024-02-14',
      WIT,
      NONE,
      '2024-02-23',
      '2024-02-23T15:00:00.000Z',
    ],
    [
      'old rule version (3 days)',
      'PILKADA',
      'COMPLETION',
      '2024-07-31',
      WIB,
      NONE,
      '2024-08-03',
      '2024-08-03T17:00:00.000Z',
    ],
    [
      'new rule version (2 days)',
      'PILKADA',
      'COMPLETION',
      '2024-08-05',
      WIB,
      NONE,
      '2024-08-07',
      '2024-08-07T17:00:00.000Z',
    ],
  ])('%s', (_name, regime, code, start, zone, holidays, lastDay, dueAt) => {
    const result = computeDeadline({ rules: RULES, regime, code, start, zone, holidays });
    expect(result).toMatchObject({ code, start, lastDay, zone });
    expect(result?.dueAt.toISOString()).toBe(dueAt);
    expect(result?.extendedBy).toBeUndefined();
  });

  it.each<[string, Regime, string, ReadonlySet<string>, string, string, string]>([
    ['Pilkada: received Monday', 'PILKADA', '2024-11-18', NONE, '2024-11-21', '2024-11-23', '2024-11-23T16:00:00.000Z'],
    [
      'Pemilu: extension in working days',
      'PEMILU',
      '2024-11-18',
      NONE,
      '2024-11-25',
      '2024-12-04',
      '2024-12-04T16:00:00.000Z',
    ],
    [
      'Pemilu: holiday in the extension',
      'PEMILU',
      '2024-11-18',
      VOTING_DAY,
      '2024-11-25',
      '2024-12-05',
      '2024-12-05T16:00:00.000Z',
    ],
  ])('DECISION + DECISION_EXTENSION, %s', (_name, regime, start, holidays, extendedFrom, lastDay, dueAt) => {
    const result = computeDeadline({
      rules: RULES,
      regime,
      code: 'DECISION',
      start,
      zone: WITA,
      holidays,
      extension: 'DECISION_EXTENSION',
    });
    expect(result).toMatchObject({ code: 'DECISION', start, lastDay, extendedFrom });
    expect(result?.rule.code).toBe('DECISION');
    expect(result?.extendedBy?.code).toBe('DECISION_EXTENSION');
    expect(result?.dueAt.toISOString()).toBe(dueAt);
  });

  it.each<[string, DeadlineCode, DeadlineCode | undefined, string]>([
    ['no rule for the code', 'APPEAL', undefined, '2024-11-18'],
    ['no rule on the start date', 'DECISION', undefined, '2019-12-31'],
    ['no rule for the extension', 'DECISION', 'APPEAL', '2024-11-18'],
  ])('null when %s', (_name, code, extension, start) => {
    const input = { rules: RULES, regime: 'PILKADA' as const, code, start, zone: WIB, holidays: NONE };
    expect(computeDeadline(extension ? { ...input, extension } : input)).toBeNull();
  });
});

describe('startDateOf', () => {
  it.each<[string, TimeZone, string]>([
    ['2024-11-17T16:59:59.999Z', WIB, '2024-11-17'],
    ['2024-11-17T17:00:00.000Z', WIB, '2024-11-18'],
    ['2024-11-17T15:00:00.000Z', WIT, '2024-11-18'],
  ])('%s in %s → %s', (instant, zone, date) => {
    expect(startDateOf(new Date(instant), zone)).toBe(date);
  });
});

describe('deadlineState', () => {
  const due = new Date('2024-11-17T16:00:00.000Z');
  it.each<[string, string, number | undefined, DeadlineState]>([
    ['exactly at dueAt', '2024-11-17T16:00:00.000Z', undefined, 'OVERDUE'],
    ['after dueAt', '2024-12-01T00:00:00.000Z', undefined, 'OVERDUE'],
    ['1 ms before', '2024-11-17T15:59:59.999Z', undefined, 'DUE_SOON'],
    ['exactly 24 h before', '2024-11-16T16:00:00.000Z', undefined, 'DUE_SOON'],
    ['24 h and 1 ms before', '2024-11-16T15:59:59.999Z', undefined, 'OK'],
    ['48 h before, window 48 h', '2024-11-15T16:00:00.000Z', 48, 'DUE_SOON'],
    ['2 h before, window 1 h', '2024-11-17T14:00:00.000Z', 1, 'OK'],
  ])('%s → %s', (_name, now, hours, state) => {
    expect(deadlineState(due, new Date(now), hours)).toBe(state);
  });

  it('rejects an invalid instant', () => {
    expect(() => deadlineState(due, new Date('nope'))).toThrow(RangeError);
  });
});

describe('explainDeadline', () => {
  it('explains the issue example', () => {
    const result = computeDeadline({
      rules: RULES,
      regime: 'PILKADA',
      code: 'REPORT_WINDOW',
      start: '2024-11-10',
      zone: WITA,
      holidays: NONE,
    });
    expect(result && explainDeadline(result)).toEqual({
      lastDay: '2024-11-17',
      zoneLabel: 'WITA',
      dueAt: '2024-11-17T16:00:00.000Z',
      rule: {
        code: 'REPORT_WINDOW',
        regime: 'PILKADA',
        effectiveFrom: '2020-01-01',
        days: 7,
        unit: 'CALENDAR',
        source: 'UU 1/2015 jo. UU 10/2016 (test row)',
      },
      text:
        'Hari terakhir 2024-11-17, berakhir pukul 24.00 WITA (2024-11-17T16:00:00.000Z) — 7 hari kalender sejak 2024-11-10 ' +
        '(PILKADA REPORT_WINDOW, berlaku sejak 2020-01-01, UU 1/2015 jo. UU 10/2016 (test row)) / ' +
        'Last day 2024-11-17, ends at 24:00 WITA (2024-11-17T16:00:00.000Z) — 7 calendar days from 2024-11-10 ' +
        '(PILKADA REPORT_WINDOW, in force from 2020-01-01, UU 1/2015 jo. UU 10/2016 (test row))',
    });
  });

  it('names the extension and the day it was counted from', () => {
    const result = computeDeadline({
      rules: RULES,
      regime: 'PILKADA',
      code: 'DECISION',
      start: '2024-11-18',
      zone: WIB,
      holidays: NONE,
      extension: 'DECISION_EXTENSION',
    });
    const explained = result && explainDeadline(result);
    expect(explained?.extension).toMatchObject({ code: 'DECISION_EXTENSION', days: 2 });
    expect(explained?.text).toContain('diperpanjang 2 hari kalender sejak 2024-11-21');
    expect(explained?.text).toContain('extended by 2 calendar days from 2024-11-21');
    expect(explained?.text).toContain('Last day 2024-11-23, ends at 24:00 WIB (2024-11-23T17:00:00.000Z)');
  });
});
