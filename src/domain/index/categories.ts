/**
 * Categories of the vulnerability index (DOMAIN.md §6): a score of 0–100 is LOW, MEDIUM or HIGH by
 * two cut points that differ by level, with the side a score exactly on a cut point falls on made
 * explicit. Also the rounding used for display. Pure.
 */
import type { IndexLevel } from './catalogue';

export const CATEGORIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CutPoints {
  /** Lowest score of MEDIUM (or, with inclusive 'LOWER', highest score of LOW). */
  low: number;
  /** Lowest score of HIGH (or, with inclusive 'LOWER', highest score of MEDIUM). */
  high: number;
  /**
   * The category a score exactly on a cut point belongs to.
   * 'UPPER' (the reading of DOMAIN.md §6): low < `low` ≤ medium < `high` ≤ high.
   * 'LOWER': low ≤ `low` < medium ≤ `high` < high.
   */
  inclusive: 'LOWER' | 'UPPER';
}

/**
 * IKP 2024 cut points (DOMAIN.md §6): provinces low < 21.7 ≤ medium < 68.5 ≤ high; regencies and
 * cities low < 13.47 ≤ medium < 49.33 ≤ high.
 *
 * These constants are only the seed and default: the server stores cut points as effective-dated
 * reference data (a new edition of the index may change them) and passes the version in force to the
 * engine. Do not read them directly where a stored version should apply.
 */
export const IKP_2024_CUT_POINTS: Readonly<Record<IndexLevel, Readonly<CutPoints>>> = {
  province: { low: 21.7, high: 68.5, inclusive: 'UPPER' },
  regency: { low: 13.47, high: 49.33, inclusive: 'UPPER' },
};

/** The problems of a set of cut points (Bahasa Indonesia / English); empty when usable. */
export function validateCutPoints(cut: CutPoints): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(cut.low) || !Number.isFinite(cut.high)) {
    problems.push('Batas kategori harus bilangan / Cut points must be finite numbers');
  } else if (!(cut.low < cut.high)) {
    problems.push(
      `Batas bawah harus lebih kecil dari batas atas: ${cut.low} ≥ ${cut.high} / ` +
        `The low cut point must be below the high one: ${cut.low} ≥ ${cut.high}`,
    );
  }
  if (cut.inclusive !== 'LOWER' && cut.inclusive !== 'UPPER') {
    problems.push(
      `Sisi batas tidak dikenal: ${String(cut.inclusive)} / Unknown boundary side: ${String(cut.inclusive)}`,
    );
  }
  return problems;
}

/**
 * The category of `score` as given (round it first if the category should match a rounded display).
 * Throws a RangeError on a non-finite score or unusable cut points.
 */
export function categorise(score: number, cut: CutPoints): Category {
  if (!Number.isFinite(score)) throw new RangeError(`Skor tidak valid / Invalid score: ${score}`);
  const problems = validateCutPoints(cut);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  if (cut.inclusive === 'UPPER') {
    if (score < cut.low) return 'LOW';
    return score < cut.high ? 'MEDIUM' : 'HIGH';
  }
  if (score <= cut.low) return 'LOW';
  return score <= cut.high ? 'MEDIUM' : 'HIGH';
}

/**
 * `x` rounded half up to `decimals` places, for display and for comparing with published figures.
 * Float noise is removed first (to 15 significant digits), so 21.699999999999996 → 21.7 and
 * 1.005 → 1.01.
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`Invalid number of decimals: ${decimals}`);
  const factor = 10 ** decimals;
  return Math.round(Number((x * factor).toPrecision(15))) / factor;
}

/** `x` to 2 decimals, the precision IKP scores and cut points are published with. */
export function round2(x: number): number {
  return roundTo(x, 2);
}

/**
 * Competition ranks ("1, 2, 2, 4") of `scores`, in input order: 1 for the highest; scores equal once
 * rounded to `decimals` (null: compared as given) share a rank and the next rank skips.
 */
export function competitionRanks(scores: readonly number[], decimals: number | null): number[] {
  const keys = scores.map((s) => (decimals === null ? s : roundTo(s, decimals)));
  const order = keys.map((_, k) => k).sort((a, b) => keys[b]! - keys[a]!);
  const ranks = new Array<number>(scores.length);
  order.forEach((k, pos) => {
    const previous = order[pos - 1];
    ranks[k] = previous !== undefined && keys[previous] === keys[k] ? ranks[previous]! : pos + 1;
  });
  return ranks;
}
