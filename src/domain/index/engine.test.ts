import { describe, expect, it } from 'vitest';
import type { Catalogue, Direction, Indicator } from './catalogue';
import { IKP_2024_CUT_POINTS, type CutPoints } from './categories';
import { computeIndex, type IndexInput, type IndexResult, type IndexValue, type RegionResult } from './engine';

const PROVINCE = IKP_2024_CUT_POINTS.province;
const REGENCY = IKP_2024_CUT_POINTS.regency;

function ind(code: string, subDimension: string, weight = 1, more: Partial<Indicator> = {}): Indicator {
  const base = { name: code, direction: 'HIGHER_MORE_VULNERABLE', level: 'province', source: 'IMPORTED' } as const;
  return { code, subDimension, weight, ...base, ...more };
}

/** One dimension, one sub-dimension, A (weight 3, higher = more vulnerable) and B (weight 1, higher = less). */
const TWO: Catalogue = {
  dimensions: [{ code: 'D1', name: 'Konteks', weight: 1 }],
  subDimensions: [{ code: 'S1', dimension: 'D1', name: 'Keamanan', weight: 1 }],
  indicators: [ind('A', 'S1', 3), ind('B', 'S1', 1, { direction: 'HIGHER_LESS_VULNERABLE' })],
};

/**
 * D1 (3): S1 (1): A, B; S2 (1): C. D2 (1): S3 (1): E. Nominal shares: A, B 0.1875; C 0.375; E 0.25.
 * R is a regency indicator; it never takes part at province level.
 */
const MULTI: Catalogue = {
  dimensions: [
    { code: 'D1', name: 'Penyelenggaraan', weight: 3 },
    { code: 'D2', name: 'Partisipasi', weight: 1 },
  ],
  subDimensions: [
    { code: 'S1', dimension: 'D1', name: 'Hak pilih', weight: 1 },
    { code: 'S2', dimension: 'D1', name: 'Kampanye', weight: 1 },
    { code: 'S3', dimension: 'D2', name: 'Pemilih', weight: 1 },
  ],
  indicators: [ind('A', 'S1'), ind('B', 'S1'), ind('C', 'S2'), ind('E', 'S3'), ind('R', 'S3', 1, { level: 'regency' })],
};

/** `{ P: { A: 1, B: 2 } }` → values. */
function values(table: Record<string, Record<string, number>>): IndexValue[] {
  return Object.entries(table).flatMap(([region, row]) =>
    Object.entries(row).map(([indicator, value]) => ({ region, indicator, value })),
  );
}

function run(catalogue: Catalogue, table: Record<string, Record<string, number>>, more: Partial<IndexInput> = {}) {
  return computeIndex({ catalogue, level: 'province', values: values(table), cut: PROVINCE, ...more });
}

function region(result: IndexResult, code: string): RegionResult {
  const r = result.regions.find((x) => x.region === code);
  if (r === undefined) throw new Error(`no region ${code}`);
  return r;
}

/** code → [normalised, contribution] of every indicator of a region. */
function indicatorsOf(r: RegionResult): Record<string, [number | null, number | null]> {
  const out: Record<string, [number | null, number | null]> = {};
  for (const d of r.dimensions) {
    for (const s of d.subDimensions) for (const i of s.indicators) out[i.code] = [i.normalised, i.contribution];
  }
  return out;
}

describe('computeIndex: worked by hand', () => {
  // A: min 10, max 30 → P 0, Q 100, R 50. B (inverted): min 0, max 100 → P 100, Q 50, R 0.
  // Score = 0.75 A + 0.25 B → P 25, Q 87.5, R 37.5.
  const result = run(TWO, { P: { A: 10, B: 0 }, Q: { A: 30, B: 50 }, R: { A: 20, B: 100 } });

  it.each<[string, number, string, number, Record<string, [number, number]>]>([
    ['P', 25, 'MEDIUM', 3, { A: [0, 0], B: [100, 25] }],
    ['Q', 87.5, 'HIGH', 1, { A: [100, 75], B: [50, 12.5] }],
    ['R', 37.5, 'MEDIUM', 2, { A: [50, 37.5], B: [0, 0] }],
  ])('%s scores %d (%s), rank %d', (code, score, category, rank, indicators) => {
    const r = region(result, code);
    expect(r).toMatchObject({ score, category, rank, reason: null, coverage: 1, missing: [] });
    expect(indicatorsOf(r)).toEqual(indicators);
    expect(r.dimensions[0]).toMatchObject({ code: 'D1', weight: 1, score, contribution: score });
    expect(r.dimensions[0]!.subDimensions[0]).toMatchObject({ code: 'S1', weight: 1, score, contribution: score });
    expect(r.dimensions[0]!.subDimensions[0]!.indicators.map((i) => i.weight)).toEqual([0.75, 0.25]);
  });

  it('orders the regions by rank and reports the ranges', () => {
    expect(result.regions.map((r) => r.region)).toEqual(['Q', 'R', 'P']);
    expect(result.indicators).toEqual([
      { code: 'A', count: 3, min: 10, max: 30 },
      { code: 'B', count: 3, min: 0, max: 100 },
    ]);
    expect(result).toMatchObject({
      level: 'province',
      policy: { minCoverage: 0.5, decimals: 2 },
      ignored: [],
      notes: [],
    });
  });
});

describe('computeIndex: direction', () => {
  it.each<[Direction, number[]]>([
    ['HIGHER_MORE_VULNERABLE', [0, 25, 100]],
    ['HIGHER_LESS_VULNERABLE', [100, 75, 0]],
  ])('%s', (direction, expected) => {
    const catalogue = { ...TWO, indicators: [ind('A', 'S1', 1, { direction })] };
    const result = run(catalogue, { X: { A: 2 }, Y: { A: 4 }, Z: { A: 10 } });
    expect(['X', 'Y', 'Z'].map((c) => region(result, c).score)).toEqual(expected);
  });
});

describe('computeIndex: ties and a single region', () => {
  it('all regions tied on an indicator: 0 for all, with a note', () => {
    const result = run(TWO, { P: { A: 10, B: 7 }, Q: { A: 30, B: 7 }, R: { A: 20, B: 7 } });
    expect(['P', 'Q', 'R'].map((c) => indicatorsOf(region(result, c)).B)).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(['P', 'Q', 'R'].map((c) => region(result, c).score)).toEqual([0, 75, 37.5]);
    expect(result.notes).toEqual([
      { code: 'NO_SPREAD', indicator: 'B', text: expect.stringMatching(/all 3 regions have the same value \(7\)/) },
    ]);
  });

  it('tied regions share a rank, the next rank skips (1, 2, 2, 4)', () => {
    const result = run(TWO, { P: { A: 0, B: 0 }, Q: { A: 10, B: 0 }, R: { A: 10, B: 0 }, S: { A: 20, B: 0 } });
    expect(result.regions.map((r) => [r.region, r.rank])).toEqual([
      ['S', 1],
      ['Q', 2],
      ['R', 2],
      ['P', 4],
    ]);
  });

  it('a single region: every indicator normalised to 0, score 0, rank 1, a note per indicator', () => {
    const result = run(MULTI, { P: { A: 5, B: 6, C: 7, E: 8 } });
    expect(result.regions).toHaveLength(1);
    expect(result.regions[0]).toMatchObject({ region: 'P', score: 0, category: 'LOW', rank: 1, coverage: 1 });
    expect(result.notes.map((n) => [n.code, n.indicator])).toEqual([
      ['NO_SPREAD', 'A'],
      ['NO_SPREAD', 'B'],
      ['NO_SPREAD', 'C'],
      ['NO_SPREAD', 'E'],
    ]);
    expect(result.notes[0]!.text).toMatch(/^Indikator A: hanya satu wilayah bernilai.* \/ .*only one region/);
  });
});

describe('computeIndex: missing values', () => {
  // Normalised = raw here (each indicator ranges 0–100). R has no B: S1 = A alone.
  const table = {
    P: { A: 0, B: 100, C: 50, E: 20 },
    Q: { A: 100, B: 0, C: 100, E: 0 },
    R: { A: 40, C: 0, E: 100 },
    T: { A: 100, B: 0 },
  };

  it.each<[string, string, number | undefined, number | null, number, string[]]>([
    // S1 50, S2 50 → D1 50; D2 20 → 0.75 × 50 + 0.25 × 20.
    ['full data', 'P', undefined, 42.5, 1, []],
    // S1 50, S2 100 → D1 75; D2 0.
    ['full data', 'Q', undefined, 56.25, 1, []],
    // S1 = A = 40 (B reweighted away), S2 0 → D1 20; D2 100 → 15 + 25.
    ['without B', 'R', undefined, 40, 0.8125, ['B']],
    ['without B, at exactly its coverage', 'R', 0.8125, 40, 0.8125, ['B']],
    // Only S1 (share 0.375): below the default 0.5 → no score, never 0.
    ['without C and E, default policy', 'T', undefined, null, 0.375, ['C', 'E']],
    ['without C and E, minCoverage 0.4', 'T', 0.4, null, 0.375, ['C', 'E']],
    // Accepted at 0.375: S2 and D2 dropped, so the score is S1 = (100 + 0) / 2.
    ['without C and E, minCoverage 0.375', 'T', 0.375, 50, 0.375, ['C', 'E']],
  ])('%s: %s scores %s (minCoverage %s)', (_, code, minCoverage, score, coverage, missing) => {
    const result = run(MULTI, table, minCoverage === undefined ? {} : { policy: { minCoverage } });
    const r = region(result, code);
    expect(r.score).toBe(score);
    expect(r.coverage).toBeCloseTo(coverage, 12);
    expect(r.missing).toEqual(missing);
    if (score === null) expect(r).toMatchObject({ category: null, rank: null, reason: 'INSUFFICIENT_DATA' });
    else expect(r.reason).toBeNull();
  });

  it('reweights within the sub-dimension, then drops empty sub-dimensions and dimensions', () => {
    const result = run(MULTI, table, { policy: { minCoverage: 0.3 } });
    const r = region(result, 'R');
    const [d1, d2] = r.dimensions;
    expect(d1).toMatchObject({ weight: 0.75, score: 20, contribution: 15 });
    expect(d1!.subDimensions.map((s) => [s.code, s.weight, s.score, s.contribution])).toEqual([
      ['S1', 0.5, 40, 15],
      ['S2', 0.5, 0, 0],
    ]);
    expect(d1!.subDimensions[0]!.indicators).toEqual([
      { code: 'A', raw: 40, normalised: 40, weight: 1, contribution: 15 },
      { code: 'B', raw: null, normalised: null, weight: null, contribution: null },
    ]);
    expect(d2).toMatchObject({ weight: 0.25, score: 100, contribution: 25 });

    const t = region(result, 'T');
    expect(t.dimensions.map((d) => [d.code, d.weight, d.score, d.contribution])).toEqual([
      ['D1', 1, 50, 50],
      ['D2', null, null, null],
    ]);
    expect(t.dimensions[0]!.subDimensions.map((s) => [s.code, s.weight, s.score])).toEqual([
      ['S1', 1, 50],
      ['S2', null, null],
    ]);
  });

  it('a region without a score keeps its raw and normalised values, nothing else', () => {
    const t = region(run(MULTI, table), 'T');
    expect(t.dimensions[0]).toMatchObject({ weight: null, score: null, contribution: null });
    expect(t.dimensions[0]!.subDimensions[0]!.indicators[0]).toEqual({
      code: 'A',
      raw: 100,
      normalised: 100,
      weight: null,
      contribution: null,
    });
  });

  it('listed regions without values are INSUFFICIENT_DATA, after the scored ones', () => {
    const result = run(MULTI, table, { regions: ['T', 'R', 'Q', 'P', 'Z'] });
    expect(result.regions.map((r) => [r.region, r.rank, r.reason])).toEqual([
      ['Q', 1, null],
      ['P', 2, null],
      ['R', 3, null],
      ['T', null, 'INSUFFICIENT_DATA'],
      ['Z', null, 'INSUFFICIENT_DATA'],
    ]);
    expect(region(result, 'Z')).toMatchObject({ score: null, coverage: 0, missing: ['A', 'B', 'C', 'E'] });
  });

  it('an indicator nobody has is left out everywhere, with a note', () => {
    const result = run(MULTI, { P: { A: 0, B: 0, C: 0 }, Q: { A: 100, B: 100, C: 100 } });
    expect(result.notes).toEqual([{ code: 'NO_VALUES', indicator: 'E', text: expect.stringMatching(/no values/) }]);
    expect(result.indicators[3]).toEqual({ code: 'E', count: 0, min: null, max: null });
    expect(region(result, 'Q')).toMatchObject({ score: 100, coverage: 0.75, missing: ['E'] });
  });
});

describe('computeIndex: categories at the cut points', () => {
  // One indicator ranging 0–100 (or 0–10), so a region's score is its value (× 10).
  const ONE: Catalogue = { ...TWO, indicators: [ind('A', 'S1'), ind('K', 'S1', 1, { level: 'regency' })] };
  const at = (level: 'province' | 'regency', cut: CutPoints, x: number, top = 100, decimals?: number | null) => {
    const code = level === 'province' ? 'A' : 'K';
    const table = { LO: { [code]: 0 }, X: { [code]: x }, HI: { [code]: top } };
    const policy = decimals === undefined ? {} : { decimals };
    return region(computeIndex({ catalogue: ONE, level, values: values(table), cut, policy }), 'X').category;
  };

  it.each<['province' | 'regency', number, string, string]>([
    ['province', 21.7, 'MEDIUM', 'LOW'],
    ['province', 68.5, 'HIGH', 'MEDIUM'],
    ['regency', 13.47, 'MEDIUM', 'LOW'],
    ['regency', 49.33, 'HIGH', 'MEDIUM'],
  ])('%s at %d: %s with UPPER, %s with LOWER', (level, x, upper, lower) => {
    const cut = IKP_2024_CUT_POINTS[level];
    expect(at(level, cut, x)).toBe(upper);
    expect(at(level, { ...cut, inclusive: 'LOWER' }, x)).toBe(lower);
  });

  it('categorises the score at the published precision unless told otherwise', () => {
    // 1.347 / 10 × 100 = 13.469999999999999 in floating point; shown as 13.47.
    expect(at('regency', REGENCY, 1.347, 10)).toBe('MEDIUM');
    expect(at('regency', REGENCY, 1.347, 10, null)).toBe('LOW');
  });
});

describe('computeIndex: what takes no part', () => {
  it('lists values of unknown indicators, other levels and unlisted regions as ignored', () => {
    const table = { P: { A: 1, B: 2, R: 3, X: 4 }, Q: { A: 2, B: 1 }, W: { A: 5 } };
    const result = run(MULTI, table, { regions: ['P', 'Q'] });
    expect(result.ignored).toEqual([
      { region: 'P', indicator: 'R', value: 3, reason: 'OTHER_LEVEL' },
      { region: 'P', indicator: 'X', value: 4, reason: 'UNKNOWN_INDICATOR' },
      { region: 'W', indicator: 'A', value: 5, reason: 'UNKNOWN_REGION' },
    ]);
    expect(result.regions.map((r) => r.region)).toEqual(['P', 'Q']);
  });

  it.each<[string, Partial<IndexInput>, RegExp]>([
    ['a NaN value', { values: [{ region: 'P', indicator: 'A', value: Number.NaN }] }, /Invalid value: P A NaN/],
    ['an infinite value', { values: [{ region: 'P', indicator: 'X', value: Infinity }] }, /Invalid value/],
    ['a duplicate value', { values: values({ P: { A: 1 } }).concat(values({ P: { A: 2 } })) }, /Duplicate value: P A/],
    ['a duplicate region', { regions: ['P', 'P'] }, /Duplicate region: P/],
    ['a broken catalogue', { catalogue: { ...TWO, subDimensions: [] } }, /unknown sub-dimension S1/],
    ['broken cut points', { cut: { low: 70, high: 20, inclusive: 'UPPER' } }, /must be below/],
    ['a coverage above 1', { policy: { minCoverage: 1.5 } }, /minCoverage must be within 0–1/],
    ['negative decimals', { policy: { decimals: -1 } }, /decimals must be an integer/],
    ['a level without indicators', { level: 'regency' }, /No indicators at level regency/],
  ])('rejects %s', (_, more, message) => {
    expect(() => run(TWO, { Q: { A: 1, B: 1 } }, more)).toThrow(RangeError);
    expect(() => run(TWO, { Q: { A: 1, B: 1 } }, more)).toThrow(message);
  });
});
