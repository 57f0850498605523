/** Indonesia's three time zones and their labels: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9). */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const ZONE_LABELS = ['WIB', 'WITA', 'WIT'] as const;
export type ZoneLabel = (typeof ZONE_LABELS)[number];

export const ZONE_LABEL: Record<TimeZone, ZoneLabel> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
