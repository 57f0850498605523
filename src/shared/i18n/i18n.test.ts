import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../abilities';
import { ERROR_CODES } from '../errors';
import { ROLES } from '../roles';
import { en } from './en';
import { id } from './id';
import { catalogues, createT, formatInZone, translate, zoneLabel } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(id)) {
      const other = en[key as keyof typeof en];
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it('label every role, error code and ability', () => {
    for (const lang of ['id', 'en'] as const) {
      const keys = Object.keys(catalogues[lang]);
      for (const r of ROLES) expect(keys).toContain(`role.${r}`);
      for (const c of ERROR_CODES) expect(keys).toContain(`error.${c}`);
      for (const a of ACTIONS) expect(keys).toContain(`ability.${a}`);
    }
    expect(translate('id', 'role.PKD')).toBe('Pengawas Kelurahan/Desa (PKD)');
    expect(translate('id', 'role.GAKKUMDU_PENYIDIK')).toBe('Penyidik Sentra Gakkumdu');
    expect(translate('id', 'role.INSTANSI_PENERIMA')).toBe('Instansi penerima');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    const t = createT('id');
    expect(t('officer.greeting', { name: 'Siti' })).toBe('Selamat datang, Siti');
    expect(createT('en')('users.count', { count: 3 })).toBe('3 users');
    expect(t('officer.greeting')).toBe('Selamat datang, {name}');
  });
});

describe('formatInZone', () => {
  // Monday 2024-11-18 03:00 UTC: 10.00 in Jakarta, 11.00 in Makassar, 12.00 in Jayapura.
  const instant = new Date('2024-11-18T03:00:00.000Z');

  it('shows one instant in WIB, WITA and WIT', () => {
    expect(formatInZone(instant, 'Asia/Jakarta')).toBe('18 Nov 2024 10.00 WIB');
    expect(formatInZone(instant, 'Asia/Makassar')).toBe('18 Nov 2024 11.00 WITA');
    expect(formatInZone(instant, 'Asia/Jayapura')).toBe('18 Nov 2024 12.00 WIT');
  });

  it('crosses midnight by zone and speaks the chosen language', () => {
    const late = '2024-08-16T16:30:00.000Z';
    expect(formatInZone(late, 'Asia/Jakarta')).toBe('16 Agu 2024 23.30 WIB');
    expect(formatInZone(late, 'Asia/Makassar')).toBe('17 Agu 2024 00.30 WITA');
    expect(formatInZone(late, 'Asia/Jayapura', 'en')).toBe('17 Aug 2024 01:30 WIT');
  });

  it('labels the zones', () => {
    expect([zoneLabel('Asia/Jakarta'), zoneLabel('Asia/Makassar'), zoneLabel('Asia/Jayapura')]).toEqual([
      'WIB',
      'WITA',
      'WIT',
    ]);
  });
});
