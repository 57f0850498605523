import {
  computeDeadline,
  deadlineState,
  explainDeadline,
  EXTENSION_OF,
  type DeadlineResult,
  type DeadlineRule,
} from '../../domain/cases';
import type { DeadlineView } from '../../shared/api/cases';
import type { DeadlineCode, Regime } from '../../shared/cases';
import type { TimeZone } from '../../shared/zones';
import { AppError } from '../http/errors';
import type { DeadlineRow } from './repository';
import type { RuleBook } from './rules-repository';

/** How long before a deadline the inbox calls it "due soon". */
export const DUE_SOON_HOURS = 24;

/**
 * A deadline as stored: computed from the rule in force on its start day, in the case's zone.
 * A missing rule is a gap in the reference data, reported as such (never a silent default).
 */
export function deadlineRow(
  book: RuleBook,
  input: { regime: Regime; code: DeadlineCode; start: string; zone: TimeZone; ref?: string; extension?: DeadlineCode },
): Omit<DeadlineRow, 'met_at'> {
  const result = computeDeadline({
    rules: book.deadlines,
    regime: input.regime,
    code: input.code,
    start: input.start,
    zone: input.zone,
    holidays: book.holidays,
    ...(input.extension ? { extension: input.extension } : {}),
  });
  if (!result) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `Aturan tenggat ${input.code} (${input.regime}) belum ada untuk ${input.start} / No ${input.code} rule in force`,
      { failed: ['DEADLINE_RULE_MISSING'], code: input.code, regime: input.regime, on: input.start },
    );
  }
  return {
    code: input.code,
    ref: input.ref ?? '',
    start_on: result.start,
    last_day: result.lastDay,
    due_at: result.dueAt,
    rule_regime: input.regime,
    rule_effective_from: result.rule.effectiveFrom,
    extended_from: result.extendedBy ? result.extendedBy.effectiveFrom : null,
  };
}

function findRule(book: RuleBook, regime: Regime, code: DeadlineCode, from: string): DeadlineRule | undefined {
  return book.deadlines.find((r) => r.regime === regime && r.code === code && r.effectiveFrom === from);
}

/** A stored deadline for the API: its state now, the rule version used and the explanation. */
export function presentDeadline(book: RuleBook, row: DeadlineRow, zone: TimeZone, now: Date): DeadlineView {
  const rule = findRule(book, row.rule_regime, row.code, row.rule_effective_from);
  const extCode = EXTENSION_OF[row.code];
  const extension =
    row.extended_from && extCode ? findRule(book, row.rule_regime, extCode, row.extended_from) : undefined;
  const result: DeadlineResult | null = rule
    ? {
        code: row.code,
        rule,
        start: row.start_on,
        lastDay: row.last_day,
        dueAt: row.due_at,
        zone,
        ...(extension ? { extendedBy: extension } : {}),
      }
    : null;
  const explained = result ? explainDeadline(result) : null;
  const version = (r: DeadlineRule | undefined, code: string, from: string) => ({
    code,
    regime: row.rule_regime,
    effectiveFrom: from,
    days: r?.days ?? null,
    unit: r?.unit ?? null,
    source: r?.source ?? 'aturan tidak lagi ada / rule no longer present',
  });
  return {
    code: row.code,
    ref: row.ref,
    startOn: row.start_on,
    lastDay: row.last_day,
    dueAt: row.due_at.toISOString(),
    zoneLabel: explained?.zoneLabel ?? zone,
    state: row.met_at ? 'OK' : deadlineState(row.due_at, now, DUE_SOON_HOURS),
    met: row.met_at !== null,
    rule: version(rule, row.code, row.rule_effective_from),
    extension: row.extended_from && extCode ? version(extension, extCode, row.extended_from) : null,
    explanation: explained?.text ?? `${row.code}: ${row.last_day}`,
  };
}
