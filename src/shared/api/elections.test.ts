import { describe, expect, it } from 'vitest';
import { ElectionCreate, ElectionUpdate, HolidayUpsert, isCalendarDate } from './elections';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2024-11-27', '2026-12-31', '1900-01-01', '2199-12-31'])('%s is a date', (s) => {
    expect(isCalendarDate(s)).toBe(true);
  });
  it.each([
    '2025-02-29',
    '1900-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '24-11-27',
    '2024-11-27T00:00',
    '',
    '1899-12-31',
    '2200-01-01',
    '２０２４-01-01',
  ])('%j is not', (s) => {
    expect(isCalendarDate(s)).toBe(false);
  });
});

describe('election and holiday schemas', () => {
  const stage = { code: 'VOTING', name: 'Pemungutan suara', startsOn: '2024-11-27', endsOn: '2024-11-27' };
  const election = {
    id: 'pilkada-2024',
    name: 'Pilkada 2024',
    regime: 'PILKADA',
    stages: [stage],
    regions: ['36', '36.03'],
  };

  it('accepts a valid election', () => {
    expect(ElectionCreate.safeParse(election).success).toBe(true);
  });

  it.each([
    ['bad id', { ...election, id: 'Pilkada 2024' }],
    ['unknown regime', { ...election, regime: 'PILPRES' }],
    ['empty name', { ...election, name: '   ' }],
    ['huge name', { ...election, name: 'x'.repeat(201) }],
    ['no stages', { ...election, stages: [] }],
    ['end before start', { ...election, stages: [{ ...stage, endsOn: '2024-11-26' }] }],
    ['impossible date', { ...election, stages: [{ ...stage, startsOn: '2024-02-30' }] }],
    ['duplicate stage', { ...election, stages: [stage, stage] }],
    ['district as holder', { ...election, regions: ['36.03.01'] }],
    ['duplicate region', { ...election, regions: ['36', '36'] }],
    ['malformed region', { ...election, regions: ['3603'] }],
    ['unknown field', { ...election, extra: 1 }],
    ['numbers as strings', { ...election, stages: [{ ...stage, startsOn: 20241127 }] }],
  ])('rejects %s', (_label, input) => {
    expect(ElectionCreate.safeParse(input).success).toBe(false);
  });

  it('needs at least one change in an update', () => {
    expect(ElectionUpdate.safeParse({}).success).toBe(false);
    expect(ElectionUpdate.safeParse({ name: 'Baru' }).success).toBe(true);
  });

  it('checks holidays', () => {
    const h = { date: '2024-11-27', name: 'Pilkada', kind: 'ELECTION_DAY', source: 'Keppres 33/2024' };
    expect(HolidayUpsert.safeParse({ holidays: [h] }).success).toBe(true);
    expect(HolidayUpsert.safeParse({ holidays: [] }).success).toBe(false);
    expect(HolidayUpsert.safeParse({ holidays: [h, h] }).success).toBe(false);
    expect(HolidayUpsert.safeParse({ holidays: [{ ...h, kind: 'HOLIDAY' }] }).success).toBe(false);
    expect(HolidayUpsert.safeParse({ holidays: [{ ...h, date: '2024-11-31' }] }).success).toBe(false);
    expect(HolidayUpsert.safeParse({ holidays: [{ ...h, source: '' }] }).success).toBe(false);
  });
});
