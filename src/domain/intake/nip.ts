/**
 * NIP of a civil servant (PNS), 18 digits: birth date YYYYMMDD, appointment YYYYMM, gender
 * (1 male, 2 female), serial of 3 digits. E.g. 198503152010012003.
 */
import { isValidDate } from '../deadlines/calendar';

export type NipProblem = 'FORMAT' | 'BIRTH_DATE' | 'APPOINTMENT' | 'GENDER';

export type NipCheck = { ok: true; birthDate: string; female: boolean } | { ok: false; problem: NipProblem };

const NIP_RE = /^[0-9]{18}$/;
const MIN_BIRTH_YEAR = 1930;
/** Nobody is appointed before the year they turn 15. */
const MIN_APPOINTMENT_AGE = 15;

/**
 * Checks a NIP as typed (no trimming), in this order: FORMAT (18 ASCII digits), BIRTH_DATE (a real
 * date, year ≥ 1930), APPOINTMENT (month 1–12, year ≥ birth year + 15), GENDER (1 or 2).
 */
export function checkNip(nip: string): NipCheck {
  if (!NIP_RE.test(nip)) return { ok: false, problem: 'FORMAT' };
  const birthYear = Number(nip.slice(0, 4));
  if (birthYear < MIN_BIRTH_YEAR || !isValidDate(birthYear, Number(nip.slice(4, 6)), Number(nip.slice(6, 8)))) {
    return { ok: false, problem: 'BIRTH_DATE' };
  }
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  if (appointmentMonth < 1 || appointmentMonth > 12 || appointmentYear < birthYear + MIN_APPOINTMENT_AGE) {
    return { ok: false, problem: 'APPOINTMENT' };
  }
  const gender = nip[14];
  if (gender !== '1' && gender !== '2') return { ok: false, problem: 'GENDER' };
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  return { ok: true, birthDate, female: gender === '2' };
}
