import { describe, expect, it } from 'vitest';
import { codeGroups, formatDay, formatLong, formatSize } from './format';

describe('dates and sizes on the public pages', () => {
  it('writes an instant out in the region zone, with its label', () => {
    const at = '2024-11-18T03:00:00Z';
    expect(formatLong(at, 'Asia/Jakarta', 'id')).toBe('Senin, 18 November 2024 10.00 WIB');
    expect(formatLong(new Date(at), 'Asia/Makassar', 'id')).toBe('Senin, 18 November 2024 11.00 WITA');
    expect(formatLong(at, 'Asia/Jayapura', 'en')).toBe('Monday, 18 November 2024 12:00 WIT');
  });

  it('takes the day and the time from the same zone across midnight', () => {
    const late = '2024-12-31T16:59:00Z';
    expect(formatLong(late, 'Asia/Jakarta', 'id')).toBe('Selasa, 31 Desember 2024 23.59 WIB');
    expect(formatLong(late, 'Asia/Makassar', 'id')).toBe('Rabu, 1 Januari 2025 00.59 WITA');
    expect(formatLong(late, 'Asia/Jayapura', 'en')).toBe('Wednesday, 1 January 2025 01:59 WIT');
  });

  it('writes a calendar date out whatever the zone', () => {
    expect(formatDay('2024-11-25', 'id')).toBe('Senin, 25 November 2024');
    expect(formatDay('2024-11-25', 'en')).toBe('Monday, 25 November 2024');
    expect(formatDay('not a date', 'id')).toBe('not a date');
  });

  it('gives sizes and tracking codes in readable pieces', () => {
    expect(formatSize(2048, 'id')).toBe('2 KB');
    expect(formatSize(3_500_000, 'id')).toBe('3,3 MB');
    expect(codeGroups('ABCD-EFGH-JKMN-PQRS')).toEqual(['ABCD', 'EFGH', 'JKMN', 'PQRS']);
  });
});
