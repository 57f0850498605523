import { ZONE_LABEL, type TimeZone, type ZoneLabel } from '../zones';

export type IndonesianTimeZone = TimeZone;

export function zoneLabel(timeZone: TimeZone): ZoneLabel {
  return ZONE_LABEL[timeZone];
}

/**
 * A date and time in a region's zone with the zone's label, e.g. `18 Nov 2024 10.00 WIB`
 * (Indonesian writes hours with a dot; English gets `18 Nov 2024 10:00 WIB`). With `long`, the
 * day is written out: `Senin, 18 November 2024 10.00 WIB`.
 */
export function formatInZone(
  date: Date | string,
  timeZone: IndonesianTimeZone,
  lang: 'id' | 'en' = 'id',
  options: { long?: boolean } = {},
): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  const parts = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    ...(options.long ? { weekday: 'long', month: 'long' } : { month: 'short' }),
    day: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const month = part('month').replace(/\.$/, '');
  const sep = lang === 'id' ? '.' : ':';
  const day = `${part('day')} ${month} ${part('year')}`;
  const time = `${part('hour')}${sep}${part('minute')} ${zoneLabel(timeZone)}`;
  return options.long ? `${part('weekday')}, ${day} ${time}` : `${day} ${time}`;
}
