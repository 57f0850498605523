import { describe, expect, it } from 'vitest';
import { checkNip, type NipProblem } from './nip';

describe('checkNip', () => {
  it.each([
    ['198503152010012003', '1985-03-15', true],
    ['197001011995031001', '1970-01-01', false],
    ['198802292012121000', '1988-02-29', false], // leap day, serial 000 is not checked
    ['193001012000011001', '1930-01-01', false], // earliest birth year
    ['199012312005122999', '1990-12-31', true], // appointed the year they turn 15
  ])('%s → born %s, female %s', (nip, birthDate, female) => {
    expect(checkNip(nip)).toEqual({ ok: true, birthDate, female });
  });

  it.each<[string, NipProblem]>([
    ['19850315201001200', 'FORMAT'], // 17 digits
    ['1985031520100120031', 'FORMAT'], // 19 digits
    ['19850315 201001 2 003', 'FORMAT'],
    [' 198503152010012003', 'FORMAT'],
    ['19850315201001200x', 'FORMAT'],
    ['', 'FORMAT'],
    ['192912312000011001', 'BIRTH_DATE'], // before 1930
    ['198513152010012003', 'BIRTH_DATE'], // month 13
    ['198500152010012003', 'BIRTH_DATE'], // month 00
    ['198502292010012003', 'BIRTH_DATE'], // 1985 is not a leap year
    ['198504312010012003', 'BIRTH_DATE'], // 31 April
    ['198503002010012003', 'BIRTH_DATE'], // day 00
    ['198513159999009003', 'BIRTH_DATE'], // birth date comes before appointment and gender
    ['198503152010002003', 'APPOINTMENT'], // month 00
    ['198503152010132003', 'APPOINTMENT'], // month 13
    ['198503151999122003', 'APPOINTMENT'], // appointed at 14
    ['198503151985032003', 'APPOINTMENT'], // appointed the year of birth
    ['198503152010130003', 'APPOINTMENT'], // appointment comes before gender
    ['198503152010010003', 'GENDER'],
    ['198503152010013003', 'GENDER'],
    ['198503152010019003', 'GENDER'],
  ])('%j → %s', (nip, problem) => {
    expect(checkNip(nip)).toEqual({ ok: false, problem });
  });
});
