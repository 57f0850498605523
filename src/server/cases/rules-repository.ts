import type { DeadlineRule, LiabilityRule, RoutingRule } from '../../domain/cases';
import type { TimeZone } from '../../shared/zones';
import type { Queryable } from '../db/db';

/**
 * The legal reference data case handling reads: deadline rules, routing and liability rules (all
 * effective-dated, with their sources) and the holidays that working days skip.
 */
export interface RuleBook {
  deadlines: DeadlineRule[];
  routing: RoutingRule[];
  liability: LiabilityRule[];
  holidays: ReadonlySet<string>;
}

/** Every rule (a few dozen rows) and the holidays from `from` for a year: one round trip. */
export async function loadRuleBook(db: Queryable, from: string): Promise<RuleBook> {
  const { rows } = await db.query<{
    deadlines:
      | {
          regime: DeadlineRule['regime'];
          code: DeadlineRule['code'];
          effectiveFrom: string;
          days: number;
          unit: DeadlineRule['unit'];
          source: string;
        }[]
      | null;
    routing: RoutingRule[] | null;
    liability: LiabilityRule[] | null;
    holidays: string[] | null;
  }>(
    `SELECT
       (SELECT json_agg(json_build_object('regime', regime, 'code', code, 'effectiveFrom', effective_from::text,
                'days', days, 'unit', unit, 'source', source) ORDER BY regime, code, effective_from)
          FROM deadline_rules) AS deadlines,
       (SELECT json_agg(json_build_object('category', category, 'subjectType', subject_type,
                'effectiveFrom', effective_from::text, 'effectiveTo', effective_to::text, 'body', body, 'source', source)
                ORDER BY category, subject_type, effective_from)
          FROM routing_rules) AS routing,
       (SELECT json_agg(json_build_object('article', article, 'subjectType', subject_type,
                'effectiveFrom', effective_from::text, 'source', source) ORDER BY subject_type, effective_from)
          FROM liability_rules) AS liability,
       (SELECT array_agg(date::text ORDER BY date) FROM holidays
         WHERE date BETWEEN $1::date - 31 AND $1::date + 400) AS holidays`,
    [from],
  );
  const row = rows[0]!;
  return {
    deadlines: row.deadlines ?? [],
    routing: row.routing ?? [],
    liability: row.liability ?? [],
    holidays: new Set(row.holidays ?? []),
  };
}

/** The zone and name of a region (deadlines end at the end of a day there). */
export async function regionZone(
  db: Queryable,
  code: string,
): Promise<{ code: string; name: string; time_zone: TimeZone; level: string } | null> {
  const { rows } = await db.query<{ code: string; name: string; time_zone: TimeZone; level: string }>(
    'SELECT code, name, time_zone, level FROM regions WHERE code = $1',
    [code],
  );
  return rows[0] ?? null;
}
