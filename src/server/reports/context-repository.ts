import type { Queryable } from '../db/db';

export type Regime = 'PILKADA' | 'PEMILU';

/** Everything intake needs from reference data, read in one statement (one round trip per report). */
export interface IntakeContext {
  /** Which of the asked region codes exist. */
  known: Set<string>;
  /** The office region (a province or regency), for its name. */
  office: { code: string; name: string; level: 'province' | 'regency' } | null;
  /** The asked election (by id), or the most recent one held in the place. */
  election: { id: string; regime: Regime } | null;
  /** The report-window rule in force on the asked date, per regime. */
  windowRules: Partial<Record<Regime, { days: number; unit: 'CALENDAR' | 'WORKING' }>>;
  /** Non-working days from the asked date on (60 days: more than any report window). */
  holidays: Set<string>;
}

export interface ContextQuery {
  codes: readonly string[];
  officeCode: string;
  province: string;
  regency: string | null;
  preferProvince: boolean;
  electionId: string | null;
  /** The day the window starts from; null: no window needed (tips). */
  knownOn: string | null;
}

export async function loadIntakeContext(db: Queryable, q: ContextQuery): Promise<IntakeContext> {
  const { rows } = await db.query<{
    known: string[] | null;
    office: { code: string; name: string; level: 'province' | 'regency' } | null;
    election: { id: string; regime: Regime } | null;
    rules: { regime: Regime; days: number; unit: 'CALENDAR' | 'WORKING' }[] | null;
    holidays: string[] | null;
  }>(
    `SELECT
       (SELECT array_agg(code) FROM regions WHERE code = ANY($1::text[])) AS known,
       (SELECT json_build_object('code', code, 'name', name, 'level', level) FROM regions WHERE code = $2) AS office,
       (SELECT json_build_object('id', e.id, 'regime', e.regime)
          FROM elections e LEFT JOIN election_regions er ON er.election_id = e.id
         WHERE ($6::text IS NOT NULL AND e.id = $6)
            OR ($6::text IS NULL AND (er.region_code = $3 OR er.region_code = $4))
         ORDER BY (er.level = CASE WHEN $5::boolean THEN 'province' ELSE 'regency' END) DESC NULLS LAST,
                  (SELECT max(ends_on) FROM election_stages s WHERE s.election_id = e.id) DESC NULLS LAST, e.id
         LIMIT 1) AS election,
       (SELECT json_agg(json_build_object('regime', regime, 'days', days, 'unit', unit))
          FROM (SELECT DISTINCT ON (regime) regime, days, unit FROM deadline_rules
                 WHERE code = 'REPORT_WINDOW' AND $7::date IS NOT NULL AND effective_from <= $7::date
                 ORDER BY regime, effective_from DESC) r) AS rules,
       (SELECT array_agg(date::text) FROM holidays
         WHERE $7::date IS NOT NULL AND date BETWEEN $7::date AND $7::date + 60) AS holidays`,
    [q.codes, q.officeCode, q.province, q.regency, q.preferProvince, q.electionId, q.knownOn],
  );
  const row = rows[0]!;
  const windowRules: IntakeContext['windowRules'] = {};
  for (const r of row.rules ?? []) windowRules[r.regime] = { days: r.days, unit: r.unit };
  return {
    known: new Set(row.known ?? []),
    office: row.office,
    election: row.election,
    windowRules,
    holidays: new Set(row.holidays ?? []),
  };
}
