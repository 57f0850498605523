import { describe, expect, it } from 'vitest';
import { escapeLike, parseRegionQuery } from './search';

describe('parseRegionQuery', () => {
  it.each([
    ['tangerang', null, null, null],
    ['  TANGERANG   Selatan ', null, null, null],
    ['Kab. Tangerang', 'tangerang', 'regency', 'KABUPATEN'],
    ['kab.tangerang', 'tangerang', 'regency', 'KABUPATEN'],
    ['Kab Tangerang', 'tangerang', 'regency', 'KABUPATEN'],
    ['Kabupaten Tangerang', 'tangerang', 'regency', 'KABUPATEN'],
    ['Kota Tangerang', 'tangerang', 'regency', 'KOTA'],
    ['KOTA TANGERANG SELATAN', 'tangerang selatan', 'regency', 'KOTA'],
    ['Kec. Tangerang', 'tangerang', 'district', null],
    ['Kecamatan Cisauk', 'cisauk', 'district', null],
    ['Desa Suradita', 'suradita', 'village', 'DESA'],
    ['Kel. Sukasari', 'sukasari', 'village', 'KELURAHAN'],
    ['Kelurahan Sukasari', 'sukasari', 'village', 'KELURAHAN'],
    ['Provinsi Banten', 'banten', 'province', null],
    ['Kotabaru', null, null, null],
    ['Kota', null, null, null],
    ['Kab.', null, null, null],
    ['Desa', null, null, null],
    ['Bukan Tangerang', null, null, null],
  ])('%j → name %j, level %j, kind %j', (q, name, level, kind) => {
    const r = parseRegionQuery(q);
    expect(r).toMatchObject({ name, level, kind });
  });

  it('always keeps the whole query as a literal name', () => {
    expect(parseRegionQuery('  Kota   Baru ').literal).toBe('kota baru');
    expect(parseRegionQuery('Kab. Tangerang').literal).toBe('kab. tangerang');
  });
});

describe('escapeLike', () => {
  it.each([
    ['abc', 'abc'],
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['a\\b', 'a\\\\b'],
  ])('%j → %j', (input, out) => {
    expect(escapeLike(input)).toBe(out);
  });
});
