import type { RequirementResult } from '../../../shared/api/reports';
import type { Lang, Translate } from '../../../shared/i18n';
import { TIME_ZONES, type TimeZone } from '../../../shared/zones';

/** Display helpers of the reports pages: pure, so they are table-tested (labels.test.ts). */

/** The region's zone as the API names it; WIB when the name is not one of Indonesia's three. */
export function zoneOf(timeZone: string): TimeZone {
  return TIME_ZONES.find((z) => z === timeZone) ?? 'Asia/Jakarta';
}

export type Age = { unit: 'now' | 'minutes' | 'hours' | 'days'; count: number };

const MINUTE = 60_000;

/** How long ago `at` was: minutes under an hour, hours under a day, then whole days. */
export function ageOf(at: string, now: Date): Age {
  const ms = Math.max(0, now.getTime() - new Date(at).getTime());
  if (ms < MINUTE) return { unit: 'now', count: 0 };
  if (ms < 60 * MINUTE) return { unit: 'minutes', count: Math.floor(ms / MINUTE) };
  if (ms < 24 * 60 * MINUTE) return { unit: 'hours', count: Math.floor(ms / (60 * MINUTE)) };
  return { unit: 'days', count: Math.floor(ms / (24 * 60 * MINUTE)) };
}

/** "3 hari lalu" / "3 days ago". */
export function ageText(at: string, now: Date, t: Translate): string {
  const { unit, count } = ageOf(at, now);
  switch (unit) {
    case 'now':
      return t('reports.ageNow');
    case 'minutes':
      return t('reports.ageMinutes', { count });
    case 'hours':
      return t('reports.ageHours', { count });
    case 'days':
      return t('reports.ageDays', { count });
  }
}

export type BadgeTone = 'ok' | 'warn' | 'late' | 'neutral';
export interface Badge {
  tone: BadgeTone;
  text: string;
}

/**
 * The requirement result as badges: "Syarat lengkap", or "Kurang: Bukti, Alamat terlapor", and
 * "Terlambat N hari" when the report came after its window (the window then is not listed as missing).
 * Tips are not checked.
 */
export function requirementBadges(requirements: RequirementResult | null, t: Translate): Badge[] {
  if (!requirements) return [{ tone: 'neutral', text: t('reports.notChecked') }];
  const late = requirements.window.lateByDays;
  const missing = requirements.missing.filter((code) => !(late > 0 && code === 'WITHIN_WINDOW'));
  const badges: Badge[] = [];
  if (requirements.allMet) badges.push({ tone: 'ok', text: t('reports.complete') });
  else if (missing.length > 0)
    badges.push({
      tone: 'warn',
      text: t('reports.missing', { list: missing.map((code) => t(`requirement.${code}`)).join(', ') }),
    });
  if (late > 0) badges.push({ tone: 'late', text: t('reports.late', { days: late }) });
  return badges;
}

/** "12,3 KB" / "12.3 KB": bytes in B, KB or MB (powers of 1024). */
export function formatSize(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${units[unit] ?? 'B'}`;
}

/** The first 12 hex digits of a SHA-256, enough to compare by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** A calendar date `YYYY-MM-DD` as "18 Nov 2024" (no zone: it is already a local date). */
export function formatDate(date: string, lang: Lang): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
    .format(d)
    .replace(/\.(?= \d{4}$)/, '');
}
