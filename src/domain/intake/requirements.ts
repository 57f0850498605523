/**
 * The requirement check at submission (DOMAIN.md §2): which formal and material requirements of a
 * report or finding are met. A report is always accepted; this only says what is met and missing.
 */
import type { RequirementCode, RequirementWarning } from '../../shared/intake';
import type { TimeZone } from '../../shared/zones';
import { daysBetween, endOfDayInstant, lastDayOfPeriod, localDateOf, type DayUnit } from '../deadlines/calendar';

/**
 * The codes (src/shared/intake.ts): formal — REPORTER_IDENTITY (name, valid NIK, address; met for
 * findings), REPORTED_PARTY_NAME, REPORTED_PARTY_ADDRESS (every party, at least one), WITHIN_WINDOW;
 * material — TIME_AND_PLACE, DESCRIPTION (at least 30 characters), EVIDENCE (a file or a link).
 * Warnings: FEW_WITNESSES (a report with fewer than 2), SIGNATURE_IN_PERSON (web and walk-in reports).
 */
export type { RequirementCode, RequirementWarning };

export interface ReportWindowRule {
  days: number;
  unit: DayUnit;
}

export interface RequirementInput {
  /** Findings: the identity is the supervisor's own, so REPORTER_IDENTITY is met. */
  kind: 'REPORT' | 'FINDING';
  reporter: { name: string | null; nikValid: boolean; address: string | null } | null;
  reportedParties: { name: string | null; address: string | null }[];
  /** Date the reporter knew of the act (finding: discovery date), local calendar date. */
  knownOn: string;
  /** Instant of receipt. */
  receivedAt: Date;
  /** Incident date, local. */
  incidentOn: string | null;
  incidentRegionCode: string | null;
  /** The incident region's zone. */
  zone: TimeZone;
  description: string | null;
  /** Files + links. */
  evidenceCount: number;
  witnessCount: number;
  channel: 'WEB' | 'WALK_IN' | 'FINDING';
}

export interface RequirementStatus {
  code: RequirementCode;
  met: boolean;
}

export interface ReportWindow {
  lastDay: string;
  /** ISO instant: the end of `lastDay` in the incident region's zone. */
  endsAt: string;
  /** Local date of receipt in the incident region's zone. */
  receivedOn: string;
  /** Calendar days from `lastDay` to `receivedOn` when late; 0 when in time. */
  lateByDays: number;
}

export interface RequirementResult {
  formal: RequirementStatus[];
  material: RequirementStatus[];
  warnings: RequirementWarning[];
  /** Every code not met, formal first, in declaration order. */
  missing: RequirementCode[];
  allMet: boolean;
  window: ReportWindow;
}

export const MIN_DESCRIPTION_LENGTH = 30;
export const MIN_WITNESSES = 2;

/** Non-null and not only whitespace. */
function present(text: string | null | undefined): boolean {
  return (text ?? '').trim() !== '';
}

/** The report window opened by `knownOn`; late when received at or after the end of its last day. */
export function reportWindow(
  knownOn: string,
  receivedAt: Date,
  zone: TimeZone,
  rule: ReportWindowRule,
  holidays: ReadonlySet<string>,
): ReportWindow {
  const lastDay = lastDayOfPeriod(knownOn, rule.days, rule.unit, holidays);
  const endsAt = endOfDayInstant(lastDay, zone);
  const receivedOn = localDateOf(receivedAt, zone);
  const late = receivedAt.getTime() >= endsAt.getTime();
  return { lastDay, endsAt: endsAt.toISOString(), receivedOn, lateByDays: late ? daysBetween(lastDay, receivedOn) : 0 };
}

/** REPORTER_IDENTITY: always met for findings; for reports a name, a valid NIK and an address. */
function reporterIdentified(input: RequirementInput): boolean {
  if (input.kind === 'FINDING') return true;
  const r = input.reporter;
  return r !== null && present(r.name) && r.nikValid && present(r.address);
}

/** At least one reported party, and `field` present for each. */
function everyParty(input: RequirementInput, field: 'name' | 'address'): boolean {
  return input.reportedParties.length > 0 && input.reportedParties.every((p) => present(p[field]));
}

/** Description of at least 30 characters (code points) after trimming. */
function described(description: string | null): boolean {
  return [...(description ?? '').trim()].length >= MIN_DESCRIPTION_LENGTH;
}

/** Warnings only concern reports: few witnesses, and a signature to be checked in person. */
function warningsOf(input: RequirementInput): RequirementWarning[] {
  if (input.kind !== 'REPORT') return [];
  const warnings: RequirementWarning[] = [];
  if (input.witnessCount < MIN_WITNESSES) warnings.push('FEW_WITNESSES');
  if (input.channel === 'WEB' || input.channel === 'WALK_IN') warnings.push('SIGNATURE_IN_PERSON');
  return warnings;
}

/** What a submission meets and misses; the report window is counted from `knownOn` under `rule`. */
export function checkRequirements(
  input: RequirementInput,
  rule: ReportWindowRule,
  holidays: ReadonlySet<string>,
): RequirementResult {
  const window = reportWindow(input.knownOn, input.receivedAt, input.zone, rule, holidays);
  const formal: RequirementStatus[] = [
    { code: 'REPORTER_IDENTITY', met: reporterIdentified(input) },
    { code: 'REPORTED_PARTY_NAME', met: everyParty(input, 'name') },
    { code: 'REPORTED_PARTY_ADDRESS', met: everyParty(input, 'address') },
    { code: 'WITHIN_WINDOW', met: window.lateByDays === 0 },
  ];
  const material: RequirementStatus[] = [
    { code: 'TIME_AND_PLACE', met: input.incidentOn !== null && present(input.incidentRegionCode) },
    { code: 'DESCRIPTION', met: described(input.description) },
    { code: 'EVIDENCE', met: input.evidenceCount >= 1 },
  ];
  const missing = [...formal, ...material].filter((r) => !r.met).map((r) => r.code);
  return { formal, material, warnings: warningsOf(input), missing, allMet: missing.length === 0, window };
}
