import { categorise, competitionRanks, round2, type CutPoints } from '../../domain/index/categories';
import { localDateOf } from '../../domain/deadlines/calendar';
import type {
  CategoryChange,
  CutPointsResponse,
  EditionCompare,
  EditionDetail,
  EditionList,
} from '../../shared/api/index-editions';
import type { Queryable } from '../db/db';
import { AppError, notFound } from '../http/errors';
import type { CatalogueFile, PublishedEditionFile } from './files';
import { presentCutPoints, presentEdition, presentScore } from './presenter';
import {
  catalogueIsEmpty,
  cutPointsInForce,
  editionExists,
  findEdition,
  insertCatalogue,
  insertPublishedEdition,
  insertScores,
  listEditions,
  listScores,
  type CutPointRecord,
  type EditionRecord,
  type ScoreRow,
} from './repository';

/** Published IKP scores carry two decimals: categories and ranks are taken at that precision. */
const DECIMALS = 2;

/**
 * Category and competition rank of each published score, in input order: the category of the score
 * rounded to two decimals by `cut` (so 21.7 is MEDIUM and 68.5 HIGH with inclusive 'UPPER'), ranks
 * 1 = most vulnerable, equal scores sharing one ("1, 2, 2, 4").
 */
export function scoreRows(scores: readonly { code: string; score: number }[], cut: CutPoints): ScoreRow[] {
  const ranks = competitionRanks(
    scores.map((s) => s.score),
    DECIMALS,
  );
  return scores.map((s, k) => ({
    regionCode: s.code,
    score: s.score,
    category: categorise(round2(s.score), cut),
    rank: ranks[k]!,
  }));
}

function cutOf(c: CutPointRecord): CutPoints {
  return { low: c.low, high: c.high, inclusive: c.inclusive };
}

export async function listIndexEditions(db: Queryable): Promise<EditionList> {
  return { items: (await listEditions(db)).map(presentEdition) };
}

async function requireEdition(db: Queryable, id: string): Promise<EditionRecord> {
  const edition = await findEdition(db, id);
  if (!edition) throw notFound(`edisi indeks / index edition ${id}`);
  return edition;
}

export async function getIndexEdition(db: Queryable, id: string): Promise<EditionDetail> {
  const edition = await requireEdition(db, id);
  const [scores, cut] = await Promise.all([
    listScores(db, id),
    cutPointsInForce(db, edition.published_on, edition.level),
  ]);
  return {
    ...presentEdition(edition),
    cutPoints: cut[0] ? presentCutPoints(cut[0]) : null,
    scores: scores.map(presentScore),
  };
}

/** The regions of two editions of one level whose category differs, and those in only one of them. */
export async function compareIndexEditions(db: Queryable, id: string, otherId: string): Promise<EditionCompare> {
  const [from, to] = await Promise.all([requireEdition(db, id), requireEdition(db, otherId)]);
  if (from.level !== to.level) {
    throw new AppError(
      'BAD_REQUEST',
      `Edisi berbeda tingkat tidak dapat dibandingkan / Editions of different levels cannot be compared: ` +
        `${from.level}, ${to.level}`,
      { from: from.level, to: to.level },
    );
  }
  const [a, b] = await Promise.all([listScores(db, id), listScores(db, otherId)]);
  const byCode = new Map(b.map((s) => [s.region_code, s]));
  const inFrom = new Set(a.map((s) => s.region_code));
  const changes: CategoryChange[] = [];
  let compared = 0;
  for (const s of a) {
    const t = byCode.get(s.region_code);
    if (!t) continue;
    compared++;
    if (s.category === t.category) continue;
    changes.push({
      regionCode: s.region_code,
      regionName: s.region_name,
      from: { score: s.score, category: s.category, rank: s.rank },
      to: { score: t.score, category: t.category, rank: t.rank },
    });
  }
  const ref = (s: { region_code: string; region_name: string }) => ({
    regionCode: s.region_code,
    regionName: s.region_name,
  });
  const byRegion = (x: { regionCode: string }, y: { regionCode: string }) =>
    x.regionCode < y.regionCode ? -1 : x.regionCode > y.regionCode ? 1 : 0;
  return {
    from: presentEdition(from),
    to: presentEdition(to),
    compared,
    changes: changes.sort(byRegion),
    onlyInFrom: a
      .filter((s) => !byCode.has(s.region_code))
      .map(ref)
      .sort(byRegion),
    onlyInTo: b
      .filter((s) => !inFrom.has(s.region_code))
      .map(ref)
      .sort(byRegion),
  };
}

/** The cut points in force on `on` (default: today in WIB), one row per level. */
export async function indexCutPoints(db: Queryable, now: Date, on?: string): Promise<CutPointsResponse> {
  const date = on ?? localDateOf(now, 'Asia/Jakarta');
  return { on: date, items: (await cutPointsInForce(db, date)).map(presentCutPoints) };
}

// ---- Loading the shipped data sets (src/server/reference/seed.ts, inside its audited transaction) ----

/** Writes the default catalogue as catalogue version 1; skipped when a catalogue exists. */
export async function loadCatalogue(tx: Queryable, file: CatalogueFile, now: Date): Promise<Record<string, unknown>> {
  if (!(await catalogueIsEmpty(tx))) return { skipped: 'catalogue exists' };
  const version = await insertCatalogue(tx, file, now, null);
  return {
    catalogueVersion: version,
    dimensions: file.dimensions.length,
    subDimensions: file.subDimensions.length,
    indicators: file.indicators.length,
  };
}

/**
 * Writes a published edition with its scores, categorised by the cut points in force on its date for
 * its level. Regions not loaded (a partial region load in tests) are skipped, not invented.
 */
export async function loadPublishedEdition(
  tx: Queryable,
  file: PublishedEditionFile,
  now: Date,
): Promise<Record<string, unknown>> {
  if (await editionExists(tx, file.id)) return { edition: file.id, skipped: 'edition exists' };
  const [cut] = await cutPointsInForce(tx, file.publishedOn, file.level);
  if (!cut) throw new Error(`No ${file.level} cut points in force on ${file.publishedOn} for edition ${file.id}`);
  await insertPublishedEdition(tx, file, now);
  const inserted = await insertScores(tx, file.id, scoreRows(file.scores, cutOf(cut)));
  return { edition: file.id, scores: inserted, skippedRegions: file.scores.length - inserted };
}
