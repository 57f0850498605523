import type { Queryable } from '../db/db';
import type { IndexCategory, IndexLevel } from '../../shared/api/index-editions';
import type { CatalogueFile } from './files';

export interface CutPointRecord {
  level: IndexLevel;
  effective_from: string;
  low: number;
  high: number;
  inclusive: 'UPPER' | 'LOWER';
  source: string;
}

export interface EditionRecord {
  id: string;
  kind: 'PUBLISHED' | 'LIVE';
  level: IndexLevel;
  title: string;
  published_on: string;
  source: string;
  catalogue_version: number | null;
  computed_at: Date | null;
  region_count: number;
}

export interface ScoreRecord {
  region_code: string;
  region_name: string;
  score: number | null;
  category: IndexCategory | null;
  rank: number | null;
  breakdown: Record<string, unknown> | null;
}

export interface ScoreRow {
  regionCode: string;
  score: number;
  category: IndexCategory;
  rank: number;
}

const CUT_COLUMNS = `level, effective_from, low::float8 AS low, high::float8 AS high, inclusive, source`;

/** Per level, the cut points in force on `on` (the latest `effective_from` ≤ `on`). */
export async function cutPointsInForce(db: Queryable, on: string, level?: IndexLevel): Promise<CutPointRecord[]> {
  const { rows } = await db.query<CutPointRecord>(
    `SELECT DISTINCT ON (level) ${CUT_COLUMNS} FROM index_cut_points
      WHERE effective_from <= $1::date AND ($2::text IS NULL OR level = $2)
      ORDER BY level, effective_from DESC`,
    [on, level ?? null],
  );
  return rows;
}

const EDITION_COLUMNS = `e.id, e.kind, e.level, e.title, e.published_on, e.source, e.catalogue_version, e.computed_at,
  (SELECT count(*)::int FROM index_scores s WHERE s.edition_id = e.id) AS region_count`;

/** Newest first. */
export async function listEditions(db: Queryable): Promise<EditionRecord[]> {
  const { rows } = await db.query<EditionRecord>(
    `SELECT ${EDITION_COLUMNS} FROM index_editions e ORDER BY e.published_on DESC, e.id`,
  );
  return rows;
}

export async function findEdition(db: Queryable, id: string): Promise<EditionRecord | null> {
  const { rows } = await db.query<EditionRecord>(`SELECT ${EDITION_COLUMNS} FROM index_editions e WHERE e.id = $1`, [
    id,
  ]);
  return rows[0] ?? null;
}

/** An edition's scores: by rank, then unscored regions, then by region code. */
export async function listScores(db: Queryable, editionId: string): Promise<ScoreRecord[]> {
  const { rows } = await db.query<ScoreRecord>(
    `SELECT s.region_code, r.name AS region_name, s.score, s.category, s.rank, s.breakdown
       FROM index_scores s JOIN regions r ON r.code = s.region_code
      WHERE s.edition_id = $1
      ORDER BY s.rank NULLS LAST, s.region_code COLLATE "C"`,
    [editionId],
  );
  return rows;
}

export async function insertPublishedEdition(
  tx: Queryable,
  e: { id: string; level: IndexLevel; title: string; publishedOn: string; source: string },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO index_editions (id, kind, level, title, published_on, source, created_at)
     VALUES ($1, 'PUBLISHED', $2, $3, $4, $5, $6)`,
    [e.id, e.level, e.title, e.publishedOn, e.source, now],
  );
}

/** One statement for all rows; rows whose region is not loaded are skipped. Returns the count inserted. */
export async function insertScores(tx: Queryable, editionId: string, rows: readonly ScoreRow[]): Promise<number> {
  const res = await tx.query(
    `INSERT INTO index_scores (edition_id, region_code, score, category, rank)
     SELECT $1, u.code, u.score, u.category, u.rank
       FROM unnest($2::text[], $3::float8[], $4::text[], $5::int[]) AS u (code, score, category, rank)
      WHERE EXISTS (SELECT 1 FROM regions r WHERE r.code = u.code)`,
    [
      editionId,
      rows.map((r) => r.regionCode),
      rows.map((r) => r.score),
      rows.map((r) => r.category),
      rows.map((r) => r.rank),
    ],
  );
  return res.rowCount;
}

export async function editionExists(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM index_editions WHERE id = $1', [id]);
  return rows.length > 0;
}

export async function catalogueIsEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM index_dimensions LIMIT 1');
  return rows.length === 0;
}

/**
 * Writes the catalogue (dimensions, sub-dimensions, indicators; one statement each) and records it
 * as a new catalogue version with its snapshot. Returns the version.
 */
export async function insertCatalogue(
  tx: Queryable,
  c: Pick<CatalogueFile, 'dimensions' | 'subDimensions' | 'indicators'>,
  now: Date,
  createdBy: string | null,
): Promise<number> {
  await tx.query(
    `INSERT INTO index_dimensions (code, name, weight)
     SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])`,
    [c.dimensions.map((d) => d.code), c.dimensions.map((d) => d.name), c.dimensions.map((d) => d.weight)],
  );
  await tx.query(
    `INSERT INTO index_sub_dimensions (code, dimension_code, name, weight)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[])`,
    [
      c.subDimensions.map((s) => s.code),
      c.subDimensions.map((s) => s.dimension),
      c.subDimensions.map((s) => s.name),
      c.subDimensions.map((s) => s.weight),
    ],
  );
  const i = c.indicators;
  await tx.query(
    `INSERT INTO index_indicators (code, sub_dimension_code, name, weight, direction, level, source_kind, unit, active)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::text[], $7::text[],
                          $8::text[], $9::bool[])`,
    [
      i.map((x) => x.code),
      i.map((x) => x.subDimension),
      i.map((x) => x.name),
      i.map((x) => x.weight),
      i.map((x) => x.direction),
      i.map((x) => x.level),
      i.map((x) => x.source),
      i.map((x) => x.unit),
      i.map((x) => x.active),
    ],
  );
  const { rows } = await tx.query<{ version: number }>(
    `INSERT INTO index_catalogue_versions (version, created_at, created_by, snapshot)
     SELECT coalesce(max(version), 0) + 1, $1, $2, $3::jsonb FROM index_catalogue_versions
     RETURNING version`,
    [
      now,
      createdBy,
      JSON.stringify({ dimensions: c.dimensions, subDimensions: c.subDimensions, indicators: c.indicators }),
    ],
  );
  return rows[0]!.version;
}
