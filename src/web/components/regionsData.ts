import { RegionDetail, RegionPage, type RegionSummary } from '../../shared/api/regions';
import type { RegionLevel } from '../../shared/roles';
import { api } from '../api';

/** Children lists change only with reference data imports: cache them for the page's lifetime. */
const childrenCache = new Map<string, Promise<RegionSummary[]>>();

/** All provinces (parent null) or all children of `parent`, following `next` pages. */
export function loadChildren(parent: string | null): Promise<RegionSummary[]> {
  const key = parent ?? '';
  let found = childrenCache.get(key);
  if (!found) {
    found = (async () => {
      const items: RegionSummary[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const res: RegionPage = await api.get('/api/regions', RegionPage, {
          level: parent === null ? 'province' : undefined,
          parent: parent ?? undefined,
          limit: 500,
          cursor,
        });
        items.push(...res.items);
        cursor = res.next;
        if (!cursor) break;
      }
      return items;
    })();
    found.catch(() => childrenCache.delete(key));
    childrenCache.set(key, found);
  }
  return found;
}

/**
 * Regions whose name matches `q`, down to `maxLevel`: the target level first, then the levels
 * above it (one request per level, so 80,000 villages cannot crowd out the regencies).
 */
export async function searchRegions(
  q: string,
  maxLevel: RegionLevel,
  levels: readonly RegionLevel[],
): Promise<RegionSummary[]> {
  const wanted = levels.slice(0, levels.indexOf(maxLevel) + 1).reverse();
  const pages = await Promise.all(wanted.map((level) => api.get('/api/regions', RegionPage, { q, level, limit: 10 })));
  return pages.flatMap((p) => p.items);
}

export async function loadRegion(code: string): Promise<RegionDetail> {
  return api.get(`/api/regions/${encodeURIComponent(code)}`, RegionDetail);
}
