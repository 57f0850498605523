/**
 * The vulnerability index engine (DOMAIN.md §6). Pure: the catalogue, values and cut points are
 * parameters. O(regions × indicators) plus a sort of the regions.
 *
 * 1. Normalise: for each indicator, across the regions of the level that have a value,
 *    (v − min) / (max − min) × 100, or (max − v) / (max − min) × 100 when a higher value is less
 *    vulnerable. When max = min (every region tied, or a single region) the indicator tells regions
 *    apart in no way and every region gets 0, with a note. 0 rather than 50: the indicator then
 *    adds nothing to any score, so scores stay comparable with those computed without it; 50 would
 *    lift every region by the same amount and could move them across cut points.
 * 2. Missing values are never 0. A region without a value for an indicator is scored without it: the
 *    weights of the other indicators of its sub-dimension are rescaled to sum to 1; a sub-dimension
 *    left without values is dropped and its dimension's weights rescaled; likewise dimensions.
 *    `coverage` is the share of the level's nominal weight (`LevelTree.nominal`) that had values; below
 *    `policy.minCoverage` the region gets no score, category nor rank (reason INSUFFICIENT_DATA).
 * 3. Aggregate: sub-dimension = Σ weight' × normalised, dimension = Σ weight' × sub-dimension,
 *    score = Σ weight' × dimension. Full precision is kept; the category and rank use the score
 *    rounded to `policy.decimals` (default 2, the published precision) so they agree with what is shown.
 */
import { INDEX_LEVELS, levelTree, validateCatalogue } from './catalogue';
import type { Catalogue, IndexLevel, LevelTree, TreeNode } from './catalogue';
import { categorise, competitionRanks, roundTo, validateCutPoints, type Category, type CutPoints } from './categories';

export interface IndexValue {
  /** Region code (Kemendagri, with dots). */
  region: string;
  /** Indicator code. */
  indicator: string;
  value: number;
}

export interface IndexPolicy {
  /** Share (0–1) of the level's nominal indicator weight a region needs to be scored. Default 0.5. */
  minCoverage?: number;
  /** Decimals of the score used to categorise and rank; null for full precision. Default 2. */
  decimals?: number | null;
}

export interface IndexInput {
  catalogue: Catalogue;
  level: IndexLevel;
  values: readonly IndexValue[];
  cut: CutPoints;
  /**
   * Every region of the level. When given, a region without values is listed as INSUFFICIENT_DATA and
   * values of other regions are ignored; when not, the regions are those that have values.
   */
  regions?: readonly string[];
  policy?: IndexPolicy;
}

export type IgnoreReason = 'UNKNOWN_INDICATOR' | 'OTHER_LEVEL' | 'UNKNOWN_REGION';
export interface IgnoredValue extends IndexValue {
  reason: IgnoreReason;
}

export interface IndexNote {
  code: 'NO_SPREAD' | 'NO_VALUES';
  indicator: string;
  /** Bahasa Indonesia / English. */
  text: string;
}

/** The range an indicator was normalised over; min and max are null when no region has a value. */
export interface IndicatorStats {
  code: string;
  count: number;
  min: number | null;
  max: number | null;
}

/**
 * In a breakdown, `weight` is the share among the siblings that had values (after reweighting) and
 * `contribution` the part of the region's total score; both are null for an item without values and
 * for every item of a region without a score. The contributions of the indicators (or of the
 * sub-dimensions, or of the dimensions) sum to the score.
 */
export interface IndicatorBreakdown {
  code: string;
  raw: number | null;
  normalised: number | null;
  weight: number | null;
  contribution: number | null;
}
export interface NodeBreakdown {
  code: string;
  weight: number | null;
  score: number | null;
  contribution: number | null;
}
export interface SubDimensionBreakdown extends NodeBreakdown {
  indicators: IndicatorBreakdown[];
}
export interface DimensionBreakdown extends NodeBreakdown {
  subDimensions: SubDimensionBreakdown[];
}

export interface RegionResult {
  region: string;
  /** 0–100, full precision; null when the region has too little data. */
  score: number | null;
  category: Category | null;
  /** 1 = most vulnerable; equal (rounded) scores share a rank, the next rank skips ("1, 2, 2, 4"). */
  rank: number | null;
  reason: 'INSUFFICIENT_DATA' | null;
  /** Share (0–1) of the level's nominal indicator weight with a value. */
  coverage: number;
  /** Codes of the level's indicators without a value for the region, in catalogue order. */
  missing: string[];
  dimensions: DimensionBreakdown[];
}

export interface IndexResult {
  level: IndexLevel;
  cut: CutPoints;
  policy: { minCoverage: number; decimals: number | null };
  /** Scored regions by rank (then code), then the others by code. */
  regions: RegionResult[];
  indicators: IndicatorStats[];
  ignored: IgnoredValue[];
  notes: IndexNote[];
}

export const DEFAULT_MIN_COVERAGE = 0.5;
export const DEFAULT_DECIMALS = 2;
/** Slack for comparing a sum of weights with the coverage threshold. */
const EPSILON = 1e-12;

function check(problems: string[]): void {
  if (problems.length > 0) throw new RangeError(problems.join('; '));
}

/** Computes the index of every region of `input.level`. Throws a RangeError on unusable input. */
export function computeIndex(input: IndexInput): IndexResult {
  const { catalogue, level, values, cut } = input;
  const minCoverage = input.policy?.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const decimals = input.policy?.decimals === undefined ? DEFAULT_DECIMALS : input.policy.decimals;
  check(validateCatalogue(catalogue));
  check(validateCutPoints(cut));
  if (!INDEX_LEVELS.includes(level)) throw new RangeError(`Tingkat tidak dikenal / Unknown level: ${String(level)}`);
  if (!(minCoverage >= 0 && minCoverage <= 1)) {
    throw new RangeError(`minCoverage harus 0–1 / minCoverage must be within 0–1: ${minCoverage}`);
  }
  if (decimals !== null && !(Number.isInteger(decimals) && decimals >= 0)) {
    throw new RangeError(`decimals harus bilangan bulat ≥ 0 / decimals must be an integer ≥ 0: ${decimals}`);
  }
  const st = levelTree(catalogue, level);
  const n = st.indicators.length;
  if (n === 0) throw new RangeError(`Tidak ada indikator tingkat ${level} / No indicators at level ${level}`);
  const column = new Map(st.indicators.map((i, k) => [i.code, k]));
  const levelOf = new Map(catalogue.indicators.map((i) => [i.code, i.level]));

  // Raw values, one row per region; NaN marks a missing value (non-finite input is rejected).
  const rows = new Map<string, Float64Array>();
  const newRow = (): Float64Array => new Float64Array(n).fill(Number.NaN);
  for (const r of input.regions ?? []) {
    if (rows.has(r)) throw new RangeError(`Wilayah ganda / Duplicate region: ${r}`);
    rows.set(r, newRow());
  }
  const ignored: IgnoredValue[] = [];
  for (const v of values) {
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) {
      throw new RangeError(`Nilai tidak valid / Invalid value: ${v.region} ${v.indicator} ${String(v.value)}`);
    }
    const k = column.get(v.indicator);
    const otherLevel = levelOf.has(v.indicator);
    if (k === undefined) {
      ignored.push({ ...v, reason: otherLevel ? 'OTHER_LEVEL' : 'UNKNOWN_INDICATOR' });
      continue;
    }
    let row = rows.get(v.region);
    if (row === undefined) {
      if (input.regions !== undefined) {
        ignored.push({ ...v, reason: 'UNKNOWN_REGION' });
        continue;
      }
      rows.set(v.region, (row = newRow()));
    }
    if (!Number.isNaN(row[k]!)) {
      throw new RangeError(`Nilai ganda / Duplicate value: ${v.region} ${v.indicator}`);
    }
    row[k] = v.value;
  }

  // Range of each indicator.
  const min = new Float64Array(n).fill(Infinity);
  const max = new Float64Array(n).fill(-Infinity);
  const count = new Int32Array(n);
  for (const row of rows.values()) {
    for (let k = 0; k < n; k++) {
      const x = row[k]!;
      if (Number.isNaN(x)) continue;
      count[k]!++;
      if (x < min[k]!) min[k] = x;
      if (x > max[k]!) max[k] = x;
    }
  }
  const indicators: IndicatorStats[] = st.indicators.map((ind, k) => {
    const c = count[k]!;
    return { code: ind.code, count: c, min: c > 0 ? min[k]! : null, max: c > 0 ? max[k]! : null };
  });
  const notes = indicators.flatMap(noteOn);

  const results: RegionResult[] = [];
  for (const [region, row] of rows) {
    const norm = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const x = row[k]!;
      const span = max[k]! - min[k]!;
      if (Number.isNaN(x)) norm[k] = Number.NaN;
      else if (span === 0) norm[k] = 0;
      else if (st.indicators[k]!.direction === 'HIGHER_LESS_VULNERABLE') norm[k] = ((max[k]! - x) / span) * 100;
      else norm[k] = ((x - min[k]!) / span) * 100;
    }
    results.push(scoreRegion(st, region, row, norm, minCoverage));
  }
  return {
    level,
    cut,
    policy: { minCoverage, decimals },
    regions: rank(results, cut, decimals),
    indicators,
    ignored,
    notes,
  };
}

/** Why an indicator tells no region apart, if it does not. */
function noteOn({ code, count, min, max }: IndicatorStats): IndexNote[] {
  if (count === 0) {
    const text = `Indikator ${code} tanpa nilai; tidak dihitung / Indicator ${code} has no values; left out everywhere`;
    return [{ code: 'NO_VALUES', indicator: code, text }];
  }
  if (min !== max) return [];
  const [id, en] =
    count === 1
      ? ['hanya satu wilayah bernilai', 'only one region has a value']
      : [`${count} wilayah bernilai sama (${min})`, `all ${count} regions have the same value (${min})`];
  const text = `Indikator ${code}: ${id}; dinormalisasi 0 / Indicator ${code}: ${en}; normalised to 0`;
  return [{ code: 'NO_SPREAD', indicator: code, text }];
}

/** Sums weights and scores of `children` that have a score; `[weight sum, weighted score sum]`. */
function weighAll(nodes: TreeNode[], children: number[], scores: Float64Array): [number, number] {
  let w = 0;
  let acc = 0;
  for (const c of children) {
    if (Number.isNaN(scores[c]!)) continue;
    w += nodes[c]!.weight;
    acc += nodes[c]!.weight * scores[c]!;
  }
  return [w, acc];
}

function scoreRegion(
  st: LevelTree,
  region: string,
  raw: Float64Array,
  norm: Float64Array,
  minCoverage: number,
): RegionResult {
  const subW = st.subDimensions.map((s) => weighAll(st.leaves, s.children, norm));
  const subScore = Float64Array.from(subW, ([w, acc]) => (w > 0 ? acc / w : Number.NaN));
  const dimW = st.dimensions.map((d) => weighAll(st.subDimensions, d.children, subScore));
  const dimScore = Float64Array.from(dimW, ([w, acc]) => (w > 0 ? acc / w : Number.NaN));
  const [totalW, totalAcc] = weighAll(st.dimensions, st.roots, dimScore);

  const missing: string[] = [];
  let coverage = 0;
  norm.forEach((x, k) => {
    if (Number.isNaN(x)) missing.push(st.indicators[k]!.code);
    else coverage += st.nominal[k]!;
  });
  if (missing.length === 0) coverage = 1;
  const scored = totalW > 0 && coverage >= minCoverage - EPSILON;

  // A NaN (no values) propagates down the tree and ends as null.
  const orNull = (x: number): number | null => (scored && !Number.isNaN(x) ? x : null);
  const share = (weight: number, total: number, score: number): number => (Number.isNaN(score) ? NaN : weight / total);
  const node = (code: string, weight: number, score: number, factor: number): NodeBreakdown => ({
    code,
    weight: orNull(weight),
    score: orNull(score),
    contribution: orNull(factor * score),
  });
  const dimensions = st.dimensions.map((d, dk): DimensionBreakdown => {
    const dw = share(d.weight, totalW, dimScore[dk]!);
    const subDimensions = d.children.map((sk): SubDimensionBreakdown => {
      const s = st.subDimensions[sk]!;
      const sw = share(s.weight, dimW[dk]![0], subScore[sk]!);
      const indicators = s.children.map((k): IndicatorBreakdown => {
        const iw = share(st.indicators[k]!.weight, subW[sk]![0], norm[k]!);
        return {
          code: st.indicators[k]!.code,
          raw: Number.isNaN(raw[k]!) ? null : raw[k]!,
          normalised: Number.isNaN(norm[k]!) ? null : norm[k]!,
          weight: orNull(iw),
          contribution: orNull(dw * sw * iw * norm[k]!),
        };
      });
      return { ...node(s.code, sw, subScore[sk]!, dw * sw), indicators };
    });
    return { ...node(d.code, dw, dimScore[dk]!, dw), subDimensions };
  });
  const score = scored ? totalAcc / totalW : null;
  return {
    region,
    score,
    category: null,
    rank: null,
    reason: score === null ? 'INSUFFICIENT_DATA' : null,
    coverage,
    missing,
    dimensions,
  };
}

/** Categories and ranks on the score rounded to `decimals`; orders the regions. */
function rank(results: RegionResult[], cut: CutPoints, decimals: number | null): RegionResult[] {
  const byCode = (a: RegionResult, b: RegionResult): number => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0);
  const scored = results.filter((r) => r.score !== null);
  const ranks = competitionRanks(
    scored.map((r) => r.score!),
    decimals,
  );
  scored.forEach((r, k) => {
    r.rank = ranks[k]!;
    r.category = categorise(decimals === null ? r.score! : roundTo(r.score!, decimals), cut);
  });
  scored.sort((a, b) => a.rank! - b.rank! || byCode(a, b));
  return [...scored, ...results.filter((r) => r.score === null).sort(byCode)];
}
