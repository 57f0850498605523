import type { IndexLevel } from '../../shared/api/index-editions';
import type { IndexValue } from '../../domain/index';
import { NIP_SUBJECTS } from '../../shared/intake';
import type { Queryable } from '../db/db';

/**
 * SQL of the live vulnerability index (issue 5): the COMPUTED indicators from Netra's own cases,
 * the latest imported values, the active catalogue and its versions, and the LIVE edition's rows.
 * Reading published editions stays in `src/server/index-editions/repository.ts`.
 *
 * Computed indicators, per region of the level, over the cases received in [from, to], days in WIB
 * like the job's period (a WITA or WIT case received in the first hour or two of a local day may
 * fall on the WIB day before: a constant window keeps the statement a plain range the planner
 * estimates well; the per-row local day made it misjudge the join and took 3× longer). MERGED cases are left out: their report lives on in the case
 * they were merged into. The region of a case is, for provinces, `province_code`; for regencies,
 * the handling office when it is a regency/city Bawaslu, else the regency of the incident region
 * (`substr(incident_region_code, 1, 5)`); a provincial case without a regency-level incident
 * region counts for no regency. "At" is the reference instant: the end of `to` (WIB), or now if
 * earlier, so an edition of a past period does not change with the day it is recomputed.
 *
 * - `NETRALITAS_ASN_PER_10K_*`: cases (findings and reports) with an ASN party (PNS, PPPK, camat,
 *   lurah: `NIP_SUBJECTS`) × 10,000 / the region's ASN headcount (PNS + PPPK) in the latest
 *   `asn_headcounts` row with `as_of` ≤ `to`. No headcount (or a headcount of 0): no value, never 0.
 *   A region with a headcount and no such case: 0 (a true zero).
 * - `PERKARA_DIPUTUS_MELANGGAR_*` (percent): among registered cases that were decided (status
 *   VIOLATION or later — FORWARDED, FOLLOW_UP_RECEIVED, CLOSED — or NOT_VIOLATION), the share
 *   decided as a violation. No decided case: no value.
 * - `PENANGANAN_LEWAT_BATAS_WAKTU_*` (percent): among cases with a DECISION deadline (met, or
 *   still open; a case that ended without meeting it — withdrawn, not registered — is left out),
 *   the share whose deadline was met after it ended or had ended unmet by "at". None: no value.
 * - `PENERUSAN_TANPA_TINDAK_LANJUT_*` (percent, a share rather than a count so that large and small
 *   regions compare): among forwardings of those cases whose expected reply instant passed before
 *   "at", the share with no follow-up recorded by "at". None due: no value.
 * - Any other active COMPUTED indicator of the catalogue (e.g. prevention coverage, until Netra
 *   records prevention work) has no formula here and is simply absent for every region.
 */

/** Computed indicator codes without their level suffix (`_PROV`, `_KAB`). */
export const COMPUTED_METRICS = [
  'NETRALITAS_ASN_PER_10K',
  'PERKARA_DIPUTUS_MELANGGAR',
  'PENANGANAN_LEWAT_BATAS_WAKTU',
  'PENERUSAN_TANPA_TINDAK_LANJUT',
] as const;

export const LEVEL_SUFFIX: Record<IndexLevel, string> = { province: '_PROV', regency: '_KAB' };

export interface PeriodQuery {
  level: IndexLevel;
  /** First day of receipt, 'YYYY-MM-DD'. */
  from: string;
  /** Last day of receipt, 'YYYY-MM-DD' (also the date headcounts and imported values are taken on). */
  to: string;
}

/** The reference instant of a period: the end of `to` in WIB, or `now` when that is earlier. */
export function periodInstant(to: string, now: Date): Date {
  const endOfTo = new Date(`${to}T00:00:00+07:00`);
  endOfTo.setUTCDate(endOfTo.getUTCDate() + 1);
  return endOfTo < now ? endOfTo : now;
}

const COMPUTED_SQL = `
WITH scoped AS MATERIALIZED (
  SELECT c.id, c.status, c.is_open, c.registered_at,
         (c.subject_types && $4::text[]) AS asn,
         CASE WHEN $1 = 'province' THEN c.province_code
              WHEN length(c.office_code) = 5 THEN c.office_code
              WHEN length(c.incident_region_code) >= 5 THEN substr(c.incident_region_code, 1, 5) END AS region
    FROM cases c
   WHERE c.status <> 'MERGED'
     AND c.received_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Jakarta')
     AND c.received_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')
),
by_case AS MATERIALIZED (
  SELECT s.region,
         count(*) FILTER (WHERE s.asn) AS asn_cases,
         count(*) FILTER (WHERE s.registered_at IS NOT NULL
                            AND s.status IN ('VIOLATION', 'FORWARDED', 'FOLLOW_UP_RECEIVED', 'CLOSED')) AS violations,
         count(*) FILTER (WHERE s.registered_at IS NOT NULL
                            AND s.status IN ('VIOLATION', 'FORWARDED', 'FOLLOW_UP_RECEIVED', 'CLOSED',
                                             'NOT_VIOLATION')) AS decided,
         count(d.case_id) FILTER (WHERE d.met_at IS NOT NULL OR s.is_open) AS with_deadline,
         count(d.case_id) FILTER (WHERE (d.met_at IS NOT NULL OR s.is_open)
                                    AND d.due_at < least(coalesce(d.met_at, 'infinity'), $5::timestamptz)) AS late
    FROM scoped s
    LEFT JOIN case_deadlines d ON d.case_id = s.id AND d.code = 'DECISION' AND d.ref = ''
   WHERE s.region IS NOT NULL
   GROUP BY s.region
),
by_forwarding AS MATERIALIZED (
  SELECT s.region, count(*) AS due,
         count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM follow_ups u
                                             WHERE u.forwarding_id = f.id AND u.recorded_at <= $5::timestamptz)) AS unanswered
    FROM scoped s JOIN forwardings f ON f.case_id = s.id
   WHERE s.region IS NOT NULL AND f.expected_reply_at < $5::timestamptz
   GROUP BY s.region
),
headcount AS MATERIALIZED (
  SELECT DISTINCT ON (h.region_code) h.region_code, h.pns + h.pppk AS asn
    FROM asn_headcounts h
   WHERE h.as_of <= $3::date
   ORDER BY h.region_code, h.as_of DESC
),
metrics AS (
  SELECT r.code,
         CASE WHEN h.asn > 0 THEN coalesce(c.asn_cases, 0) * 10000.0 / h.asn END AS per_10k,
         CASE WHEN c.decided > 0 THEN 100.0 * c.violations / c.decided END AS violation_share,
         CASE WHEN c.with_deadline > 0 THEN 100.0 * c.late / c.with_deadline END AS late_share,
         CASE WHEN f.due > 0 THEN 100.0 * f.unanswered / f.due END AS unanswered_share
    FROM regions r
    LEFT JOIN by_case c ON c.region = r.code
    LEFT JOIN by_forwarding f ON f.region = r.code
    LEFT JOIN headcount h ON h.region_code = r.code
   WHERE r.level = $1
)
SELECT m.code AS region, i.code AS indicator, v.value::float8 AS value
  FROM metrics m
 CROSS JOIN LATERAL (VALUES ('NETRALITAS_ASN_PER_10K', m.per_10k),
                            ('PERKARA_DIPUTUS_MELANGGAR', m.violation_share),
                            ('PENANGANAN_LEWAT_BATAS_WAKTU', m.late_share),
                            ('PENERUSAN_TANPA_TINDAK_LANJUT', m.unanswered_share)) AS v (metric, value)
  JOIN index_indicators i ON i.code = v.metric || $6 AND i.level = $1 AND i.active AND i.source_kind = 'COMPUTED'
 WHERE v.value IS NOT NULL
 ORDER BY m.code COLLATE "C", i.code COLLATE "C"`;

/**
 * The COMPUTED indicators of the active catalogue at `q.level` for cases received in [from, to],
 * one row per region × indicator that has a value (see the header of this file). One statement.
 */
export async function computedIndicatorValues(db: Queryable, q: PeriodQuery, now: Date): Promise<IndexValue[]> {
  const { rows } = await db.query<IndexValue>(COMPUTED_SQL, [
    q.level,
    q.from,
    q.to,
    NIP_SUBJECTS,
    periodInstant(q.to, now),
    LEVEL_SUFFIX[q.level],
  ]);
  return rows;
}

/** Per region × active IMPORTED indicator of the level, the latest observation on or before `on`. */
export async function importedIndicatorValues(db: Queryable, level: IndexLevel, on: string): Promise<IndexValue[]> {
  const { rows } = await db.query<IndexValue>(
    `SELECT DISTINCT ON (v.region_code, v.indicator_code)
            v.region_code AS region, v.indicator_code AS indicator, v.value
       FROM indicator_values v
       JOIN index_indicators i ON i.code = v.indicator_code
        AND i.level = $1 AND i.active AND i.source_kind = 'IMPORTED'
       JOIN regions r ON r.code = v.region_code AND r.level = $1
      WHERE v.observed_on <= $2::date
      ORDER BY v.region_code, v.indicator_code, v.observed_on DESC`,
    [level, on],
  );
  return rows;
}

/** Codes of every region of the level, in code order. */
export async function regionCodesAt(db: Queryable, level: IndexLevel): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT code FROM regions WHERE level = $1 ORDER BY code COLLATE "C"`,
    [level],
  );
  return rows.map((r) => r.code);
}

/** The catalogue as stored in a version snapshot (the shape of `catalogue-2024.json`'s parts). */
export interface CatalogueSnapshot {
  dimensions: { code: string; name: string; weight: number }[];
  subDimensions: { code: string; dimension: string; name: string; weight: number }[];
  indicators: {
    code: string;
    subDimension: string;
    name: string;
    weight: number;
    direction: 'HIGHER_MORE_VULNERABLE' | 'HIGHER_LESS_VULNERABLE';
    level: IndexLevel;
    source: 'IMPORTED' | 'COMPUTED';
    unit: string | null;
    active: boolean;
  }[];
}

/** The catalogue tables as they are now (every indicator, active or not), in code order. One statement. */
export async function currentCatalogue(db: Queryable): Promise<CatalogueSnapshot> {
  const { rows } = await db.query<{ snapshot: CatalogueSnapshot }>(
    `SELECT jsonb_build_object(
       'dimensions', coalesce((SELECT jsonb_agg(jsonb_build_object('code', code, 'name', name, 'weight', weight)
                                                ORDER BY code COLLATE "C") FROM index_dimensions), '[]'),
       'subDimensions', coalesce((SELECT jsonb_agg(jsonb_build_object('code', code, 'dimension', dimension_code,
                                                   'name', name, 'weight', weight) ORDER BY code COLLATE "C")
                                    FROM index_sub_dimensions), '[]'),
       'indicators', coalesce((SELECT jsonb_agg(jsonb_build_object('code', code, 'subDimension', sub_dimension_code,
                                                'name', name, 'weight', weight, 'direction', direction,
                                                'level', level, 'source', source_kind, 'unit', unit,
                                                'active', active) ORDER BY code COLLATE "C")
                                 FROM index_indicators), '[]')) AS snapshot`,
  );
  return rows[0]!.snapshot;
}

export async function latestCatalogueVersion(
  db: Queryable,
): Promise<{ version: number; snapshot: CatalogueSnapshot } | null> {
  const { rows } = await db.query<{ version: number; snapshot: CatalogueSnapshot }>(
    `SELECT version, snapshot FROM index_catalogue_versions ORDER BY version DESC LIMIT 1`,
  );
  return rows[0] ?? null;
}

/** Records `snapshot` as the next catalogue version; returns it. */
export async function insertCatalogueVersion(
  tx: Queryable,
  snapshot: CatalogueSnapshot,
  now: Date,
  createdBy: string | null,
): Promise<number> {
  const { rows } = await tx.query<{ version: number }>(
    `INSERT INTO index_catalogue_versions (version, created_at, created_by, snapshot)
     SELECT coalesce(max(version), 0) + 1, $1, $2, $3::jsonb FROM index_catalogue_versions
     RETURNING version`,
    [now, createdBy, JSON.stringify(snapshot)],
  );
  return rows[0]!.version;
}

export interface LiveEditionRow {
  id: string;
  level: IndexLevel;
  title: string;
  publishedOn: string;
  source: string;
  catalogueVersion: number;
}

export interface LiveScoreRow {
  regionCode: string;
  score: number | null;
  category: string | null;
  rank: number | null;
  breakdown: Record<string, unknown>;
}

/** Deletes a LIVE edition (its scores go with it); returns whether there was one. */
export async function deleteLiveEdition(tx: Queryable, id: string): Promise<boolean> {
  const res = await tx.query(`DELETE FROM index_editions WHERE id = $1 AND kind = 'LIVE'`, [id]);
  return res.rowCount > 0;
}

/** Writes a LIVE edition and all its scores (one statement for the scores); returns the score count. */
export async function insertLiveEdition(
  tx: Queryable,
  e: LiveEditionRow,
  scores: readonly LiveScoreRow[],
  now: Date,
): Promise<number> {
  await tx.query(
    `INSERT INTO index_editions (id, kind, level, title, published_on, source, catalogue_version, computed_at, created_at)
     VALUES ($1, 'LIVE', $2, $3, $4, $5, $6, $7, $7)`,
    [e.id, e.level, e.title, e.publishedOn, e.source, e.catalogueVersion, now],
  );
  const res = await tx.query(
    `INSERT INTO index_scores (edition_id, region_code, score, category, rank, breakdown)
     SELECT $1, u.code, u.score, u.category, u.rank, u.breakdown::jsonb
       FROM unnest($2::text[], $3::float8[], $4::text[], $5::int[], $6::text[])
            AS u (code, score, category, rank, breakdown)`,
    [
      e.id,
      scores.map((s) => s.regionCode),
      scores.map((s) => s.score),
      scores.map((s) => s.category),
      scores.map((s) => s.rank),
      scores.map((s) => JSON.stringify(s.breakdown)),
    ],
  );
  return res.rowCount;
}
