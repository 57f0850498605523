import { parseRegionQuery } from '../../domain/regions/search';
import type { RegionDetail, RegionListQuery, RegionPage } from '../../shared/api/regions';
import type { Queryable } from '../db/db';
import { AppError, notFound } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import { presentRegion } from './presenter';
import { countChildren, findRegion, findRegions, listRegions } from './repository';

/** Codes of the regions above `code`, province first: 36.03.01 → [36, 36.03]. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

export async function getRegion(db: Queryable, code: string): Promise<RegionDetail> {
  const region = await findRegion(db, code);
  if (!region) throw notFound(`wilayah / region ${code}`);
  const [ancestors, childCount] = await Promise.all([findRegions(db, ancestorCodes(code)), countChildren(db, code)]);
  return { ...presentRegion(region), ancestors: ancestors.map(presentRegion), childCount };
}

export async function searchRegions(db: Queryable, query: RegionListQuery): Promise<RegionPage> {
  const offset = offsetOf(query.cursor);
  await requireRegions(
    db,
    [query.parent, query.within].filter((c): c is string => c !== undefined),
  );
  const { rows, total } = await listRegions(
    db,
    {
      level: query.level,
      parent: query.parent,
      within: query.within,
      search: query.q ? parseRegionQuery(query.q) : undefined,
    },
    offset,
    query.limit,
  );
  return offsetPage(rows.map(presentRegion), total, offset, query.limit);
}

/** Throws UNKNOWN_REGION naming every code that is not a known region. */
export async function requireRegions(db: Queryable, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const unique = [...new Set(codes)];
  const found = new Set((await findRegions(db, unique)).map((r) => r.code));
  const missing = unique.filter((c) => !found.has(c));
  if (missing.length > 0) {
    throw new AppError('UNKNOWN_REGION', `Wilayah tidak dikenal / Unknown region: ${missing.slice(0, 10).join(', ')}`, {
      regions: missing,
    });
  }
}
