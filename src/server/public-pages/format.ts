import { formatInZone, type IndonesianTimeZone, type Lang } from '../../shared/i18n';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** The day written out: 'Senin, 18 November 2024' (English: 'Monday, 18 November 2024'). */
const LONG_DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

/** 'Senin, 18 November 2024 10.00 WIB' (English: 'Monday, 18 November 2024 10:00 WIB'), in the region's zone. */
export function formatLong(at: Date | string, timeZone: IndonesianTimeZone, lang: Lang): string {
  return formatInZone(at, timeZone, lang, { long: true });
}

/** A calendar date ('2024-11-25') as 'Senin, 25 November 2024'. */
export function formatDay(isoDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(lang), { ...LONG_DAY, timeZone: 'UTC' }).format(d);
}

/** 2048 → '2 KB', 3_500_000 → '3,3 MB' (Indonesian decimal comma). */
export function formatSize(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** The tracking code in groups of four symbols, for reading aloud and copying by hand. */
export function codeGroups(code: string): string[] {
  const symbols = code.replace(/[^0-9A-Za-z]/g, '');
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += 4) groups.push(symbols.slice(i, i + 4));
  return groups;
}
