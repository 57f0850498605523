import { describe, expect, it } from 'vitest';
import { checkNik, districtCodeOfNik, maskNik, maskPhone, normalizePhone, type NikProblem } from './nik';

const KNOWN = new Set(['36.03.01', '31.71.01', '94.71.02']);
const exists = (code: string) => KNOWN.has(code);

describe('districtCodeOfNik', () => {
  it.each([
    ['3603011508850001', '36.03.01'],
    ['9471024101000123', '94.71.02'],
    ['360301150885000', null],
    ['36030115088500011', null],
    ['3603 0115 0885 0001', null],
    ['360301150885000a', null],
    ['３６０３０１１５０８８５０００１', null], // full-width digits
    ['', null],
  ])('%j → %j', (nik, expected) => {
    expect(districtCodeOfNik(nik)).toBe(expected);
  });
});

describe('checkNik', () => {
  it.each([
    ['3603011508850001', '36.03.01', false], // 15 Aug 1985, man
    ['3603015508850001', '36.03.01', true], // 15 Aug 1985, woman (55 = 15 + 40)
    ['3171010101000001', '31.71.01', false], // 1 Jan 2000
    ['3171014112999999', '31.71.01', true], // 1 Dec 1999, woman
    ['3171017112990001', '31.71.01', true], // 31 Dec 1999, woman (71 = 31 + 40)
    ['3171013112990001', '31.71.01', false], // 31 Dec 1999, man
    ['3171012902000001', '31.71.01', false], // 29 Feb 2000 (leap; 1900 is not)
    ['3171016902040001', '31.71.01', true], // 29 Feb 1904/2004, woman
    ['9471023004900001', '94.71.02', false], // 30 Apr 1990
  ])('%s is valid: district %s, female %s', (nik, districtCode, female) => {
    expect(checkNik(nik, exists)).toEqual({ ok: true, districtCode, female });
  });

  it.each<[string, NikProblem]>([
    ['360301150885000', 'FORMAT'], // 15 digits
    ['36030115088500011', 'FORMAT'], // 17 digits
    ['3603011508850000', 'FORMAT'], // serial 0000
    ['3603 011508850001', 'FORMAT'],
    [' 3603011508850001', 'FORMAT'], // no trimming
    ['360301150885000O', 'FORMAT'], // letter O
    ['٣603011508850001', 'FORMAT'], // Arabic-Indic digit
    ['9999990101900000', 'FORMAT'], // format comes before district
    ['3603021508850001', 'UNKNOWN_DISTRICT'],
    ['9999993299990001', 'UNKNOWN_DISTRICT'], // district comes before birth date
    ['3603010001900001', 'BIRTH_DATE'], // day 00
    ['3603013201900001', 'BIRTH_DATE'], // day 32
    ['3603014001900001', 'BIRTH_DATE'], // day 40 = woman, day 0
    ['3603017201900001', 'BIRTH_DATE'], // day 72 = woman, day 32
    ['3603019901900001', 'BIRTH_DATE'], // day 99
    ['3603011500900001', 'BIRTH_DATE'], // month 00
    ['3603011513900001', 'BIRTH_DATE'], // month 13
    ['3603013104900001', 'BIRTH_DATE'], // 31 April
    ['3603013002000001', 'BIRTH_DATE'], // 30 February
    ['3603012902010001', 'BIRTH_DATE'], // 29 Feb 1901/2001: neither is leap
    ['3603016902990001', 'BIRTH_DATE'], // 29 Feb 1999/2099, woman
  ])('%j → %s', (nik, problem) => {
    expect(checkNik(nik, exists)).toEqual({ ok: false, problem });
  });

  it('asks for the district code with dots, once', () => {
    const asked: string[] = [];
    checkNik('3603011508850001', (code) => (asked.push(code), true));
    expect(asked).toEqual(['36.03.01']);
  });
});

describe('maskNik', () => {
  it.each([
    ['3603011508850001', '3603 •••• •••• ••01'],
    ['9471024101000123', '9471 •••• •••• ••23'],
    ['360301150885000', '•••••••••••••00'],
    ['36030115088500011', '•••••••••••••••11'],
    ['abc', '•bc'],
    ['12', '12'],
    ['', ''],
  ])('%j → %j', (nik, expected) => {
    expect(maskNik(nik)).toBe(expected);
  });
});

describe('maskPhone', () => {
  it.each([
    ['081234567890', '•••••••••890'],
    ['+6281234567890', '+••••••••••890'],
    ['+62 812-3456-7890', '+••••••••••890'],
    ['(021) 555 1234', '•••••••234'],
    ['  0812 3456 789 ', '••••••••789'],
    ['123', '123'],
  ])('%j → %j', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    [' 0812 3456 7890 ', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['081234567', '+6281234567'], // 8 digits after 62 (minimum)
    ['08123456789012', '+628123456789012'], // 13 digits after 62 (maximum)
    ['021 555 1234', '+62215551234'],
    ['(021) 5551234', '+62215551234'],
    ['0361-234567', '+62361234567'], // Denpasar
    ['+62215551234', '+62215551234'], // its own output is accepted
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    '08123456', // 7 digits after 62
    '081234567890123', // 14 digits after 62
    '+62812345678901234',
    '81234567890', // no prefix
    '6221555123', // '62' without '+' only for mobiles
    '00812345678', // international prefix
    '+620812345678', // trunk 0 after the country code
    '+6581234567', // another country
    '0812 3456 789x',
    '0812/3456/7890',
    '++6281234567890',
    '0812+34567890',
    '０８１２３４５６７８９０', // full-width digits
    '',
  ])('%j → null', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
