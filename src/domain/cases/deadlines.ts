/**
 * Deadlines of a case from effective-dated rules (DOMAIN.md §1, §3): which version of a rule applies,
 * its last day counted with the calendar helpers, the instant it ends in the incident region's zone,
 * and how close it is. Pure: the rules, holidays and `now` are parameters.
 */
import type { DeadlineCode, DeadlineState, Regime } from '../../shared/cases';
import { ZONE_LABEL, type TimeZone, type ZoneLabel } from '../../shared/zones';
import { addDays, endOfDayInstant, lastDayOfPeriod, localDateOf, type DayUnit } from '../deadlines/calendar';

/** One version of a deadline rule (table `deadline_rules`); a later `effectiveFrom` supersedes it. */
export interface DeadlineRule {
  regime: Regime;
  code: DeadlineCode;
  /** 'YYYY-MM-DD', first date the version applies to. */
  effectiveFrom: string;
  days: number;
  unit: DayUnit;
  /** The legal basis, e.g. 'Perbawaslu 9/2024 Pasal 13'. */
  source: string;
}

export interface DeadlineResult {
  code: DeadlineCode;
  rule: DeadlineRule;
  /** Local date of the start event; day 1 is the day after it. */
  start: string;
  /** Last day of the period, extension included. */
  lastDay: string;
  /** The end of `lastDay` in `zone`: the deadline has passed from this instant on. */
  dueAt: Date;
  zone: TimeZone;
  /** The extension rule, when the deadline was extended. */
  extendedBy?: DeadlineRule;
  /** Last day before the extension, when the deadline was extended. */
  extendedFrom?: string;
}

export interface DeadlineInput {
  rules: readonly DeadlineRule[];
  regime: Regime;
  code: DeadlineCode;
  /** Local date of the start event (the day the act was known, the day a report was received). */
  start: string;
  zone: TimeZone;
  /** National holidays and cuti bersama, 'YYYY-MM-DD'. */
  holidays: ReadonlySet<string>;
  /** A rule counted on from the main rule's last day, e.g. DECISION_EXTENSION after DECISION. */
  extension?: DeadlineCode;
}

export interface DeadlineExplanation {
  lastDay: string;
  zoneLabel: ZoneLabel;
  /** ISO instant. */
  dueAt: string;
  rule: RuleSummary;
  extension?: RuleSummary;
  /** One sentence, Bahasa Indonesia then English. */
  text: string;
}

export type RuleSummary = Pick<DeadlineRule, 'code' | 'regime' | 'effectiveFrom' | 'days' | 'unit' | 'source'>;

const HOUR_MS = 3_600_000;

/**
 * The rule that extends a deadline, counted on from its last day (UU 10/2016 Pasal 134 ayat (6),
 * UU 7/2017 Pasal 454 ayat (8)).
 */
export const EXTENSION_OF: Readonly<Partial<Record<DeadlineCode, DeadlineCode>>> = { DECISION: 'DECISION_EXTENSION' };

/**
 * The version of `code` for `regime` in force on `on` ('YYYY-MM-DD'): the latest `effectiveFrom`
 * not after `on`; among versions with the same `effectiveFrom` the first listed. Null when none.
 */
export function ruleFor(
  rules: readonly DeadlineRule[],
  regime: Regime,
  code: DeadlineCode,
  on: string,
): DeadlineRule | null {
  addDays(on, 0); // throws a RangeError on anything but a valid 'YYYY-MM-DD'
  let best: DeadlineRule | null = null;
  for (const rule of rules) {
    if (rule.regime !== regime || rule.code !== code || rule.effectiveFrom > on) continue;
    if (best === null || rule.effectiveFrom > best.effectiveFrom) best = rule;
  }
  return best;
}

/** The local date of a start event that happened at `instant` (e.g. receipt) in the region's zone. */
export function startDateOf(instant: Date, zone: TimeZone): string {
  return localDateOf(instant, zone);
}

/**
 * The deadline opened by an event on `start`. Both rules are chosen by `start`; the extension's days
 * are counted, in its own unit, from the main rule's last day. Null when a rule is missing.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult | null {
  const { rules, regime, code, start, zone, holidays, extension } = input;
  const rule = ruleFor(rules, regime, code, start);
  if (rule === null) return null;
  const baseLastDay = lastDayOfPeriod(start, rule.days, rule.unit, holidays);
  if (extension === undefined) {
    return { code, rule, start, lastDay: baseLastDay, dueAt: endOfDayInstant(baseLastDay, zone), zone };
  }
  const extendedBy = ruleFor(rules, regime, extension, start);
  if (extendedBy === null) return null;
  const lastDay = lastDayOfPeriod(baseLastDay, extendedBy.days, extendedBy.unit, holidays);
  return {
    code,
    rule,
    start,
    lastDay,
    dueAt: endOfDayInstant(lastDay, zone),
    zone,
    extendedBy,
    extendedFrom: baseLastDay,
  };
}

/** OVERDUE from `dueAt` on; DUE_SOON when at most `dueSoonHours` remain; OK before. */
export function deadlineState(dueAt: Date, now: Date, dueSoonHours = 24): DeadlineState {
  const left = dueAt.getTime() - now.getTime();
  if (Number.isNaN(left)) throw new RangeError('Invalid instant');
  if (left <= 0) return 'OVERDUE';
  return left <= dueSoonHours * HOUR_MS ? 'DUE_SOON' : 'OK';
}

function summary(rule: DeadlineRule): RuleSummary {
  const { code, regime, effectiveFrom, days, unit, source } = rule;
  return { code, regime, effectiveFrom, days, unit, source };
}

const UNIT_ID: Record<DayUnit, string> = { CALENDAR: 'hari kalender', WORKING: 'hari kerja' };
const UNIT_EN: Record<DayUnit, string> = { CALENDAR: 'calendar days', WORKING: 'working days' };

/** What an officer needs to check a deadline: the rule versions used, the last day, the instant. */
export function explainDeadline(r: DeadlineResult): DeadlineExplanation {
  const zoneLabel = ZONE_LABEL[r.zone];
  const dueAt = r.dueAt.toISOString();
  const { rule, extendedBy: ext } = r;
  const basis = (x: DeadlineRule, since: string, en: boolean): string => {
    const version = `${x.regime} ${x.code}, ${en ? 'in force from' : 'berlaku sejak'} ${x.effectiveFrom}, ${x.source}`;
    return `${x.days} ${(en ? UNIT_EN : UNIT_ID)[x.unit]} ${en ? 'from' : 'sejak'} ${since} (${version})`;
  };
  const extId = ext && r.extendedFrom ? `, diperpanjang ${basis(ext, r.extendedFrom, false)}` : '';
  const extEn = ext && r.extendedFrom ? `, extended by ${basis(ext, r.extendedFrom, true)}` : '';
  const text =
    `Hari terakhir ${r.lastDay}, berakhir pukul 24.00 ${zoneLabel} (${dueAt}) — ${basis(rule, r.start, false)}${extId} / ` +
    `Last day ${r.lastDay}, ends at 24:00 ${zoneLabel} (${dueAt}) — ${basis(rule, r.start, true)}${extEn}`;
  return {
    lastDay: r.lastDay,
    zoneLabel,
    dueAt,
    rule: summary(rule),
    ...(ext ? { extension: summary(ext) } : {}),
    text,
  };
}
