import type { Queryable } from '../db/db';
import type { RegionRow } from './region-source';

/** Serialises first-start seeding of several app instances on one PostgreSQL. */
const SEED_LOCK = 7_301_003;

/** Takes the seeding lock until the end of the transaction. */
export async function lockSeeding(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
}

/** Whether a reference data set is recorded in `reference_loads`. */
export async function isDatasetLoaded(db: Queryable, dataset: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM reference_loads WHERE dataset = $1', [dataset]);
  return rows.length > 0;
}

/** Records a reference data set as loaded, with what its load did. */
export async function recordDatasetLoad(
  tx: Queryable,
  dataset: string,
  now: Date,
  detail: Record<string, unknown>,
): Promise<void> {
  await tx.query('INSERT INTO reference_loads (dataset, loaded_at, detail) VALUES ($1, $2, $3::jsonb)', [
    dataset,
    now,
    JSON.stringify(detail),
  ]);
}

export const REGION_BATCH = 20_000;

/**
 * Bulk insert: one `INSERT … SELECT FROM unnest(…)` per batch of 20,000 rows (five array
 * parameters, whatever the batch size), in the caller's transaction. Rows that exist are kept.
 * Rows must come parents first. Returns the number of rows inserted.
 */
export async function insertRegions(
  tx: Queryable,
  rows: readonly RegionRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += REGION_BATCH) {
    const batch = rows.slice(i, i + REGION_BATCH);
    const res = await tx.query(
      `INSERT INTO regions (code, parent_code, level, name, time_zone)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (code) DO NOTHING`,
      [
        batch.map((r) => r.code),
        batch.map((r) => r.parentCode),
        batch.map((r) => r.level),
        batch.map((r) => r.name),
        batch.map((r) => r.timeZone),
      ],
    );
    inserted += res.rowCount;
    onProgress?.(Math.min(i + REGION_BATCH, rows.length), rows.length);
  }
  return inserted;
}

/**
 * Refreshes the planner's statistics after a bulk load: without them PostgreSQL misjudges small
 * lookups on a freshly filled table (and may even JIT-compile them), until autovacuum catches up.
 */
export async function analyzeRegions(db: Queryable): Promise<void> {
  await db.query('ANALYZE regions');
}
