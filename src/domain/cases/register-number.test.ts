import { describe, expect, it } from 'vitest';
import type { Regime } from '../../shared/cases';
import {
  DEFAULT_REGISTER_TEMPLATE,
  electionCodeOf,
  formatRegisterNumber,
  validateRegisterTemplate,
  type ElectionCode,
  type RegisterNumberValues,
} from './register-number';

const NOV_2024: RegisterNumberValues = {
  seq: 1,
  kind: 'REPORT',
  electionCode: 'PB',
  officeCode: '36.03',
  month: 11,
  year: 2024,
};

describe('formatRegisterNumber', () => {
  it.each<[string, string, Partial<RegisterNumberValues>, string]>([
    ['issue example', DEFAULT_REGISTER_TEMPLATE, {}, '001/Reg/LP/PB/36.03/XI/2024'],
    ['finding', DEFAULT_REGISTER_TEMPLATE, { kind: 'FINDING', seq: 42 }, '042/Reg/TM/PB/36.03/XI/2024'],
    ['seq ≥ 1000 is not truncated', DEFAULT_REGISTER_TEMPLATE, { seq: 1234 }, '1234/Reg/LP/PB/36.03/XI/2024'],
    ['seq 999 fills the pad', DEFAULT_REGISTER_TEMPLATE, { seq: 999 }, '999/Reg/LP/PB/36.03/XI/2024'],
    ['January', DEFAULT_REGISTER_TEMPLATE, { month: 1, electionCode: 'PW' }, '001/Reg/LP/PW/36.03/I/2024'],
    ['December', DEFAULT_REGISTER_TEMPLATE, { month: 12, electionCode: 'PG' }, '001/Reg/LP/PG/36.03/XII/2024'],
    ['April, Pemilu', DEFAULT_REGISTER_TEMPLATE, { month: 4, electionCode: 'PL' }, '001/Reg/LP/PL/36.03/IV/2024'],
    ['September', DEFAULT_REGISTER_TEMPLATE, { month: 9 }, '001/Reg/LP/PB/36.03/IX/2024'],
    ['plain seq and month', '{seq}-{kind}-{month}-{year}', { seq: 7, month: 3 }, '7-LP-3-2024'],
    ['wider pad', 'No. {seq:5}/{office}', { seq: 12 }, 'No. 00012/36.03'],
    ['placeholders repeat', '{seq:2}.{seq:2}', { seq: 3 }, '03.03'],
  ])('%s', (_name, template, values, expected) => {
    expect(formatRegisterNumber(template, { ...NOV_2024, ...values })).toBe(expected);
  });

  it.each<[string, string, Partial<RegisterNumberValues>]>([
    ['unknown placeholder', '{seq}/{dept}', {}],
    ['seq 0', DEFAULT_REGISTER_TEMPLATE, { seq: 0 }],
    ['fractional seq', DEFAULT_REGISTER_TEMPLATE, { seq: 1.5 }],
    ['month 13', DEFAULT_REGISTER_TEMPLATE, { month: 13 }],
    ['month 0', DEFAULT_REGISTER_TEMPLATE, { month: 0 }],
    ['year 0', DEFAULT_REGISTER_TEMPLATE, { year: 0 }],
    ['unknown kind', DEFAULT_REGISTER_TEMPLATE, { kind: 'TIP' as 'REPORT' }],
  ])('throws a RangeError on %s', (_name, template, values) => {
    expect(() => formatRegisterNumber(template, { ...NOV_2024, ...values })).toThrow(RangeError);
  });
});

describe('validateRegisterTemplate', () => {
  it.each<[string, RegExp | null]>([
    [DEFAULT_REGISTER_TEMPLATE, null],
    ['{seq}', null],
    ['{seq:1}/{month}/{year}', null],
    ['{seq:20}', null],
    ['{seq:21}', /Unknown placeholder: \{seq:21\}/],
    ['{seq:0}', /Unknown placeholder: \{seq:0\}/],
    ['{seq:03}', /Unknown placeholder/],
    ['{seq}/{Seq}/{month:ROMAN}', /Unknown placeholder: \{Seq\}, \{month:ROMAN\}$/],
    ['{seq}/{}', /Unknown placeholder: \{\}/],
    ['{kind}/{year}', /must contain \{seq\}/],
    ['', /must contain \{seq\}/],
    ['{seq}/{year', /Unbalanced braces/],
    ['{seq}}', /Unbalanced braces/],
    ['{{seq}}', /Unbalanced braces/],
  ])('%j → %s', (template, expected) => {
    const result = validateRegisterTemplate(template);
    if (expected === null) expect(result).toBeNull();
    else {
      expect(result).toMatch(expected);
      expect(result?.split(' / ')).toHaveLength(2);
    }
  });
});

describe('electionCodeOf', () => {
  it.each<[Regime, boolean, string, ElectionCode]>([
    ['PEMILU', false, 'Kota Serang', 'PL'],
    ['PEMILU', true, 'Provinsi Banten', 'PL'],
    ['PILKADA', true, 'Provinsi Banten', 'PG'],
    ['PILKADA', true, 'Kota Serang', 'PG'],
    ['PILKADA', false, 'Kota Serang', 'PW'],
    ['PILKADA', false, 'Bawaslu Kota Serang', 'PW'],
    ['PILKADA', false, '  kota Kotamobagu', 'PW'],
    ['PILKADA', false, 'Kabupaten Tangerang', 'PB'],
    ['PILKADA', false, 'Kabupaten Kotabaru', 'PB'],
    ['PILKADA', false, 'Kotabaru', 'PB'],
  ])('%s, governor %s, %j → %s', (regime, governorElection, officeName, code) => {
    expect(electionCodeOf({ regime, governorElection, officeName })).toBe(code);
  });
});
