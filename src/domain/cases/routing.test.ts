import { describe, expect, it } from 'vitest';
import type { Category, ReceivingBody } from '../../shared/cases';
import type { SubjectType } from '../../shared/intake';
import { liabilityFor, routeFor, tracksFor, type LiabilityRule, type RoutingRule } from './routing';

/** The reference rows of DOMAIN.md §2–4, as the database holds them. */
const SINCE = '2014-01-15';
const row = (
  category: Category,
  subjectType: SubjectType | '*',
  body: ReceivingBody,
  effectiveFrom = SINCE,
  effectiveTo: string | null = null,
): RoutingRule => ({ category, subjectType, effectiveFrom, effectiveTo, body, source: `test ${body}` });

const ASN: SubjectType[] = ['PNS', 'PPPK', 'CAMAT', 'LURAH'];
const ROUTING: RoutingRule[] = [
  ...ASN.map((s) => row('OTHER_LAWS', s, 'KASN', SINCE, '2024-08-23')),
  ...ASN.map((s) => row('OTHER_LAWS', s, 'BKN', '2024-08-24')),
  row('OTHER_LAWS', 'KEPALA_DESA', 'BUPATI_WALIKOTA'),
  row('OTHER_LAWS', 'PERANGKAT_DESA', 'BUPATI_WALIKOTA'),
  row('OTHER_LAWS', 'POLRI', 'PROPAM'),
  row('OTHER_LAWS', 'TNI', 'ANKUM'),
  row('OTHER_LAWS', 'PENYELENGGARA', 'DKPP'),
  row('OTHER_LAWS', 'PEJABAT_DAERAH', 'KEMENDAGRI'),
  row('ADMINISTRATIVE', '*', 'KPU'),
  row('ADMINISTRATIVE_TSM', '*', 'BAWASLU_PROVINSI'),
  row('ETHICS', '*', 'DKPP'),
  row('CRIME', '*', 'GAKKUMDU'),
];
const pasal188 = (subjectType: SubjectType, effectiveFrom: string): LiabilityRule => ({
  article: 'PASAL_188',
  subjectType,
  effectiveFrom,
  source: effectiveFrom === '2024-11-14' ? 'MK 136/PUU-XXII/2024' : 'UU 10/2016',
});
const LIABILITY: LiabilityRule[] = [
  ...(['PNS', 'PPPK', 'CAMAT', 'LURAH', 'KEPALA_DESA'] as const).map((s) => pasal188(s, '2016-07-01')),
  ...(['PEJABAT_DAERAH', 'TNI', 'POLRI'] as const).map((s) => pasal188(s, '2024-11-14')),
];

describe('routeFor', () => {
  it.each<[Category, SubjectType, string, ReceivingBody | null]>([
    ['OTHER_LAWS', 'PNS', '2024-08-23', 'KASN'],
    ['OTHER_LAWS', 'PNS', '2024-08-24', 'BKN'],
    ['OTHER_LAWS', 'PPPK', '2020-12-09', 'KASN'],
    ['OTHER_LAWS', 'CAMAT', '2024-11-27', 'BKN'],
    ['OTHER_LAWS', 'LURAH', '2014-01-15', 'KASN'],
    ['OTHER_LAWS', 'LURAH', '2014-01-14', null],
    ['OTHER_LAWS', 'KEPALA_DESA', '2024-10-01', 'BUPATI_WALIKOTA'],
    ['OTHER_LAWS', 'PERANGKAT_DESA', '2024-10-01', 'BUPATI_WALIKOTA'],
    ['OTHER_LAWS', 'POLRI', '2024-10-01', 'PROPAM'],
    ['OTHER_LAWS', 'TNI', '2024-10-01', 'ANKUM'],
    ['OTHER_LAWS', 'PENYELENGGARA', '2024-10-01', 'DKPP'],
    ['OTHER_LAWS', 'PEJABAT_DAERAH', '2024-10-01', 'KEMENDAGRI'],
    ['OTHER_LAWS', 'OTHER', '2024-10-01', null],
    ['ADMINISTRATIVE', 'PENYELENGGARA', '2024-10-01', 'KPU'],
    ['ADMINISTRATIVE_TSM', 'PEJABAT_DAERAH', '2024-10-01', 'BAWASLU_PROVINSI'],
    ['ETHICS', 'PENYELENGGARA', '2024-10-01', 'DKPP'],
    ['CRIME', 'KEPALA_DESA', '2024-10-01', 'GAKKUMDU'],
  ])('%s by %s on %s → %s', (category, subjectType, actOn, body) => {
    expect(routeFor(ROUTING, { category, subjectType, actOn })?.body ?? null).toBe(body);
  });

  it('prefers a row for the subject type over a "*" row, whatever the dates', () => {
    const rules = [row('CRIME', 'TNI', 'ANKUM', '2010-01-01'), row('CRIME', '*', 'GAKKUMDU', '2020-01-01')];
    expect(routeFor(rules, { category: 'CRIME', subjectType: 'TNI', actOn: '2024-01-01' })?.body).toBe('ANKUM');
    expect(routeFor(rules, { category: 'CRIME', subjectType: 'POLRI', actOn: '2024-01-01' })?.body).toBe('GAKKUMDU');
  });

  it('takes the latest version in force when rows overlap', () => {
    const rules = [row('ETHICS', '*', 'OTHER', '2024-01-01'), row('ETHICS', '*', 'DKPP', '2010-01-01')];
    expect(routeFor(rules, { category: 'ETHICS', subjectType: 'OTHER', actOn: '2024-06-01' })?.rule).toBe(rules[0]);
  });

  it('rejects a malformed date', () => {
    expect(() => routeFor(ROUTING, { category: 'CRIME', subjectType: 'PNS', actOn: '2024-8-24' })).toThrow(RangeError);
  });
});

describe('liabilityFor', () => {
  it.each<[SubjectType, string, boolean]>([
    ['TNI', '2024-11-14', true],
    ['TNI', '2024-11-13', false],
    ['POLRI', '2024-11-27', true],
    ['POLRI', '2024-09-25', false],
    ['PEJABAT_DAERAH', '2024-11-13', false],
    ['PNS', '2016-07-01', true],
    ['PNS', '2016-06-30', false],
    ['KEPALA_DESA', '2024-10-01', true],
    ['PERANGKAT_DESA', '2024-10-01', false],
    ['OTHER', '2024-12-01', false],
  ])('%s on %s → %s', (subjectType, actOn, liable) => {
    const result = liabilityFor(LIABILITY, { subjectType, actOn });
    expect(result.liable).toBe(liable);
    expect(result.rule === null).toBe(!liable);
    expect(result.reason.split(' / ')).toHaveLength(2);
  });

  it('says from when a subject is liable when the act came earlier', () => {
    expect(liabilityFor(LIABILITY, { subjectType: 'TNI', actOn: '2024-11-13' }).reason).toBe(
      'Pasal 188 baru menjangkau TNI sejak 2024-11-14 (MK 136/PUU-XXII/2024), sesudah perbuatan tanggal 2024-11-13 / ' +
        'Pasal 188 reaches TNI only from 2024-11-14 (MK 136/PUU-XXII/2024), after the act of 2024-11-13',
    );
  });
});

describe('tracksFor', () => {
  it.each<[string, Category[], SubjectType, string, [Category, ReceivingBody | null, string | undefined][]]>([
    [
      'village head: village law and a crime',
      ['OTHER_LAWS', 'CRIME'],
      'KEPALA_DESA',
      '2024-10-10',
      [
        ['OTHER_LAWS', 'BUPATI_WALIKOTA', undefined],
        ['CRIME', 'GAKKUMDU', undefined],
      ],
    ],
    [
      'TNI member the day before the ruling',
      ['CRIME', 'OTHER_LAWS'],
      'TNI',
      '2024-11-13',
      [
        ['CRIME', 'GAKKUMDU', 'NOT_LIABLE_ON_ACT_DATE'],
        ['OTHER_LAWS', 'ANKUM', undefined],
      ],
    ],
    ['TNI member on the day of the ruling', ['CRIME'], 'TNI', '2024-11-14', [['CRIME', 'GAKKUMDU', undefined]]],
    [
      'ASN across the KASN → BKN change',
      ['OTHER_LAWS', 'OTHER_LAWS'],
      'PPPK',
      '2024-08-24',
      [['OTHER_LAWS', 'BKN', undefined]],
    ],
    ['no row for the subject', ['OTHER_LAWS'], 'OTHER', '2024-10-10', [['OTHER_LAWS', null, 'NO_ROUTE']]],
    ['no category', [], 'PNS', '2024-10-10', []],
  ])('%s', (_name, categories, subjectType, actOn, expected) => {
    const tracks = tracksFor(ROUTING, LIABILITY, { categories, subjectType, actOn });
    expect(tracks.map((t) => [t.category, t.body, t.warning])).toEqual(expected);
    for (const t of tracks) expect(t.liability !== undefined).toBe(t.category === 'CRIME');
  });
});
