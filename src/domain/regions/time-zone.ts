/**
 * Time zone of a region, from its province code (the first two digits of any Kemendagri code).
 * WIB (UTC+7) 11–21, 31–36, 61, 62; WITA (UTC+8) 51–53, 63–65, 71–76; WIT (UTC+9) 81, 82, 91–96.
 */
import type { TimeZone } from '../../shared/zones';

export { ZONE_LABEL, type TimeZone, type ZoneLabel } from '../../shared/zones';

const RANGES: ReadonlyArray<readonly [number, number, TimeZone]> = [
  [11, 21, 'Asia/Jakarta'],
  [31, 36, 'Asia/Jakarta'],
  [61, 62, 'Asia/Jakarta'],
  [51, 53, 'Asia/Makassar'],
  [63, 65, 'Asia/Makassar'],
  [71, 76, 'Asia/Makassar'],
  [81, 82, 'Asia/Jayapura'],
  [91, 96, 'Asia/Jayapura'],
];

/** Null when the province code is outside every known range. */
export function timeZoneOfCode(code: string): TimeZone | null {
  const m = /^(\d{2})(?:\.|$)/.exec(code);
  if (!m) return null;
  const province = Number(m[1]);
  for (const [from, to, zone] of RANGES) if (province >= from && province <= to) return zone;
  return null;
}
