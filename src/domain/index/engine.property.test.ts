import { describe, expect, it } from 'vitest';
import type { Catalogue, Indicator, SubDimension } from './catalogue';
import { IKP_2024_CUT_POINTS, round2 } from './categories';
import { computeIndex, type IndexValue, type RegionResult } from './engine';

/** mulberry32: a small seeded PRNG, so every run checks the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A catalogue with `subsPerDimension[d]` sub-dimensions in dimension d and `indicatorsPerSub[s]` indicators in sub s. */
function catalogueOf(
  random: () => number,
  subsPerDimension: number[],
  indicatorsPerSub: number[],
  regencyShare = 0,
): Catalogue {
  const weight = () => 0.1 + random() * 5;
  const dimensions = subsPerDimension.map((_, d) => ({
    code: `D${d + 1}`,
    name: `Dimensi ${d + 1}`,
    weight: weight(),
  }));
  const subDimensions: SubDimension[] = subsPerDimension.flatMap((count, d) =>
    Array.from({ length: count }, () => ({ code: '', dimension: `D${d + 1}`, name: '', weight: weight() })),
  );
  subDimensions.forEach((s, k) => Object.assign(s, { code: `S${k + 1}`, name: `Subdimensi ${k + 1}` }));
  const indicators: Indicator[] = indicatorsPerSub.flatMap((count, s) =>
    Array.from({ length: count }, (_, i) => ({
      code: `S${s + 1}.I${i + 1}`,
      subDimension: `S${s + 1}`,
      name: `Indikator ${s + 1}.${i + 1}`,
      weight: weight(),
      direction: random() < 0.5 ? 'HIGHER_MORE_VULNERABLE' : 'HIGHER_LESS_VULNERABLE',
      // The first indicator of every sub-dimension is a province one, so the catalogue has a province tree.
      level: i > 0 && random() < regencyShare ? 'regency' : 'province',
      source: 'IMPORTED',
    })),
  );
  return { dimensions, subDimensions, indicators };
}

const sum = (xs: (number | null)[]): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);

function checkRegion(r: RegionResult, minCoverage: number): void {
  const subs = r.dimensions.flatMap((d) => d.subDimensions);
  const indicators = subs.flatMap((s) => s.indicators);
  expect(r.missing).toEqual(indicators.filter((i) => i.raw === null).map((i) => i.code));
  for (const i of indicators) {
    expect(i.normalised === null).toBe(i.raw === null);
    if (i.normalised !== null) expect(i.normalised >= 0 && i.normalised <= 100).toBe(true);
  }
  if (r.score === null) {
    expect(r.coverage === 0 || r.coverage < minCoverage).toBe(true);
    expect(r).toMatchObject({ category: null, rank: null, reason: 'INSUFFICIENT_DATA' });
    expect([...r.dimensions, ...subs, ...indicators].every((x) => x.contribution === null)).toBe(true);
    return;
  }
  expect(r.coverage).toBeGreaterThanOrEqual(minCoverage - 1e-12);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100 + 1e-9);
  // The contributions at every level sum to the score.
  expect(Math.abs(sum(indicators.map((i) => i.contribution)) - r.score)).toBeLessThan(1e-9);
  expect(Math.abs(sum(subs.map((s) => s.contribution)) - r.score)).toBeLessThan(1e-9);
  expect(Math.abs(sum(r.dimensions.map((d) => d.contribution)) - r.score)).toBeLessThan(1e-9);
  // Reweighted weights of the siblings with values sum to 1; items without values have none.
  expect(sum(r.dimensions.map((d) => d.weight))).toBeCloseTo(1, 12);
  for (const d of r.dimensions) {
    expect(d.weight === null).toBe(d.score === null);
    if (d.score !== null) expect(sum(d.subDimensions.map((s) => s.weight))).toBeCloseTo(1, 12);
    for (const s of d.subDimensions) {
      expect(s.weight === null).toBe(s.score === null);
      if (s.score !== null) expect(sum(s.indicators.map((i) => i.weight))).toBeCloseTo(1, 12);
      for (const i of s.indicators) expect(i.weight === null).toBe(i.raw === null);
    }
  }
}

describe('computeIndex: properties over random inputs', () => {
  it.each(Array.from({ length: 200 }, (_, k) => k + 1))('seed %i', (seed) => {
    const random = prng(seed);
    const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
    const subsPerDimension = Array.from({ length: int(1, 4) }, () => int(1, 3));
    const indicatorsPerSub = subsPerDimension.flatMap((n) => Array.from({ length: n }, () => int(1, 5)));
    const catalogue = catalogueOf(random, subsPerDimension, indicatorsPerSub, 0.2);
    const regions = Array.from({ length: int(1, 25) }, (_, k) => `R${k + 1}`);
    const values: IndexValue[] = [];
    for (const region of regions) {
      for (const i of catalogue.indicators) {
        // Small integers make ties; regency values must be ignored, not dropped silently.
        if (random() < 0.8)
          values.push({ region, indicator: i.code, value: random() < 0.5 ? int(0, 5) : random() * 1e3 });
      }
    }
    const minCoverage = [0, 0.5, random()][int(0, 2)]!;
    const cut =
      random() < 0.5 ? IKP_2024_CUT_POINTS.province : { ...IKP_2024_CUT_POINTS.province, inclusive: 'LOWER' as const };
    const result = computeIndex({ catalogue, level: 'province', values, cut, regions, policy: { minCoverage } });

    expect(result.regions.map((r) => r.region).sort()).toEqual([...regions].sort());
    const regencyCodes = new Set(catalogue.indicators.filter((i) => i.level === 'regency').map((i) => i.code));
    expect(result.ignored.length).toBe(values.filter((v) => regencyCodes.has(v.indicator)).length);
    expect(result.ignored.every((v) => v.reason === 'OTHER_LEVEL')).toBe(true);
    for (const r of result.regions) checkRegion(r, minCoverage);

    // Competition ranks on the rounded score, regions listed by rank.
    const scored = result.regions.filter((r) => r.score !== null);
    for (const r of scored) {
      expect(r.rank).toBe(1 + scored.filter((x) => round2(x.score!) > round2(r.score!)).length);
    }
    expect(scored.map((r) => r.rank)).toEqual(scored.map((r) => r.rank).sort((a, b) => a! - b!));
  });
});

describe('computeIndex: national scale', () => {
  it('computes 514 regencies × 61 indicators (4 dimensions, 12 sub-dimensions)', () => {
    const random = prng(2024);
    // Contexts 3, administration 5, contest 2, participation 2 sub-dimensions; 61 indicators.
    const catalogue = catalogueOf(random, [3, 5, 2, 2], [6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    const regency = {
      ...catalogue,
      indicators: catalogue.indicators.map((i) => ({ ...i, level: 'regency' as const })),
    };
    const regions = Array.from(
      { length: 514 },
      (_, k) => `${11 + (k % 84)}.${String(1 + Math.floor(k / 84)).padStart(2, '0')}`,
    );
    const values: IndexValue[] = [];
    for (const region of regions) {
      for (const i of regency.indicators)
        if (random() < 0.95) values.push({ region, indicator: i.code, value: random() * 100 });
    }
    const result = computeIndex({ catalogue: regency, level: 'regency', values, cut: IKP_2024_CUT_POINTS.regency });

    expect(regency.indicators).toHaveLength(61);
    expect(new Set(regions).size).toBe(514);
    expect(result.regions).toHaveLength(514);
    expect(result.regions.every((r) => r.score !== null && r.category !== null)).toBe(true);
    expect(result.regions[0]!.rank).toBe(1);
    expect(result.regions.at(-1)!.rank).toBeGreaterThan(400);
    expect(result.indicators.every((s) => s.count > 400)).toBe(true);
    expect(result.ignored).toEqual([]);
  });
});
