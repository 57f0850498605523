import { describe, expect, it } from 'vitest';
import { timeZoneOfCode, ZONE_LABEL } from './time-zone';

describe('timeZoneOfCode', () => {
  it.each([
    ['11', 'Asia/Jakarta'],
    ['21', 'Asia/Jakarta'],
    ['31.71', 'Asia/Jakarta'],
    ['36.03.01.2001', 'Asia/Jakarta'],
    ['61', 'Asia/Jakarta'],
    ['62.01', 'Asia/Jakarta'],
    ['51', 'Asia/Makassar'],
    ['53.02.08', 'Asia/Makassar'],
    ['63', 'Asia/Makassar'],
    ['65', 'Asia/Makassar'],
    ['71', 'Asia/Makassar'],
    ['76', 'Asia/Makassar'],
    ['81', 'Asia/Jayapura'],
    ['82.01', 'Asia/Jayapura'],
    ['91', 'Asia/Jayapura'],
    ['96.01.01', 'Asia/Jayapura'],
  ])('%s → %s', (code, zone) => {
    expect(timeZoneOfCode(code)).toBe(zone);
  });

  it.each(['22', '30', '37', '50', '54', '60', '66', '77', '80', '83', '90', '97', '', 'x1', '111'])(
    '%s → null',
    (code) => {
      expect(timeZoneOfCode(code)).toBeNull();
    },
  );

  it('labels each zone', () => {
    expect(ZONE_LABEL['Asia/Jakarta']).toBe('WIB');
    expect(ZONE_LABEL['Asia/Makassar']).toBe('WITA');
    expect(ZONE_LABEL['Asia/Jayapura']).toBe('WIT');
  });
});
