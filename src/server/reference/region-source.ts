import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { timeZoneOfCode, type TimeZone } from '../../domain/regions/time-zone';
import { levelOfCode, type RegionLevel } from '../../shared/roles';

/** One region as loaded from idn-area-data (Kemendagri codes and names). */
export interface RegionRow {
  code: string;
  parentCode: string | null;
  level: RegionLevel;
  name: string;
  timeZone: TimeZone;
}

export const REGION_SOURCE = 'idn-area-data@3.1.2';

const FILES: ReadonlyArray<readonly [RegionLevel, string, string | null]> = [
  ['province', 'provinces.csv', null],
  ['regency', 'regencies.csv', 'province_code'],
  ['district', 'districts.csv', 'regency_code'],
  ['village', 'villages.csv', 'district_code'],
];

/** Keeps a region when it returns true. Parents must be kept with their children. */
export type RegionFilter = (code: string) => boolean;

/**
 * Every region at the `levels` given, plus each subtree in `subtrees` (the root, its descendants
 * and its ancestors). Tests use it to load a small, consistent part of the country.
 */
export function regionFilter(spec: { levels?: RegionLevel[]; subtrees?: string[] }): RegionFilter {
  const levels = new Set(spec.levels ?? []);
  const roots = spec.subtrees ?? [];
  return (code) => {
    const level = levelOfCode(code);
    if (level && levels.has(level)) return true;
    return roots.some((r) => code === r || code.startsWith(r + '.') || r.startsWith(code + '.'));
  };
}

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/**
 * Reads the four CSV files, parents before children. Some village names carry a `"` inside the
 * field (`Soka"an`): relaxed quoting keeps them as they are in the source.
 */
export async function readRegionRows(filter?: RegionFilter): Promise<RegionRow[]> {
  const dir = dataDir();
  const out: RegionRow[] = [];
  for (const [level, file, parentColumn] of FILES) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const records = parse(text, { columns: true, skip_empty_lines: true, relax_quotes: true, trim: true }) as Record<
      string,
      string
    >[];
    for (const r of records) {
      const code = r.code ?? '';
      if (filter && !filter(code)) continue;
      if (levelOfCode(code) !== level) throw new Error(`${file}: code ${code} is not a ${level} code`);
      const timeZone = timeZoneOfCode(code);
      if (!timeZone) throw new Error(`${file}: no time zone for province of ${code}`);
      const parentCode = parentColumn ? (r[parentColumn] ?? '') : null;
      if (parentCode !== null && !code.startsWith(parentCode + '.'))
        throw new Error(`${file}: ${code} is not under ${parentCode}`);
      out.push({ code, parentCode, level, name: r.name ?? '', timeZone });
    }
  }
  return out;
}
