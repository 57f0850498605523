import { normaliseQuery, parseRegionQuery } from '../../domain/regions/search';
import type { Queryable } from '../db/db';
import { findRegion, findRegions, listRegions, type RegionRecord } from '../regions/repository';

/** The regencies and cities of one province, for an `<optgroup>` of the region select. */
export interface ProvinceGroup {
  code: string;
  name: string;
  regencies: { code: string; name: string }[];
}

/** Every regency/city grouped by province, both in code order. */
export async function regenciesByProvince(db: Queryable): Promise<ProvinceGroup[]> {
  const [provinces, regencies] = await Promise.all([
    listRegions(db, { level: 'province' }, 0, 500),
    listRegions(db, { level: 'regency' }, 0, 5000),
  ]);
  const groups = new Map<string, ProvinceGroup>(
    provinces.rows.map((p) => [p.code, { code: p.code, name: p.name, regencies: [] }]),
  );
  for (const r of regencies.rows) {
    if (r.parent_code) groups.get(r.parent_code)?.regencies.push({ code: r.code, name: r.name });
  }
  return [...groups.values()].filter((g) => g.regencies.length > 0);
}

export const REGENCY_CODE = /^\d{2}\.\d{2}$/;
const AREA_CODE = /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/;
/** Candidates listed when a name is ambiguous. */
export const MAX_CANDIDATES = 10;

/** A district or village found for a typed name, with its district's name for villages. */
export interface AreaCandidate {
  code: string;
  name: string;
  level: 'district' | 'village';
  districtName: string | null;
}

export type AreaDecision =
  { kind: 'resolved'; code: string } | { kind: 'none' } | { kind: 'several'; candidates: AreaCandidate[] };

/**
 * What a typed "kecamatan / desa / kelurahan" means, given the ranked matches inside the regency:
 * one match → it; several → the one whose whole name is the query when there is exactly one such
 * (respecting a "Kec." / "Desa" prefix), else the choice is the reporter's; none → none.
 */
export function decideArea(query: string, matches: readonly AreaCandidate[]): AreaDecision {
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length === 1) return { kind: 'resolved', code: matches[0]!.code };
  const parsed = parseRegionQuery(query);
  const wanted = parsed.name ?? parsed.literal;
  const exact = matches.filter(
    (m) =>
      (normaliseQuery(m.name) === wanted && (parsed.level === null || parsed.level === m.level)) ||
      normaliseQuery(m.name) === parsed.literal,
  );
  if (exact.length === 1) return { kind: 'resolved', code: exact[0]!.code };
  const ordered = [...exact, ...matches.filter((m) => !exact.includes(m))];
  return { kind: 'several', candidates: ordered.slice(0, MAX_CANDIDATES) };
}

/**
 * Resolves `query` inside `regencyCode`: a district/village code (chosen from a candidate list
 * earlier) must lie inside the regency; a name is searched among its districts and villages.
 */
export async function resolveArea(db: Queryable, regencyCode: string, query: string): Promise<AreaDecision> {
  const q = query.trim();
  if (AREA_CODE.test(q)) {
    const found = q.startsWith(regencyCode + '.') ? await findRegion(db, q) : null;
    return found ? { kind: 'resolved', code: found.code } : { kind: 'none' };
  }
  if (q.length > 100) return { kind: 'none' };
  const { rows } = await listRegions(db, { within: regencyCode, search: parseRegionQuery(q) }, 0, 30);
  return decideArea(q, await candidatesOf(db, rows));
}

async function candidatesOf(db: Queryable, rows: readonly RegionRecord[]): Promise<AreaCandidate[]> {
  const local = rows.filter(
    (r): r is RegionRecord & { level: 'district' | 'village' } => r.level === 'district' || r.level === 'village',
  );
  const parents = [...new Set(local.filter((r) => r.level === 'village').map((r) => r.parent_code ?? ''))];
  const names = new Map((await findRegions(db, parents)).map((d) => [d.code, d.name]));
  return local.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    districtName: r.level === 'village' ? (names.get(r.parent_code ?? '') ?? null) : null,
  }));
}
