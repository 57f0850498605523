import type { ElectionCreate, ElectionStage, Regime } from '../../shared/api/elections';
import type { RegionLevel } from '../../shared/roles';
import type { Queryable } from '../db/db';

export interface ElectionRecord {
  id: string;
  name: string;
  regime: Regime;
  source: string | null;
  created_at: Date;
  updated_at: Date;
}
export interface StageRecord {
  election_id: string;
  code: string;
  name: string;
  starts_on: string;
  ends_on: string;
}
export interface ElectionRegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
}
export interface RegionCountRecord {
  election_id: string;
  province: number;
  regency: number;
}

const ELECTION_COLUMNS = 'id, name, regime, source, created_at, updated_at';

export async function findElection(
  db: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ElectionRecord | null> {
  const { rows } = await db.query<ElectionRecord>(
    `SELECT ${ELECTION_COLUMNS} FROM elections WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function listElectionRecords(
  db: Queryable,
  filter: { regime?: Regime; regionCodes?: string[] },
  offset: number,
  limit: number,
): Promise<{ rows: ElectionRecord[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.regime) {
    params.push(filter.regime);
    where.push(`regime = $${params.length}`);
  }
  if (filter.regionCodes) {
    params.push(filter.regionCodes);
    where.push(
      `EXISTS (SELECT 1 FROM election_regions er WHERE er.election_id = e.id AND er.region_code = ANY($${params.length}::text[]))`,
    );
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM elections e ${clause}`, params);
  const { rows } = await db.query<ElectionRecord>(
    `SELECT ${ELECTION_COLUMNS} FROM elections e ${clause}
      ORDER BY (SELECT min(starts_on) FROM election_stages s WHERE s.election_id = e.id) DESC NULLS LAST, id COLLATE "C"
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export async function findStages(db: Queryable, ids: readonly string[]): Promise<StageRecord[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<StageRecord>(
    `SELECT election_id, code, name, starts_on, ends_on FROM election_stages
      WHERE election_id = ANY($1::text[]) ORDER BY election_id, position`,
    [ids],
  );
  return rows;
}

export async function countRegions(db: Queryable, ids: readonly string[]): Promise<RegionCountRecord[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<RegionCountRecord>(
    `SELECT election_id,
            count(*) FILTER (WHERE level = 'province')::int AS province,
            count(*) FILTER (WHERE level = 'regency')::int AS regency
       FROM election_regions WHERE election_id = ANY($1::text[]) GROUP BY election_id`,
    [ids],
  );
  return rows;
}

/** How many regions hold the election. */
export async function countElectionRegions(db: Queryable, id: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM election_regions WHERE election_id = $1',
    [id],
  );
  return rows[0]?.n ?? 0;
}

export async function findElectionRegions(db: Queryable, id: string): Promise<ElectionRegionRecord[]> {
  const { rows } = await db.query<ElectionRegionRecord>(
    `SELECT r.code, r.name, r.level FROM election_regions er JOIN regions r ON r.code = er.region_code
      WHERE er.election_id = $1 ORDER BY r.code COLLATE "C"`,
    [id],
  );
  return rows;
}

export async function insertElection(
  tx: Queryable,
  e: Pick<ElectionCreate, 'id' | 'name' | 'regime' | 'source'>,
  now: Date,
) {
  await tx.query(
    `INSERT INTO elections (id, name, regime, source, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`,
    [e.id, e.name, e.regime, e.source ?? null, now],
  );
}

export async function updateElectionRow(
  tx: Queryable,
  id: string,
  fields: { name: string; regime: Regime; source: string | null },
  now: Date,
): Promise<void> {
  await tx.query(`UPDATE elections SET name = $2, regime = $3, source = $4, updated_at = $5 WHERE id = $1`, [
    id,
    fields.name,
    fields.regime,
    fields.source,
    now,
  ]);
}

export async function replaceStages(tx: Queryable, id: string, stages: readonly ElectionStage[]): Promise<void> {
  await tx.query('DELETE FROM election_stages WHERE election_id = $1', [id]);
  await tx.query(
    `INSERT INTO election_stages (election_id, code, name, position, starts_on, ends_on)
     SELECT $1, code, name, position, starts_on, ends_on
       FROM unnest($2::text[], $3::text[], $4::int[], $5::date[], $6::date[]) AS s (code, name, position, starts_on, ends_on)`,
    [
      id,
      stages.map((s) => s.code),
      stages.map((s) => s.name),
      stages.map((_, i) => i + 1),
      stages.map((s) => s.startsOn),
      stages.map((s) => s.endsOn),
    ],
  );
}

/** Replaces the regions holding the election; the level of the office is the level of the code. */
export async function replaceRegions(tx: Queryable, id: string, codes: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM election_regions WHERE election_id = $1', [id]);
  await tx.query(
    `INSERT INTO election_regions (election_id, region_code, level)
     SELECT $1, r.code, r.level FROM regions r WHERE r.code = ANY($2::text[])`,
    [id, codes],
  );
}
