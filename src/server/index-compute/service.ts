import { performance } from 'node:perf_hooks';
import {
  computeIndex,
  validateCatalogue,
  type Catalogue,
  type IndexValue,
  type RegionResult,
} from '../../domain/index';
import { localDateOf } from '../../domain/deadlines/calendar';
import type { IndexLevel } from '../../shared/api/index-editions';
import { mutate, type Actor } from '../audit/audit';
import type { Database, Queryable } from '../db/db';
import { AppError } from '../http/errors';
import { cutPointsInForce, findEdition } from '../index-editions/repository';
import {
  computedIndicatorValues,
  currentCatalogue,
  deleteLiveEdition,
  importedIndicatorValues,
  insertCatalogueVersion,
  insertLiveEdition,
  latestCatalogueVersion,
  regionCodesAt,
  type CatalogueSnapshot,
  type LiveScoreRow,
  type PeriodQuery,
} from './repository';

export { computedIndicatorValues, type PeriodQuery } from './repository';

/**
 * Live editions of the vulnerability index (issue 5): Netra's computed indicators merged with the
 * latest imported values, scored by the pure engine (`computeIndex`) with the cut points in force on
 * the period's last day, stored as a LIVE edition `live-{level}-{to}` that the public read API
 * (`src/server/index-editions/`) serves like a published one, with a breakdown per region.
 */

export const LIVE_SOURCE = 'Dihitung Netra dari data penanganan dan indikator terimpor';
const LEVEL_LABEL: Record<IndexLevel, string> = { province: 'provinsi', regency: 'kabupaten/kota' };
/** Longest period one edition may cover (a typo of a year should not scan every case ever). */
const MAX_PERIOD_DAYS = 3 * 366;
const DAY_MS = 86_400_000;

export interface LiveEditionSummary {
  editionId: string;
  level: IndexLevel;
  from: string;
  to: string;
  catalogueVersion: number;
  /** Regions of the level in the edition (scored or not). */
  regions: number;
  scored: number;
  /** Regions with too little data (coverage below the engine's threshold). */
  unscored: number;
  computedValues: number;
  importedValues: number;
  /** Whether an earlier edition of the same id was replaced. */
  replaced: boolean;
  ms: number;
}

export function liveEditionId(level: IndexLevel, to: string): string {
  return `live-${level}-${to}`;
}

/** The default period of the daily job: the 90 days up to today in WIB (both ends included). */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const to = localDateOf(now, 'Asia/Jakarta');
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 90 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

function checkPeriod(q: PeriodQuery): void {
  const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / DAY_MS;
  if (!(days >= 0 && days <= MAX_PERIOD_DAYS)) {
    throw new AppError(
      'BAD_REQUEST',
      `Periode harus dari ≤ sampai, paling lama ${MAX_PERIOD_DAYS} hari / ` +
        `The period must have from ≤ to and span at most ${MAX_PERIOD_DAYS} days: ${q.from} – ${q.to}`,
      { from: q.from, to: q.to },
    );
  }
}

const byCode = <T extends { code: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

function sameCatalogue(a: CatalogueSnapshot, b: CatalogueSnapshot): boolean {
  const canon = (s: CatalogueSnapshot) =>
    JSON.stringify([byCode(s.dimensions), byCode(s.subDimensions), byCode(s.indicators)]);
  return canon(a) === canon(b);
}

/** `items` in the order of `previous` (the display order of the loaded file), new codes after, by code. */
function inOrderOf<T extends { code: string }>(items: readonly T[], previous: readonly { code: string }[]): T[] {
  const pos = new Map(previous.map((p, k) => [p.code, k]));
  const at = (x: T) => pos.get(x.code) ?? Number.MAX_SAFE_INTEGER;
  return byCode(items).sort((a, b) => at(a) - at(b));
}

/**
 * The catalogue version the edition is computed with. The catalogue tables are what an admin edits;
 * each version snapshots them. When the tables equal the latest snapshot (compared by code,
 * whatever the order) that version is used, with its display order; when they differ (or no version
 * exists) a new version is recorded inside the edition's transaction, keeping the previous order.
 */
async function catalogueVersionFor(
  tx: Queryable,
  actor: Actor,
  now: Date,
): Promise<{ version: number; snapshot: CatalogueSnapshot; recorded: boolean }> {
  const current = await currentCatalogue(tx);
  const latest = await latestCatalogueVersion(tx);
  if (latest && sameCatalogue(current, latest.snapshot)) return { ...latest, recorded: false };
  const snapshot: CatalogueSnapshot = {
    dimensions: inOrderOf(current.dimensions, latest?.snapshot.dimensions ?? []),
    subDimensions: inOrderOf(current.subDimensions, latest?.snapshot.subDimensions ?? []),
    indicators: inOrderOf(current.indicators, latest?.snapshot.indicators ?? []),
  };
  return { version: await insertCatalogueVersion(tx, snapshot, now, actor.id), snapshot, recorded: true };
}

/**
 * The engine's catalogue for `level`: active indicators only; sub-dimensions and dimensions left
 * without any are dropped (the engine would refuse them, and they carry no weight anyway).
 */
function activeCatalogue(s: CatalogueSnapshot, level: IndexLevel): Catalogue {
  const indicators = s.indicators.filter((i) => i.active && i.level === level);
  const subs = new Set(indicators.map((i) => i.subDimension));
  const subDimensions = s.subDimensions.filter((x) => subs.has(x.code));
  const dims = new Set(subDimensions.map((x) => x.dimension));
  return { dimensions: s.dimensions.filter((d) => dims.has(d.code)), subDimensions, indicators };
}

/** What a region's row keeps besides score, category and rank: enough to explain the score. */
function breakdownOf(r: RegionResult): Record<string, unknown> {
  return { coverage: r.coverage, reason: r.reason, missing: r.missing, dimensions: r.dimensions };
}

/**
 * Computes and stores the LIVE edition of `level` for cases received in [from, to], replacing an
 * earlier one of the same id, in one audited transaction (`index.edition_computed`, counts only).
 * Refuses (BAD_REQUEST) a malformed period, a level without active indicators, no cut points in
 * force on `to`, and an id that belongs to a published edition.
 */
export async function computeLiveEdition(
  deps: { db: Database },
  actor: Actor,
  now: Date,
  q: PeriodQuery,
): Promise<LiveEditionSummary> {
  const t0 = performance.now();
  checkPeriod(q);
  const editionId = liveEditionId(q.level, q.to);
  const summary = await mutate(deps.db, actor, now, async (tx) => {
    const existing = await findEdition(tx, editionId);
    if (existing && existing.kind !== 'LIVE') {
      throw new AppError('CONFLICT', `Edisi ${editionId} sudah ada / Edition ${editionId} exists and is not LIVE`);
    }
    // One connection: the statements run one after the other.
    const catalogue = await catalogueVersionFor(tx, actor, now);
    const cut = await cutPointsInForce(tx, q.to, q.level);
    const regions = await regionCodesAt(tx, q.level);
    const computed = await computedIndicatorValues(tx, q, now);
    const imported = await importedIndicatorValues(tx, q.level, q.to);
    const cat = activeCatalogue(catalogue.snapshot, q.level);
    if (cat.indicators.length === 0 || validateCatalogue(cat).length > 0) {
      throw new AppError(
        'BAD_REQUEST',
        `Katalog tanpa indikator aktif yang sah untuk tingkat ${q.level} / ` +
          `The catalogue has no usable active indicators at level ${q.level}`,
        { problems: validateCatalogue(cat) },
      );
    }
    const cutRow = cut[0];
    if (!cutRow) {
      throw new AppError(
        'BAD_REQUEST',
        `Tidak ada batas kategori ${q.level} yang berlaku pada ${q.to} / No ${q.level} cut points in force on ${q.to}`,
      );
    }
    const values: IndexValue[] = [...imported, ...computed];
    const result = computeIndex({
      catalogue: cat,
      level: q.level,
      values,
      regions,
      cut: { low: cutRow.low, high: cutRow.high, inclusive: cutRow.inclusive },
    });
    const scores: LiveScoreRow[] = result.regions.map((r) => ({
      regionCode: r.region,
      score: r.score === null ? null : Math.min(100, Math.max(0, r.score)),
      category: r.category,
      rank: r.rank,
      breakdown: breakdownOf(r),
    }));
    const replaced = await deleteLiveEdition(tx, editionId);
    const stored = await insertLiveEdition(
      tx,
      {
        id: editionId,
        level: q.level,
        title: `Indeks Kerawanan Pemilu langsung, ${LEVEL_LABEL[q.level]}, ${q.from} s.d. ${q.to}`,
        publishedOn: q.to,
        source: LIVE_SOURCE,
        catalogueVersion: catalogue.version,
      },
      scores,
      now,
    );
    const scored = scores.filter((s) => s.score !== null).length;
    const summary: Omit<LiveEditionSummary, 'ms'> = {
      editionId,
      level: q.level,
      from: q.from,
      to: q.to,
      catalogueVersion: catalogue.version,
      regions: stored,
      scored,
      unscored: stored - scored,
      computedValues: computed.length,
      importedValues: imported.length,
      replaced,
    };
    return {
      result: summary,
      audit: {
        action: 'index.edition_computed',
        subjectType: 'index_edition',
        subjectId: editionId,
        data: { ...summary, catalogueVersionRecorded: catalogue.recorded },
      },
    };
  });
  return { ...summary, ms: Math.round(performance.now() - t0) };
}
