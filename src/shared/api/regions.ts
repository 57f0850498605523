import { z } from 'zod';
import { REGION_LEVELS } from '../roles';
import { TIME_ZONES, ZONE_LABELS } from '../zones';
import { PageQuery, RegionCode, page } from './common';

export const RegionLevel = z.enum(REGION_LEVELS);
export const TimeZone = z.enum(TIME_ZONES);
export const ZoneLabel = z.enum(ZONE_LABELS);

export const RegionSummary = z.object({
  code: RegionCode,
  name: z.string(),
  level: RegionLevel,
  parentCode: RegionCode.nullable(),
  timeZone: TimeZone,
  zone: ZoneLabel,
});
export type RegionSummary = z.infer<typeof RegionSummary>;

export const RegionDetail = RegionSummary.extend({
  /** From the province down to the parent. */
  ancestors: z.array(RegionSummary),
  childCount: z.number().int().nonnegative(),
});
export type RegionDetail = z.infer<typeof RegionDetail>;

export const RegionParams = z.object({ code: RegionCode });

/** Exactly one way to list at a time is not required: filters combine (e.g. `q` within `parent`). */
export const RegionListQuery = PageQuery.extend({
  level: RegionLevel.optional(),
  /** Direct children of this region. */
  parent: RegionCode.optional(),
  /** This region's descendants at any depth (e.g. villages named X within a regency). */
  within: RegionCode.optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type RegionListQuery = z.infer<typeof RegionListQuery>;

export const RegionPage = page(RegionSummary);
export type RegionPage = z.infer<typeof RegionPage>;
