/** Indonesia's three time zones and their labels: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). */
export type TimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
export type ZoneLabel = 'WIB' | 'WITA' | 'WIT';

export const ZONE_LABEL: Record<TimeZone, ZoneLabel> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
