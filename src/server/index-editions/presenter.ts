import type { CutPointRow, EditionSummary, RegionScore } from '../../shared/api/index-editions';
import type { CutPointRecord, EditionRecord, ScoreRecord } from './repository';

/** The only shapes index data leaves the server in: aggregates per region, nothing about people. */
export function presentEdition(e: EditionRecord): EditionSummary {
  return {
    id: e.id,
    kind: e.kind,
    level: e.level,
    title: e.title,
    publishedOn: e.published_on,
    source: e.source,
    catalogueVersion: e.catalogue_version,
    computedAt: e.computed_at ? e.computed_at.toISOString() : null,
    regionCount: e.region_count,
  };
}

export function presentScore(s: ScoreRecord): RegionScore {
  return {
    regionCode: s.region_code,
    regionName: s.region_name,
    score: s.score,
    category: s.category,
    rank: s.rank,
    breakdown: s.breakdown,
  };
}

export function presentCutPoints(c: CutPointRecord): CutPointRow {
  return {
    level: c.level,
    effectiveFrom: c.effective_from,
    low: c.low,
    high: c.high,
    inclusive: c.inclusive,
    source: c.source,
  };
}
