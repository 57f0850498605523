/**
 * Indonesian NIK (Nomor Induk Kependudukan, 16 digits `PPRRDD DDMMYY SSSS`): province, regency and
 * district of registration, birth day (+40 for women), month, two-digit year, serial number.
 * Also masking and normalisation of reporters' phone numbers. Pure functions; no lookups here.
 */
import { isValidDate } from '../deadlines/calendar';

export type NikProblem = 'FORMAT' | 'UNKNOWN_DISTRICT' | 'BIRTH_DATE';

export type NikCheck = { ok: true; districtCode: string; female: boolean } | { ok: false; problem: NikProblem };

const NIK_RE = /^[0-9]{16}$/;
const MASK = '•';

/** Kemendagri district code ('36.03.01') from the first six digits, or null unless exactly 16 ASCII digits. */
export function districtCodeOfNik(nik: string): string | null {
  if (!NIK_RE.test(nik)) return null;
  return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
}

/** Birth day, month and two-digit year form a date in 19YY or 20YY (so 29 Feb of YY=00 is valid via 2000). */
function isValidBirthDate(day: number, month: number, yy: number): boolean {
  return isValidDate(1900 + yy, month, day) || isValidDate(2000 + yy, month, day);
}

/**
 * Checks a NIK as typed (no trimming), in this order: FORMAT (16 ASCII digits, serial not 0000),
 * UNKNOWN_DISTRICT (`districtExists` is asked for 'PP.RR.DD'), BIRTH_DATE.
 */
export function checkNik(nik: string, districtExists: (code: string) => boolean): NikCheck {
  const districtCode = districtCodeOfNik(nik);
  if (districtCode === null || nik.slice(12) === '0000') return { ok: false, problem: 'FORMAT' };
  if (!districtExists(districtCode)) return { ok: false, problem: 'UNKNOWN_DISTRICT' };
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  if (!isValidBirthDate(day, Number(nik.slice(8, 10)), Number(nik.slice(10, 12)))) {
    return { ok: false, problem: 'BIRTH_DATE' };
  }
  return { ok: true, districtCode, female };
}

/**
 * For display: a 16-character NIK keeps its first 4 and last 2 characters, grouped 4-4-4-4
 * ('3603 •••• •••• ••01'); any other input is masked entirely except its last 2 characters.
 */
export function maskNik(nik: string): string {
  const chars = [...nik];
  if (chars.length !== 16) return chars.map((c, i) => (i < chars.length - 2 ? MASK : c)).join('');
  const masked = chars.map((c, i) => (i < 4 || i >= 14 ? c : MASK)).join('');
  return [0, 4, 8, 12].map((i) => masked.slice(i, i + 4)).join(' ');
}

/**
 * For display: keeps a leading '+' and the last 3 digits, every other digit becomes '•'; spaces and
 * other separators are dropped ('+62 812-3456-7890' → '+••••••••••890').
 */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  const shown = digits.length - 3;
  const body = [...digits].map((d, i) => (i < shown ? MASK : d)).join('');
  return (trimmed.startsWith('+') ? '+' : '') + body;
}

/** Digits after the country code 62: national significant number, without the trunk 0. */
const NATIONAL_MIN = 8;
const NATIONAL_MAX = 13;

/**
 * Indonesian phone number in the form '+62…', or null. Spaces, dashes, dots and parentheses are
 * ignored. Accepted: '08…' and other '0'+non-zero landlines ('021 555 1234'), '+62' + non-zero digit,
 * and '628…' (mobile without '+'); 8–13 digits after 62.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s.()-]/g, '');
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('628')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return null;
  if (!/^[1-9][0-9]*$/.test(national)) return null;
  if (national.length < NATIONAL_MIN || national.length > NATIONAL_MAX) return null;
  return `+62${national}`;
}
