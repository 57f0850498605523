import { describe, expect, it } from 'vitest';
import type { TimeZone } from '../../shared/zones';
import {
  checkRequirements,
  reportWindow,
  type ReportWindowRule,
  type RequirementCode,
  type RequirementInput,
  type RequirementWarning,
} from './requirements';

const PILKADA: ReportWindowRule = { days: 7, unit: 'CALENDAR' };
const PEMILU: ReportWindowRule = { days: 7, unit: 'WORKING' };
const NONE: ReadonlySet<string> = new Set();
// Christmas, cuti bersama, New Year.
const YEAR_END: ReadonlySet<string> = new Set(['2024-12-25', '2024-12-26', '2025-01-01']);

/** A web report meeting every requirement, with two witnesses. */
function report(over: Partial<RequirementInput> = {}): RequirementInput {
  return {
    kind: 'REPORT',
    reporter: { name: 'Siti Aminah', nikValid: true, address: 'Jl. Merdeka 1, Tigaraksa' },
    reportedParties: [{ name: 'Budi Santoso', address: 'Kantor Kecamatan Tigaraksa' }],
    knownOn: '2024-11-18',
    receivedAt: new Date('2024-11-20T03:00:00Z'),
    incidentOn: '2024-11-17',
    incidentRegionCode: '36.03.01.2001',
    zone: 'Asia/Jakarta',
    description: 'Kepala desa mengajak warga memilih pasangan calon nomor 1 dalam rapat desa.',
    evidenceCount: 2,
    witnessCount: 2,
    channel: 'WEB',
    ...over,
  };
}

/** A supervisor's finding: no reporter, no witnesses. */
function finding(over: Partial<RequirementInput> = {}): RequirementInput {
  return report({ kind: 'FINDING', reporter: null, witnessCount: 0, channel: 'FINDING', ...over });
}

describe('checkRequirements', () => {
  it('a complete report meets everything', () => {
    expect(checkRequirements(report(), PILKADA, NONE)).toEqual({
      formal: [
        { code: 'REPORTER_IDENTITY', met: true },
        { code: 'REPORTED_PARTY_NAME', met: true },
        { code: 'REPORTED_PARTY_ADDRESS', met: true },
        { code: 'WITHIN_WINDOW', met: true },
      ],
      material: [
        { code: 'TIME_AND_PLACE', met: true },
        { code: 'DESCRIPTION', met: true },
        { code: 'EVIDENCE', met: true },
      ],
      warnings: ['SIGNATURE_IN_PERSON'],
      missing: [],
      allMet: true,
      window: {
        lastDay: '2024-11-25',
        endsAt: '2024-11-25T17:00:00.000Z',
        receivedOn: '2024-11-20',
        lateByDays: 0,
      },
    });
  });

  it('a finding without a reporter meets the identity requirement and has no warnings', () => {
    const r = checkRequirements(finding(), PILKADA, NONE);
    expect(r.formal[0]).toEqual({ code: 'REPORTER_IDENTITY', met: true });
    expect(r.warnings).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.allMet).toBe(true);
  });

  it('nothing at all: every requirement missing, in order', () => {
    const input = report({
      reporter: null,
      reportedParties: [],
      receivedAt: new Date('2024-12-01T03:00:00Z'),
      incidentOn: null,
      incidentRegionCode: null,
      description: null,
      evidenceCount: 0,
      witnessCount: 0,
      channel: 'WALK_IN',
    });
    const r = checkRequirements(input, PILKADA, NONE);
    expect(r.missing).toEqual([
      'REPORTER_IDENTITY',
      'REPORTED_PARTY_NAME',
      'REPORTED_PARTY_ADDRESS',
      'WITHIN_WINDOW',
      'TIME_AND_PLACE',
      'DESCRIPTION',
      'EVIDENCE',
    ]);
    expect(r.allMet).toBe(false);
    expect(r.formal.every((s) => !s.met) && r.material.every((s) => !s.met)).toBe(true);
    expect(r.warnings).toEqual(['FEW_WITNESSES', 'SIGNATURE_IN_PERSON']);
    expect(r.window.lateByDays).toBe(6);
  });

  it.each<[string, Partial<RequirementInput>, RequirementCode[]]>([
    ['no reporter', { reporter: null }, ['REPORTER_IDENTITY']],
    ['reporter without name', { reporter: { name: null, nikValid: true, address: 'Jl. A' } }, ['REPORTER_IDENTITY']],
    ['reporter with blank name', { reporter: { name: '  ', nikValid: true, address: 'Jl. A' } }, ['REPORTER_IDENTITY']],
    ['invalid NIK', { reporter: { name: 'Siti', nikValid: false, address: 'Jl. A' } }, ['REPORTER_IDENTITY']],
    ['reporter without address', { reporter: { name: 'Siti', nikValid: true, address: '' } }, ['REPORTER_IDENTITY']],
    ['no reported party', { reportedParties: [] }, ['REPORTED_PARTY_NAME', 'REPORTED_PARTY_ADDRESS']],
    ['reported party without name', { reportedParties: [{ name: null, address: 'Jl. B' }] }, ['REPORTED_PARTY_NAME']],
    [
      "a second reported party's address missing",
      {
        reportedParties: [
          { name: 'Budi', address: 'Jl. B' },
          { name: 'Joko', address: null },
        ],
      },
      ['REPORTED_PARTY_ADDRESS'],
    ],
    [
      'reported party with blank address',
      { reportedParties: [{ name: 'Budi', address: ' \t' }] },
      ['REPORTED_PARTY_ADDRESS'],
    ],
    ['no incident date', { incidentOn: null }, ['TIME_AND_PLACE']],
    ['no incident region', { incidentRegionCode: null }, ['TIME_AND_PLACE']],
    ['description of 29 characters', { description: `  ${'a'.repeat(29)}  ` }, ['DESCRIPTION']],
    ['blank description', { description: '   ' }, ['DESCRIPTION']],
    ['no description', { description: null }, ['DESCRIPTION']],
    ['no evidence', { evidenceCount: 0 }, ['EVIDENCE']],
    ['description of exactly 30 characters', { description: ` ${'a'.repeat(30)} ` }, []],
  ])('%s → missing %j', (_label, over, missing) => {
    const r = checkRequirements(report(over), PILKADA, NONE);
    expect(r.missing).toEqual(missing);
    expect(r.allMet).toBe(missing.length === 0);
    const unmet = [...r.formal, ...r.material].filter((s) => !s.met).map((s) => s.code);
    expect(unmet).toEqual(missing);
  });

  it.each<[string, Partial<RequirementInput>, RequirementWarning[]]>([
    ['web report, 2 witnesses', {}, ['SIGNATURE_IN_PERSON']],
    ['web report, 1 witness', { witnessCount: 1 }, ['FEW_WITNESSES', 'SIGNATURE_IN_PERSON']],
    ['walk-in report, 0 witnesses', { channel: 'WALK_IN', witnessCount: 0 }, ['FEW_WITNESSES', 'SIGNATURE_IN_PERSON']],
    ['walk-in report, 3 witnesses', { channel: 'WALK_IN', witnessCount: 3 }, ['SIGNATURE_IN_PERSON']],
    ['finding, 0 witnesses', { kind: 'FINDING', channel: 'FINDING', reporter: null, witnessCount: 0 }, []],
  ])('%s → warnings %j', (_label, over, warnings) => {
    expect(checkRequirements(report(over), PILKADA, NONE).warnings).toEqual(warnings);
  });

  it('Pilkada, 7 calendar days: 23:30 WIB on the last day is in time, 01:30 WIT the next day is late', () => {
    const receivedAt = new Date('2024-11-25T16:30:00Z');
    const wib = checkRequirements(report({ knownOn: '2024-11-18', receivedAt }), PILKADA, NONE);
    expect(wib.window).toEqual({
      lastDay: '2024-11-25',
      endsAt: '2024-11-25T17:00:00.000Z',
      receivedOn: '2024-11-25',
      lateByDays: 0,
    });
    expect(wib.formal[3]).toEqual({ code: 'WITHIN_WINDOW', met: true });
    expect(wib.allMet).toBe(true);

    const wit = checkRequirements(report({ knownOn: '2024-11-18', receivedAt, zone: 'Asia/Jayapura' }), PILKADA, NONE);
    expect(wit.window).toEqual({
      lastDay: '2024-11-25',
      endsAt: '2024-11-25T15:00:00.000Z',
      receivedOn: '2024-11-26',
      lateByDays: 1,
    });
    expect(wit.formal[3]).toEqual({ code: 'WITHIN_WINDOW', met: false });
    expect(wit.missing).toEqual(['WITHIN_WINDOW']);
    expect(wit.allMet).toBe(false);
  });

  it('applies the rule to findings too', () => {
    const r = checkRequirements(finding({ receivedAt: new Date('2024-11-27T01:00:00Z') }), PILKADA, NONE);
    expect(r.missing).toEqual(['WITHIN_WINDOW']);
    expect(r.window.lateByDays).toBe(2);
  });
});

describe('reportWindow', () => {
  // Known Friday 2024-12-20; working days 23, 24, (25, 26 holidays), 27, 30, 31, (1 Jan), 2, 3.
  it.each<[string, ReportWindowRule, ReadonlySet<string>, string, TimeZone, string, string, number]>([
    ['2024-12-20', PEMILU, YEAR_END, '2025-01-03T16:59:59.999Z', 'Asia/Jakarta', '2025-01-03', '2025-01-03', 0],
    ['2024-12-20', PEMILU, YEAR_END, '2025-01-03T17:00:00.000Z', 'Asia/Jakarta', '2025-01-03', '2025-01-04', 1],
    ['2024-12-20', PEMILU, YEAR_END, '2025-01-06T02:00:00.000Z', 'Asia/Jakarta', '2025-01-03', '2025-01-06', 3],
    ['2024-12-20', PEMILU, YEAR_END, '2025-01-03T15:30:00.000Z', 'Asia/Makassar', '2025-01-03', '2025-01-03', 0],
    ['2024-12-20', PEMILU, YEAR_END, '2025-01-03T16:00:00.000Z', 'Asia/Makassar', '2025-01-03', '2025-01-04', 1],
    // Without the holidays the same window ends two working days earlier (Tue 31 Dec).
    ['2024-12-20', PEMILU, NONE, '2025-01-02T02:00:00.000Z', 'Asia/Jakarta', '2024-12-31', '2025-01-02', 2],
    // Pilkada counts calendar days, holidays included.
    ['2024-12-20', PILKADA, YEAR_END, '2024-12-27T16:59:00.000Z', 'Asia/Jakarta', '2024-12-27', '2024-12-27', 0],
    ['2024-12-20', PILKADA, YEAR_END, '2024-12-30T01:00:00.000Z', 'Asia/Jakarta', '2024-12-27', '2024-12-30', 3],
    // Known in the future (rejected by the server elsewhere): not late.
    ['2024-12-01', PILKADA, NONE, '2024-11-20T03:00:00.000Z', 'Asia/Jakarta', '2024-12-08', '2024-11-20', 0],
    // Received on the day it became known.
    ['2024-11-18', PILKADA, NONE, '2024-11-18T01:00:00.000Z', 'Asia/Jayapura', '2024-11-25', '2024-11-18', 0],
  ])('known %s, %j, received %s in %s → last day %s, received on %s, late by %d', (...row) => {
    const [knownOn, rule, holidays, receivedIso, zone, lastDay, receivedOn, lateByDays] = row;
    const w = reportWindow(knownOn, new Date(receivedIso), zone, rule, holidays);
    expect(w).toEqual({ lastDay, endsAt: w.endsAt, receivedOn, lateByDays });
  });

  it('ends at the end of the last day in the zone', () => {
    const at = new Date('2025-01-02T00:00:00Z');
    expect(reportWindow('2024-12-20', at, 'Asia/Jakarta', PEMILU, YEAR_END).endsAt).toBe('2025-01-03T17:00:00.000Z');
    expect(reportWindow('2024-12-20', at, 'Asia/Jayapura', PEMILU, YEAR_END).endsAt).toBe('2025-01-03T15:00:00.000Z');
  });

  it('Pemilu via checkRequirements: late across a weekend and holidays', () => {
    const input = report({ knownOn: '2024-12-20', receivedAt: new Date('2025-01-06T02:00:00Z') });
    const r = checkRequirements(input, PEMILU, YEAR_END);
    expect(r.missing).toEqual(['WITHIN_WINDOW']);
    expect(r.window).toEqual({
      lastDay: '2025-01-03',
      endsAt: '2025-01-03T17:00:00.000Z',
      receivedOn: '2025-01-06',
      lateByDays: 3,
    });
  });
});
