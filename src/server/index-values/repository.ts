import type { Queryable } from '../db/db';
import type { IndexLevel } from '../../domain/index/catalogue';
import type { ValueRow } from '../../domain/index/import-values';

/** Every region code loaded (all levels, so a district code is reported as the wrong level, not unknown). */
export async function knownRegionCodes(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ code: string }>('SELECT code FROM regions');
  return new Set(rows.map((r) => r.code));
}

/**
 * The indicators whose values are imported (source_kind IMPORTED), code → level. Computed indicators
 * are Netra's own figures and cannot be overwritten by a file.
 */
export async function importableIndicators(db: Queryable): Promise<Map<string, IndexLevel>> {
  const { rows } = await db.query<{ code: string; level: IndexLevel }>(
    `SELECT code, level FROM index_indicators WHERE source_kind = 'IMPORTED' ORDER BY code`,
  );
  return new Map(rows.map((r) => [r.code, r.level]));
}

/**
 * Creates or replaces the values by (region, indicator, date) in one statement. The rows must not
 * repeat a key (the validator reports duplicates). Returns how many were created and updated.
 */
export async function upsertIndicatorValues(
  tx: Queryable,
  rows: readonly ValueRow[],
  now: Date,
): Promise<{ created: number; updated: number }> {
  const { rows: result } = await tx.query<{ created: number; updated: number }>(
    `WITH written AS (
       INSERT INTO indicator_values (region_code, indicator_code, observed_on, value, source, imported_at)
       SELECT u.region, u.indicator, u.observed_on, u.value, u.source, $6
         FROM unnest($1::text[], $2::text[], $3::date[], $4::float8[], $5::text[])
              AS u (region, indicator, observed_on, value, source)
       ON CONFLICT (region_code, indicator_code, observed_on) DO UPDATE
         SET value = EXCLUDED.value, source = EXCLUDED.source, imported_at = EXCLUDED.imported_at
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated
       FROM written`,
    [
      rows.map((r) => r.region),
      rows.map((r) => r.indicator),
      rows.map((r) => r.date),
      rows.map((r) => r.value),
      rows.map((r) => r.source),
      now,
    ],
  );
  return result[0]!;
}
