import { z } from 'zod';
import { IsoDate, RegionCode } from './common';
import { CalendarDate } from './elections';

/**
 * Editions of the vulnerability index (Indeks Kerawanan Pemilu, DOMAIN.md §6) and their scores, as
 * the public statistics pages read them. Aggregates per region only: no personal data.
 */

export const IndexLevel = z.enum(['province', 'regency']);
export type IndexLevel = z.infer<typeof IndexLevel>;

/** LOW < low cut point ≤ MEDIUM < high cut point ≤ HIGH (with inclusive 'UPPER'). */
export const IndexCategory = z.enum(['LOW', 'MEDIUM', 'HIGH']);
export type IndexCategory = z.infer<typeof IndexCategory>;

/** PUBLISHED: figures published by Bawaslu, loaded as data; LIVE: computed by Netra. */
export const EditionKind = z.enum(['PUBLISHED', 'LIVE']);
export type EditionKind = z.infer<typeof EditionKind>;

export const EditionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Kode edisi, mis. ikp-2024-provinsi / edition id, e.g. ikp-2024-provinsi');

export const EditionParams = z.object({ id: EditionId });
export type EditionParams = z.infer<typeof EditionParams>;

export const EditionCompareParams = z.object({ id: EditionId, otherId: EditionId });
export type EditionCompareParams = z.infer<typeof EditionCompareParams>;

export const EditionSummary = z.object({
  id: EditionId,
  kind: EditionKind,
  level: IndexLevel,
  title: z.string(),
  publishedOn: IsoDate,
  source: z.string(),
  /** The catalogue version a LIVE edition was computed with; null for a published one. */
  catalogueVersion: z.number().int().positive().nullable(),
  computedAt: z.string().datetime().nullable(),
  /** Regions with a row in the edition (scored or not). */
  regionCount: z.number().int().nonnegative(),
});
export type EditionSummary = z.infer<typeof EditionSummary>;

export const EditionList = z.object({ items: z.array(EditionSummary) });
export type EditionList = z.infer<typeof EditionList>;

export const RegionScore = z.object({
  regionCode: RegionCode,
  regionName: z.string(),
  /** 0–100, higher is more vulnerable; null when the region had too little data. */
  score: z.number().min(0).max(100).nullable(),
  category: IndexCategory.nullable(),
  /** 1 = most vulnerable; equal scores share a rank ("1, 2, 2, 4"). */
  rank: z.number().int().positive().nullable(),
  /** How a computed score is made up (dimensions, sub-dimensions, indicators); null when published. */
  breakdown: z.record(z.string(), z.unknown()).nullable(),
});
export type RegionScore = z.infer<typeof RegionScore>;

export const CutPointRow = z.object({
  level: IndexLevel,
  effectiveFrom: IsoDate,
  low: z.number(),
  high: z.number(),
  /** The category a score exactly on a cut point belongs to: 'UPPER' = the higher one. */
  inclusive: z.enum(['UPPER', 'LOWER']),
  source: z.string(),
});
export type CutPointRow = z.infer<typeof CutPointRow>;

export const EditionDetail = EditionSummary.extend({
  /** The cut points in force on the edition's date for its level; null when none were. */
  cutPoints: CutPointRow.nullable(),
  /** By rank, then unscored regions by code. */
  scores: z.array(RegionScore),
});
export type EditionDetail = z.infer<typeof EditionDetail>;

const ScoreAt = z.object({
  score: z.number().nullable(),
  category: IndexCategory.nullable(),
  rank: z.number().int().positive().nullable(),
});

export const CategoryChange = z.object({
  regionCode: RegionCode,
  regionName: z.string(),
  from: ScoreAt,
  to: ScoreAt,
});
export type CategoryChange = z.infer<typeof CategoryChange>;

const RegionRef = z.object({ regionCode: RegionCode, regionName: z.string() });

export const EditionCompare = z.object({
  from: EditionSummary,
  to: EditionSummary,
  /** Regions in both editions. */
  compared: z.number().int().nonnegative(),
  /** Regions in both editions whose category differs, in region code order. */
  changes: z.array(CategoryChange),
  onlyInFrom: z.array(RegionRef),
  onlyInTo: z.array(RegionRef),
});
export type EditionCompare = z.infer<typeof EditionCompare>;

export const CutPointsQuery = z.object({
  /** The date the cut points are in force on; today (WIB) when omitted. */
  on: CalendarDate.optional(),
});
export type CutPointsQuery = z.infer<typeof CutPointsQuery>;

export const CutPointsResponse = z.object({
  on: IsoDate,
  /** One row per level: the one in force on `on`. */
  items: z.array(CutPointRow),
});
export type CutPointsResponse = z.infer<typeof CutPointsResponse>;
