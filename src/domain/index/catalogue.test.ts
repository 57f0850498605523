import { describe, expect, it } from 'vitest';
import { levelTree, validateCatalogue, type Catalogue, type Indicator } from './catalogue';

function ind(code: string, subDimension: string, weight = 1, more: Partial<Indicator> = {}): Indicator {
  const base = { name: code, direction: 'HIGHER_MORE_VULNERABLE', level: 'province', source: 'IMPORTED' } as const;
  return { code, subDimension, weight, ...base, ...more };
}

/** D1 (3): S1 (1): A, B; S2 (1): C. D2 (1): S3 (1): E. F is a regency indicator of S3, G of S4 (regency only). */
const VALID: Catalogue = {
  dimensions: [
    { code: 'D1', name: 'Konteks sosial politik', weight: 3 },
    { code: 'D2', name: 'Partisipasi', weight: 1 },
  ],
  subDimensions: [
    { code: 'S1', dimension: 'D1', name: 'Keamanan', weight: 1 },
    { code: 'S2', dimension: 'D1', name: 'Otoritas penyelenggara', weight: 1 },
    { code: 'S3', dimension: 'D2', name: 'Pemilih', weight: 1 },
    { code: 'S4', dimension: 'D2', name: 'Kelompok masyarakat', weight: 2 },
  ],
  indicators: [
    ind('A', 'S1'),
    ind('B', 'S1'),
    ind('C', 'S2', 2),
    ind('E', 'S3', 0.5),
    ind('F', 'S3', 1, { level: 'regency' }),
    ind('G', 'S4', 1, { level: 'regency', source: 'COMPUTED' }),
  ],
};

function edit(change: (c: { -readonly [K in keyof Catalogue]: Catalogue[K][number][] }) => void): Catalogue {
  const copy = {
    dimensions: VALID.dimensions.map((d) => ({ ...d })),
    subDimensions: VALID.subDimensions.map((s) => ({ ...s })),
    indicators: VALID.indicators.map((i) => ({ ...i })),
  };
  change(copy);
  return copy;
}

describe('validateCatalogue', () => {
  it('accepts a valid catalogue', () => {
    expect(validateCatalogue(VALID)).toEqual([]);
  });

  it.each<[string, Catalogue, RegExp]>([
    [
      'duplicate dimension',
      edit((c) => c.dimensions.push({ code: 'D1', name: 'x', weight: 1 })),
      /Duplicate dimension code: D1/,
    ],
    [
      'duplicate indicator',
      edit((c) => c.indicators.push(ind('A', 'S2'))),
      /Kode indikator ganda: A \/ Duplicate indicator code: A/,
    ],
    ['empty code', edit((c) => (c.indicators[0]!.code = ' ')), /Empty indicator code/],
    ['zero weight', edit((c) => (c.indicators[0]!.weight = 0)), /weight of indicator A must be a positive number: 0/],
    ['negative weight', edit((c) => (c.subDimensions[0]!.weight = -1)), /weight of sub-dimension S1 must be/],
    ['NaN weight', edit((c) => (c.dimensions[0]!.weight = Number.NaN)), /weight of dimension D1 must be .*NaN/],
    ['infinite weight', edit((c) => (c.dimensions[1]!.weight = Infinity)), /dimension D2 must be/],
    [
      'unknown dimension',
      edit((c) => (c.subDimensions[0]!.dimension = 'D9')),
      /Sub-dimension S1: unknown dimension D9/,
    ],
    [
      'unknown sub-dimension',
      edit((c) => (c.indicators[0]!.subDimension = 'S9')),
      /Indicator A: unknown sub-dimension S9/,
    ],
    [
      'empty dimension',
      edit((c) => c.dimensions.push({ code: 'D3', name: 'x', weight: 1 })),
      /Dimension D3 has no sub-dimensions/,
    ],
    [
      'empty sub-dimension',
      edit((c) => (c.indicators = c.indicators.filter((i) => i.code !== 'C'))),
      /Sub-dimension S2 has no indicators/,
    ],
    ['no indicators', { dimensions: [], subDimensions: [], indicators: [] }, /The catalogue has no indicators/],
    [
      'unknown direction',
      edit((c) => (c.indicators[0]!.direction = 'UP' as never)),
      /Indicator A: unknown direction UP/,
    ],
    [
      'unknown level',
      edit((c) => (c.indicators[0]!.level = 'district' as never)),
      /Indicator A: unknown level district/,
    ],
    ['unknown source', edit((c) => (c.indicators[0]!.source = 'GUESS' as never)), /Indicator A: unknown source GUESS/],
  ])('reports %s', (_, catalogue, problem) => {
    const problems = validateCatalogue(catalogue);
    expect(problems.some((p) => problem.test(p))).toBe(true);
    for (const p of problems) expect(p).toMatch(/^.+ \/ .+$/);
  });
});

describe('levelTree', () => {
  it('keeps only the items of the level, in catalogue order', () => {
    const tree = levelTree(VALID, 'province');
    expect(tree.indicators.map((i) => i.code)).toEqual(['A', 'B', 'C', 'E']);
    expect(tree.subDimensions.map((s) => [s.code, s.children])).toEqual([
      ['S1', [0, 1]],
      ['S2', [2]],
      ['S3', [3]],
    ]);
    expect(tree.dimensions.map((d) => [d.code, d.children])).toEqual([
      ['D1', [0, 1]],
      ['D2', [2]],
    ]);
    expect(tree.roots).toEqual([0, 1]);
  });

  it.each<['province' | 'regency', Record<string, number>]>([
    // D1 3/4 → S1 1/2 → A, B 1/2 each; S2 1/2 → C; D2 1/4 → S3 (S4 has no province indicator) → E.
    ['province', { A: 0.1875, B: 0.1875, C: 0.375, E: 0.25 }],
    // Only D2 has regency indicators: S3 1/3 → F; S4 2/3 → G.
    ['regency', { F: 1 / 3, G: 2 / 3 }],
  ])('nominal weights at %s level', (level, expected) => {
    const tree = levelTree(VALID, level);
    const nominal = Object.fromEntries(tree.indicators.map((i, k) => [i.code, tree.nominal[k]]));
    expect(Object.keys(nominal)).toEqual(Object.keys(expected));
    for (const [code, w] of Object.entries(expected)) expect(nominal[code]).toBeCloseTo(w, 12);
    expect(tree.nominal.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
