import { escapeLike, type RegionQuery } from '../../domain/regions/search';
import type { Queryable } from '../db/db';
import type { RegionLevel } from '../../shared/roles';
import type { TimeZone } from '../../shared/zones';

export interface RegionRecord {
  code: string;
  parent_code: string | null;
  level: RegionLevel;
  name: string;
  time_zone: TimeZone;
}

const COLUMNS = 'code, parent_code, level, name, time_zone';
const LEVEL_ORDER = `CASE level WHEN 'province' THEN 1 WHEN 'regency' THEN 2 WHEN 'district' THEN 3 ELSE 4 END`;

export async function findRegion(db: Queryable, code: string): Promise<RegionRecord | null> {
  const { rows } = await db.query<RegionRecord>(`SELECT ${COLUMNS} FROM regions WHERE code = $1`, [code]);
  return rows[0] ?? null;
}

/** The regions among `codes`, in code order. */
export async function findRegions(db: Queryable, codes: readonly string[]): Promise<RegionRecord[]> {
  if (codes.length === 0) return [];
  const { rows } = await db.query<RegionRecord>(
    `SELECT ${COLUMNS} FROM regions WHERE code = ANY($1::text[]) ORDER BY code COLLATE "C"`,
    [codes],
  );
  return rows;
}

export async function countChildren(db: Queryable, code: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM regions WHERE parent_code = $1', [
    code,
  ]);
  return rows[0]?.n ?? 0;
}

export interface RegionListFilter {
  level?: RegionLevel;
  parent?: string;
  within?: string;
  search?: RegionQuery;
}

/**
 * One page of regions. Without a search: in code order. With one: exact name matches before
 * prefix matches before matches inside the name, then province → village, then name.
 */
export async function listRegions(
  db: Queryable,
  filter: RegionListFilter,
  offset: number,
  limit: number,
): Promise<{ rows: RegionRecord[]; total: number }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (filter.level) where.push(`level = ${p(filter.level)}`);
  if (filter.parent) where.push(`parent_code = ${p(filter.parent)}`);
  if (filter.within) where.push(`code LIKE ${p(escapeLike(filter.within) + '.%')}`);

  let rank = '0';
  let order = 'code COLLATE "C"';
  const s = filter.search;
  if (s) {
    const lit = p(s.literal);
    const litPrefix = p(escapeLike(s.literal) + '%');
    const litContains = p('%' + escapeLike(s.literal) + '%');
    const literal = `CASE WHEN search_name = ${lit} OR name_lower = ${lit} THEN 0
      WHEN search_name LIKE ${litPrefix} OR name_lower LIKE ${litPrefix} THEN 1
      WHEN name_lower LIKE ${litContains} THEN 2 END`;
    if (s.name !== null && s.level !== null) {
      const name = p(s.name);
      const prefixed = `CASE WHEN level = ${p(s.level)} AND (${p(s.kind)}::text IS NULL OR kind = ${p(s.kind)})
        THEN CASE WHEN search_name = ${name} THEN 0
                  WHEN search_name LIKE ${p(escapeLike(s.name) + '%')} THEN 1
                  WHEN search_name LIKE ${p('%' + escapeLike(s.name) + '%')} THEN 2 END END`;
      rank = `LEAST(${prefixed}, ${literal})`;
    } else {
      rank = literal;
    }
    order = `rank, ${LEVEL_ORDER}, name COLLATE "C", code COLLATE "C"`;
  }
  const base = `SELECT ${COLUMNS}, ${rank} AS rank FROM regions ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
  const filtered = `SELECT * FROM (${base}) m WHERE rank IS NOT NULL`;
  const { rows } = await db.query<RegionRecord & { total: number }>(
    `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM (${filtered}) f ORDER BY ${order} LIMIT ${p(limit)} OFFSET ${p(offset)}`,
    params,
  );
  if (rows.length > 0) return { rows, total: rows[0]!.total };
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${filtered}) f`, params.slice(0, -2));
  return { rows: [], total: count.rows[0]?.n ?? 0 };
}
