/**
 * The catalogue of the vulnerability index (Indeks Kerawanan Pemilu, DOMAIN.md §6): dimensions,
 * sub-dimensions and indicators with their weights. The 2024 edition has 4 dimensions, 12
 * sub-dimensions and 61 indicators; the catalogue itself is reference data kept by the server, this
 * module only describes and checks it. Pure.
 *
 * Weights are relative among siblings (the indicators of one sub-dimension, the sub-dimensions of one
 * dimension, the dimensions): they need not sum to 1 or 100, the engine divides by their sum.
 */
import type { RegionLevel } from '../regions/search';

export const DIRECTIONS = ['HIGHER_MORE_VULNERABLE', 'HIGHER_LESS_VULNERABLE'] as const;
/** Whether a higher raw value means a more vulnerable region (e.g. incidents) or a less vulnerable one (e.g. turnout). */
export type Direction = (typeof DIRECTIONS)[number];

export const INDEX_LEVELS = ['province', 'regency'] as const;
/** The index is computed for provinces or for regencies/cities, each normalised among its own level. */
export type IndexLevel = Extract<RegionLevel, (typeof INDEX_LEVELS)[number]>;

export const INDICATOR_SOURCES = ['IMPORTED', 'COMPUTED'] as const;
/** IMPORTED: values loaded from Bawaslu's data; COMPUTED: derived by Netra (e.g. from its own cases). */
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export interface Dimension {
  code: string;
  name: string;
  weight: number;
}

export interface SubDimension {
  code: string;
  /** Code of its dimension. */
  dimension: string;
  name: string;
  weight: number;
}

export interface Indicator {
  code: string;
  /** Code of its sub-dimension. */
  subDimension: string;
  name: string;
  weight: number;
  direction: Direction;
  level: IndexLevel;
  source: IndicatorSource;
}

/** Listed in display order; the engine keeps that order in its breakdown. */
export interface Catalogue {
  dimensions: readonly Dimension[];
  subDimensions: readonly SubDimension[];
  indicators: readonly Indicator[];
}

const KIND = {
  dimension: ['dimensi', 'dimension'],
  subDimension: ['subdimensi', 'sub-dimension'],
  indicator: ['indikator', 'indicator'],
} as const;
type Kind = keyof typeof KIND;

function checkCodes(kind: Kind, items: readonly { code: string; weight: number }[], problems: string[]): Set<string> {
  const [id, en] = KIND[kind];
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item.code !== 'string' || item.code.trim() === '') {
      problems.push(`Kode ${id} kosong / Empty ${en} code`);
      continue;
    }
    if (seen.has(item.code)) problems.push(`Kode ${id} ganda: ${item.code} / Duplicate ${en} code: ${item.code}`);
    seen.add(item.code);
    if (typeof item.weight !== 'number' || !Number.isFinite(item.weight) || item.weight <= 0) {
      problems.push(
        `Bobot ${id} ${item.code} harus bilangan positif: ${String(item.weight)} / ` +
          `The weight of ${en} ${item.code} must be a positive number: ${String(item.weight)}`,
      );
    }
  }
  return seen;
}

/**
 * The problems of a catalogue, one sentence each (Bahasa Indonesia / English); empty when it is usable:
 * empty or duplicate codes (per kind), weights that are not positive finite numbers, a parent that
 * does not exist, a dimension without sub-dimensions or a sub-dimension without indicators, and an
 * unknown direction, level or source.
 */
export function validateCatalogue(c: Catalogue): string[] {
  const problems: string[] = [];
  const dimensions = checkCodes('dimension', c.dimensions, problems);
  const subDimensions = checkCodes('subDimension', c.subDimensions, problems);
  checkCodes('indicator', c.indicators, problems);
  if (c.indicators.length === 0) problems.push('Katalog tanpa indikator / The catalogue has no indicators');

  const usedDimensions = new Set<string>();
  for (const s of c.subDimensions) {
    usedDimensions.add(s.dimension);
    if (!dimensions.has(s.dimension)) {
      problems.push(
        `Subdimensi ${s.code}: dimensi ${s.dimension} tidak ada / ` +
          `Sub-dimension ${s.code}: unknown dimension ${s.dimension}`,
      );
    }
  }
  const usedSubDimensions = new Set<string>();
  for (const i of c.indicators) {
    usedSubDimensions.add(i.subDimension);
    if (!subDimensions.has(i.subDimension)) {
      problems.push(
        `Indikator ${i.code}: subdimensi ${i.subDimension} tidak ada / ` +
          `Indicator ${i.code}: unknown sub-dimension ${i.subDimension}`,
      );
    }
    if (!(DIRECTIONS as readonly string[]).includes(i.direction)) {
      problems.push(`Indikator ${i.code}: arah tidak dikenal / Indicator ${i.code}: unknown direction ${i.direction}`);
    }
    if (!(INDEX_LEVELS as readonly string[]).includes(i.level)) {
      problems.push(`Indikator ${i.code}: tingkat tidak dikenal / Indicator ${i.code}: unknown level ${i.level}`);
    }
    if (!(INDICATOR_SOURCES as readonly string[]).includes(i.source)) {
      problems.push(`Indikator ${i.code}: sumber tidak dikenal / Indicator ${i.code}: unknown source ${i.source}`);
    }
  }
  for (const d of c.dimensions) {
    if (!usedDimensions.has(d.code)) {
      problems.push(`Dimensi ${d.code} tanpa subdimensi / Dimension ${d.code} has no sub-dimensions`);
    }
  }
  for (const s of c.subDimensions) {
    if (!usedSubDimensions.has(s.code)) {
      problems.push(`Subdimensi ${s.code} tanpa indikator / Sub-dimension ${s.code} has no indicators`);
    }
  }
  return problems;
}

/** A node of the level tree: `children` are indexes into the next level's array. */
export interface TreeNode {
  code: string;
  weight: number;
  children: number[];
}

/** The part of a catalogue that takes part in the index of one level, as index arrays in catalogue order. */
export interface LevelTree {
  level: IndexLevel;
  /** The level's indicators, grouped by sub-dimension and dimension. */
  indicators: Indicator[];
  /** The indicators as nodes without children. */
  leaves: TreeNode[];
  /** Sub-dimensions with at least one of the level's indicators; children index `indicators`. */
  subDimensions: TreeNode[];
  /** Dimensions with at least one such sub-dimension; children index `subDimensions`. */
  dimensions: TreeNode[];
  /** 0 … dimensions.length − 1. */
  roots: number[];
  /**
   * Each indicator's share of the whole index before any reweighting (they sum to 1): its weight
   * within its sub-dimension × the sub-dimension's within its dimension × the dimension's.
   */
  nominal: number[];
}

/**
 * The tree of the index at `level`: only indicators of `level` count, and sub-dimensions and
 * dimensions without one are not part of that level's index. Assumes a valid catalogue
 * (`validateCatalogue`). O(size of the catalogue).
 */
export function levelTree(c: Catalogue, level: IndexLevel): LevelTree {
  const bySub = groupBy(
    c.indicators.filter((i) => i.level === level),
    (i) => i.subDimension,
  );
  const byDim = groupBy(
    c.subDimensions.filter((s) => bySub.has(s.code)),
    (s) => s.dimension,
  );
  const indicators: Indicator[] = [];
  const subDimensions: TreeNode[] = [];
  const dimensions: TreeNode[] = [];
  const nominal: number[] = [];
  const dims = c.dimensions.filter((d) => byDim.has(d.code));
  const total = sum(dims);
  for (const d of dims) {
    const subs = byDim.get(d.code) ?? [];
    const subTotal = sum(subs);
    const dim: TreeNode = { code: d.code, weight: d.weight, children: [] };
    for (const s of subs) {
      const inds = bySub.get(s.code) ?? [];
      const indTotal = sum(inds);
      const sub: TreeNode = { code: s.code, weight: s.weight, children: [] };
      for (const i of inds) {
        sub.children.push(indicators.push(i) - 1);
        nominal.push((d.weight / total) * (s.weight / subTotal) * (i.weight / indTotal));
      }
      dim.children.push(subDimensions.push(sub) - 1);
    }
    dimensions.push(dim);
  }
  return {
    level,
    indicators,
    leaves: indicators.map((i) => ({ code: i.code, weight: i.weight, children: [] })),
    subDimensions,
    dimensions,
    roots: dimensions.map((_, k) => k),
    nominal,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group === undefined) groups.set(key(item), [item]);
    else group.push(item);
  }
  return groups;
}

function sum(items: readonly { weight: number }[]): number {
  return items.reduce((acc, x) => acc + x.weight, 0);
}
