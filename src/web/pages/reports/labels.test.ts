import { describe, expect, it } from 'vitest';
import type { RequirementResult } from '../../../shared/api/reports';
import { createT } from '../../../shared/i18n';
import { ageOf, ageText, formatDate, formatSize, requirementBadges, shortHash, zoneOf } from './labels';

const id = createT('id');
const en = createT('en');

function requirements(over: Partial<RequirementResult> = {}, lateByDays = 0): RequirementResult {
  return {
    formal: [],
    material: [],
    warnings: [],
    missing: [],
    allMet: true,
    window: { lastDay: '2024-11-20', endsAt: '2024-11-20T16:59:59.999Z', receivedOn: '2024-11-18', lateByDays },
    ...over,
  };
}

describe('report labels', () => {
  const now = new Date('2024-11-18T03:00:00.000Z');

  it.each([
    ['2024-11-18T02:59:30.000Z', { unit: 'now', count: 0 }],
    ['2024-11-18T02:15:00.000Z', { unit: 'minutes', count: 45 }],
    ['2024-11-17T06:00:00.000Z', { unit: 'hours', count: 21 }],
    ['2024-11-15T02:00:00.000Z', { unit: 'days', count: 3 }],
    ['2024-11-19T00:00:00.000Z', { unit: 'now', count: 0 }],
  ])('the age of %s', (at, age) => {
    expect(ageOf(at, now)).toEqual(age);
  });

  it('says the age in both languages', () => {
    expect(ageText('2024-11-15T02:00:00.000Z', now, id)).toBe('3 hari lalu');
    expect(ageText('2024-11-15T02:00:00.000Z', now, en)).toBe('3 days ago');
    expect(ageText('2024-11-18T01:00:00.000Z', now, id)).toBe('2 jam lalu');
  });

  it('badges a complete report', () => {
    expect(requirementBadges(requirements(), id)).toEqual([{ tone: 'ok', text: 'Syarat lengkap' }]);
  });

  it('lists what is missing with the requirement labels', () => {
    const r = requirements({ allMet: false, missing: ['REPORTED_PARTY_ADDRESS', 'EVIDENCE'] });
    expect(requirementBadges(r, id)).toEqual([{ tone: 'warn', text: 'Kurang: Alamat terlapor, Bukti' }]);
    expect(requirementBadges(r, en)[0]?.text).toBe("Missing: Reported party's address, Evidence");
  });

  it('says how late a report is instead of listing the window as missing', () => {
    const late = requirements({ allMet: false, missing: ['WITHIN_WINDOW'] }, 2);
    expect(requirementBadges(late, id)).toEqual([{ tone: 'late', text: 'Terlambat 2 hari' }]);
    const both = requirements({ allMet: false, missing: ['WITHIN_WINDOW', 'EVIDENCE'] }, 1);
    expect(requirementBadges(both, id).map((b) => b.text)).toEqual(['Kurang: Bukti', 'Terlambat 1 hari']);
  });

  it('marks tips as not checked', () => {
    expect(requirementBadges(null, id)).toEqual([{ tone: 'neutral', text: 'Tanpa pemeriksaan syarat' }]);
  });

  it('formats sizes, hashes, dates and zones', () => {
    expect(formatSize(512, 'id')).toBe('512 B');
    expect(formatSize(12_600, 'id')).toBe('12,3 KB');
    expect(formatSize(12_600, 'en')).toBe('12.3 KB');
    expect(formatSize(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(shortHash('a'.repeat(64))).toBe('aaaaaaaaaaaa');
    expect(formatDate('2024-08-17', 'id')).toBe('17 Agu 2024');
    expect(formatDate('2024-08-17', 'en')).toBe('17 Aug 2024');
    expect(zoneOf('Asia/Makassar')).toBe('Asia/Makassar');
    expect(zoneOf('Europe/Paris')).toBe('Asia/Jakarta');
  });
});
