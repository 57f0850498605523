import type { z } from 'zod';
import {
  computeDeadline,
  explainDeadline,
  EXTENSION_OF,
  liabilityFor,
  routeFor,
  ruleFor,
  type DeadlineRule,
  type LiabilityRule,
  type RoutingRule,
} from '../../domain/cases';
import { timeZoneOfCode } from '../../domain/regions/time-zone';
import type { DeadlineRuleAnswer, LiabilityRuleAnswer, RouteRuleAnswer, RuleVersion } from '../../shared/api/cases';
import type { Category, DeadlineCode, Regime } from '../../shared/cases';
import type { SubjectType } from '../../shared/intake';
import { loadRuleBook } from '../cases/rules-repository';
import type { Queryable } from '../db/db';
import { AppError } from '../http/errors';
import { requireRegions } from '../regions/service';

/**
 * "Why this date, why this body": the effective-dated rules of case handling applied to one
 * question, with the version used and its source, so an officer can check what Netra computed.
 * Read-only; the rules and holidays come from the database (`loadRuleBook`).
 */
export type DeadlineRuleAnswer = z.infer<typeof DeadlineRuleAnswer>;
export type RouteRuleAnswer = z.infer<typeof RouteRuleAnswer>;
export type LiabilityRuleAnswer = z.infer<typeof LiabilityRuleAnswer>;
type RuleVersionView = z.infer<typeof RuleVersion>;

export interface DeadlineQuestion {
  regime: Regime;
  rule: DeadlineCode;
  /** Local date of the start event; day 1 is the day after it. */
  start: string;
  /** Region whose zone ends the last day (the incident region). */
  region: string;
  /** Counted on with the rule's extension (DECISION → DECISION_EXTENSION). */
  extended: boolean;
}

function deadlineVersion(rule: DeadlineRule): RuleVersionView {
  const { code, regime, effectiveFrom, days, unit, source } = rule;
  return { code, regime, effectiveFrom, days, unit, source };
}

function noRule(what: { id: string; en: string }, on: string, details: Record<string, unknown>): AppError {
  return new AppError('NOT_FOUND', `Tidak ada ${what.id} yang berlaku pada ${on} / No ${what.en} in force on ${on}`, {
    failed: ['RULE_NOT_IN_FORCE'],
    on,
    ...details,
  });
}

/** The last day of a deadline that starts on `start`, the instant it ends in the region's zone, and why. */
export async function explainDeadlineRule(db: Queryable, q: DeadlineQuestion): Promise<DeadlineRuleAnswer> {
  const extension = q.extended ? EXTENSION_OF[q.rule] : undefined;
  if (q.extended && !extension) {
    throw new AppError('BAD_REQUEST', `Tenggat ${q.rule} tidak dapat diperpanjang / ${q.rule} cannot be extended`, {
      rule: q.rule,
      extendable: Object.keys(EXTENSION_OF),
    });
  }
  await requireRegions(db, [q.region]);
  const zone = timeZoneOfCode(q.region);
  if (!zone) {
    throw new AppError('UNKNOWN_REGION', `Zona waktu wilayah tidak dikenal / No time zone for region ${q.region}`, {
      regions: [q.region],
    });
  }
  const book = await loadRuleBook(db, q.start);
  const result = computeDeadline({
    rules: book.deadlines,
    regime: q.regime,
    code: q.rule,
    start: q.start,
    zone,
    holidays: book.holidays,
    ...(extension ? { extension } : {}),
  });
  if (!result) {
    const missing = ruleFor(book.deadlines, q.regime, q.rule, q.start) ? extension! : q.rule;
    throw noRule(
      { id: `aturan tenggat ${missing} (${q.regime})`, en: `${missing} (${q.regime}) deadline rule` },
      q.start,
      {
        regime: q.regime,
        rule: missing,
      },
    );
  }
  const explained = explainDeadline(result);
  return {
    code: result.code,
    startOn: result.start,
    lastDay: result.lastDay,
    dueAt: explained.dueAt,
    zoneLabel: explained.zoneLabel,
    rule: deadlineVersion(result.rule),
    extension: result.extendedBy ? deadlineVersion(result.extendedBy) : null,
    explanation: explained.text,
  };
}

function routingVersion(rule: RoutingRule): RuleVersionView {
  return {
    code: rule.category,
    regime: null,
    effectiveFrom: rule.effectiveFrom,
    days: null,
    unit: null,
    source: rule.source,
  };
}

/** The body a decided violation of `category` by a `subjectType`, committed on `actOn`, goes to. */
export async function explainRoute(
  db: Queryable,
  q: { category: Category; subjectType: SubjectType; actOn: string },
): Promise<RouteRuleAnswer> {
  const book = await loadRuleBook(db, q.actOn);
  const route = routeFor(book.routing, q);
  if (!route) {
    throw noRule(
      {
        id: `aturan penerusan ${q.category} untuk ${q.subjectType}`,
        en: `routing rule for ${q.category} by ${q.subjectType}`,
      },
      q.actOn,
      { category: q.category, subjectType: q.subjectType },
    );
  }
  const { rule } = route;
  const until = rule.effectiveTo ?? null;
  const whoId = rule.subjectType === '*' ? 'semua jenis terlapor' : rule.subjectType;
  const whoEn = rule.subjectType === '*' ? 'every subject type' : rule.subjectType;
  const explanation =
    `${q.category} oleh ${q.subjectType} pada ${q.actOn} diteruskan ke ${route.body}: aturan untuk ${whoId}, ` +
    `berlaku ${rule.effectiveFrom} s.d. ${until ?? 'sekarang'} (${rule.source}) / ` +
    `${q.category} by ${q.subjectType} on ${q.actOn} goes to ${route.body}: rule for ${whoEn}, ` +
    `in force ${rule.effectiveFrom} to ${until ?? 'now'} (${rule.source})`;
  return { body: route.body, rule: routingVersion(rule), explanation };
}

function liabilityVersion(rule: LiabilityRule): RuleVersionView {
  return {
    code: rule.article,
    regime: null,
    effectiveFrom: rule.effectiveFrom,
    days: null,
    unit: null,
    source: rule.source,
  };
}

/** Whether Pasal 188 reached an act of `subjectType` on `actOn` (the date of the act counts). */
export async function explainLiability(
  db: Queryable,
  q: { subjectType: SubjectType; actOn: string },
): Promise<LiabilityRuleAnswer> {
  const book = await loadRuleBook(db, q.actOn);
  const liability = liabilityFor(book.liability, q);
  return {
    article: 'PASAL_188',
    liable: liability.liable,
    rule: liability.rule ? liabilityVersion(liability.rule) : null,
    explanation: liability.reason,
  };
}
