import { describe, expect, it } from 'vitest';
import {
  categorise,
  competitionRanks,
  IKP_2024_CUT_POINTS,
  round2,
  roundTo,
  validateCutPoints,
  type Category,
  type CutPoints,
} from './categories';

const PROVINCE = IKP_2024_CUT_POINTS.province;
const REGENCY = IKP_2024_CUT_POINTS.regency;
const PROVINCE_LOWER: CutPoints = { ...PROVINCE, inclusive: 'LOWER' };
const REGENCY_LOWER: CutPoints = { ...REGENCY, inclusive: 'LOWER' };

describe('categorise', () => {
  it.each<[string, number, Category, CutPoints]>([
    // DOMAIN.md §6, provinces: low < 21.7 ≤ medium < 68.5 ≤ high.
    ['province UPPER', 0, 'LOW', PROVINCE],
    ['province UPPER', 21.69, 'LOW', PROVINCE],
    ['province UPPER', 21.7, 'MEDIUM', PROVINCE],
    ['province UPPER', 68.49, 'MEDIUM', PROVINCE],
    ['province UPPER', 68.5, 'HIGH', PROVINCE],
    ['province UPPER', 100, 'HIGH', PROVINCE],
    ['province LOWER', 21.7, 'LOW', PROVINCE_LOWER],
    ['province LOWER', 21.71, 'MEDIUM', PROVINCE_LOWER],
    ['province LOWER', 68.5, 'MEDIUM', PROVINCE_LOWER],
    ['province LOWER', 68.51, 'HIGH', PROVINCE_LOWER],
    // Regencies and cities: low < 13.47 ≤ medium < 49.33 ≤ high.
    ['regency UPPER', 13.46, 'LOW', REGENCY],
    ['regency UPPER', 13.47, 'MEDIUM', REGENCY],
    ['regency UPPER', 49.32, 'MEDIUM', REGENCY],
    ['regency UPPER', 49.33, 'HIGH', REGENCY],
    ['regency LOWER', 13.47, 'LOW', REGENCY_LOWER],
    ['regency LOWER', 13.48, 'MEDIUM', REGENCY_LOWER],
    ['regency LOWER', 49.33, 'MEDIUM', REGENCY_LOWER],
    ['regency LOWER', 49.34, 'HIGH', REGENCY_LOWER],
    // Published IKP 2024 provinces: Kalimantan Utara, Bangka Belitung, Banten, Jawa Barat.
    ['Kalimantan Utara', 20.36, 'LOW', PROVINCE],
    ['Bangka Belitung', 29.89, 'MEDIUM', PROVINCE],
    ['Banten', 66.53, 'MEDIUM', PROVINCE],
    ['Jawa Barat', 77.04, 'HIGH', PROVINCE],
  ])('%s: %d is %s', (_, score, expected, cut) => {
    expect(categorise(score, cut)).toBe(expected);
  });

  it.each<[string, number, CutPoints]>([
    ['a NaN score', Number.NaN, PROVINCE],
    ['an infinite score', Infinity, PROVINCE],
    ['cut points in the wrong order', 50, { low: 60, high: 40, inclusive: 'UPPER' }],
    ['an unknown boundary side', 50, { low: 20, high: 60, inclusive: 'BOTH' as never }],
  ])('rejects %s', (_, score, cut) => {
    expect(() => categorise(score, cut)).toThrow(RangeError);
  });
});

describe('validateCutPoints', () => {
  it.each<[CutPoints, RegExp | null]>([
    [PROVINCE, null],
    [REGENCY_LOWER, null],
    [{ low: 50, high: 50, inclusive: 'UPPER' }, /low cut point must be below the high one: 50 ≥ 50/],
    [{ low: Number.NaN, high: 50, inclusive: 'UPPER' }, /Cut points must be finite numbers/],
    [{ low: 10, high: 50, inclusive: 'MIDDLE' as never }, /Unknown boundary side: MIDDLE/],
  ])('%j', (cut, problem) => {
    const problems = validateCutPoints(cut);
    if (problem === null) expect(problems).toEqual([]);
    else expect(problems).toEqual([expect.stringMatching(problem)]);
  });
});

describe('roundTo / round2', () => {
  it.each<[number, number, number]>([
    [21.699999999999996, 2, 21.7],
    [13.469999999999999, 2, 13.47],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [77.035, 2, 77.04],
    [88.954, 2, 88.95],
    [0, 2, 0],
    [100, 2, 100],
    [12.5, 0, 13],
    [1 / 3, 4, 0.3333],
  ])('%d to %d decimals is %d', (x, decimals, expected) => {
    expect(roundTo(x, decimals)).toBe(expected);
    if (decimals === 2) expect(round2(x)).toBe(expected);
  });

  it('rejects a bad number of decimals', () => {
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
  });
});

describe('competitionRanks', () => {
  it.each<[string, number[], number | null, number[]]>([
    ['distinct', [90, 80, 70], 2, [1, 2, 3]],
    ['a tie in the middle', [90, 80, 80, 70], 2, [1, 2, 2, 4]],
    ['a tie at the top', [50, 50, 10], 2, [1, 1, 3]],
    ['input order kept', [70, 80, 90, 80], 2, [4, 2, 1, 2]],
    ['equal once rounded', [77.041, 77.044, 77.046], 2, [2, 2, 1]],
    ['full precision', [77.041, 77.044, 77.046], null, [3, 2, 1]],
    ['all equal', [3, 3, 3], null, [1, 1, 1]],
    ['one', [0], 2, [1]],
    ['none', [], 2, []],
  ])('%s', (_, scores, decimals, expected) => {
    expect(competitionRanks(scores, decimals)).toEqual(expected);
  });
});
