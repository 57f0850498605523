import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IKP_2024_CUT_POINTS } from '../../domain/index/categories';
import { readRegionRows, regionFilter } from '../reference/region-source';
import { DATASETS_DIR } from '../reference/seed';
import { parseCatalogueJson, parsePublishedEditionJson, type PublishedEditionFile } from './files';
import { scoreRows } from './service';

const INDEX_DIR = path.join(DATASETS_DIR, 'index');

async function edition(file: string): Promise<PublishedEditionFile> {
  const parsed = parsePublishedEditionJson(await readFile(path.join(INDEX_DIR, 'editions', file), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** How the sources abbreviate province names that idn-area-data spells out. */
const ALIASES: Record<string, string> = {
  NTT: 'NUSA TENGGARA TIMUR',
  NTB: 'NUSA TENGGARA BARAT',
  'BANGKA BELITUNG': 'KEPULAUAN BANGKA BELITUNG',
  'DI YOGYAKARTA': 'DAERAH ISTIMEWA YOGYAKARTA',
};

describe('published index editions (data files)', () => {
  it.each([
    ['ikp-2024-provinsi.json', 34, '2022-12-16'],
    ['ikp-2024-tematik-netralitas-asn.json', 10, '2023-09-21'],
  ])('%s: %i provinces, each name on its Kemendagri code, scores in [0, 100]', async (file, count, date) => {
    const e = await edition(file);
    expect(e.scores).toHaveLength(count);
    expect(e.publishedOn).toBe(date);
    expect(e.source).toMatch(/Bawaslu/);
    expect(e.level).toBe('province');
    const provinces = new Map(
      (await readRegionRows(regionFilter({ levels: ['province'] }))).map((r) => [r.code, r.name]),
    );
    for (const s of e.scores) {
      const published = s.name.toUpperCase();
      expect(provinces.get(s.code), `${s.name} → ${s.code}`).toBe(ALIASES[published] ?? published);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
    }
    expect(new Set(e.scores.map((s) => s.code)).size).toBe(count);
  });

  it('gives DKI Jakarta 88.95 and Jawa Timur 14.74 in IKP 2024, Maluku Utara 100 in the ASN index', async () => {
    const ikp = await edition('ikp-2024-provinsi.json');
    expect(ikp.scores.find((s) => s.code === '31')?.score).toBe(88.95);
    expect(ikp.scores.find((s) => s.code === '35')?.score).toBe(14.74);
    const asn = await edition('ikp-2024-tematik-netralitas-asn.json');
    expect(asn.scores.find((s) => s.code === '82')?.score).toBe(100);
  });

  it('refuses a duplicate region, a region of the wrong level and a score above 100, naming the line', () => {
    const bad = JSON.stringify(
      {
        id: 'x-edition',
        kind: 'PUBLISHED',
        level: 'province',
        title: 'X',
        publishedOn: '2024-01-01',
        source: 'S',
        scores: [
          { name: 'A', code: '31', score: 1 },
          { name: 'B', code: '31', score: 2 },
          { name: 'C', code: '36.03', score: 3 },
          { name: 'D', code: '32', score: 101 },
        ],
      },
      null,
      2,
    );
    const parsed = parsePublishedEditionJson(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.message)).toEqual([expect.stringMatching(/scores\.3\.score/)]);
    const shapeOk = parsePublishedEditionJson(bad.replace('"score": 101', '"score": 100'));
    expect(shapeOk.ok).toBe(false);
    if (shapeOk.ok) return;
    expect(shapeOk.issues).toEqual([
      { line: 16, message: expect.stringMatching(/duplicate region 31/) },
      { line: 21, message: expect.stringMatching(/wrong region level for province: 36\.03/) },
    ]);
  });
});

describe('default catalogue (data file)', () => {
  it('has the 4 dimensions and 12 sub-dimensions of IKP 2024, equal weights, and the computed indicators', async () => {
    const parsed = parseCatalogueJson(await readFile(path.join(INDEX_DIR, 'catalogue-2024.json'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const c = parsed.value;
    expect(c.dimensions).toHaveLength(4);
    expect(c.subDimensions).toHaveLength(12);
    expect(new Set([...c.dimensions, ...c.subDimensions, ...c.indicators].map((x) => x.weight))).toEqual(new Set([1]));
    const computed = c.indicators.filter((i) => i.source === 'COMPUTED').map((i) => i.code);
    expect(computed).toEqual(
      expect.arrayContaining([
        'NETRALITAS_ASN_PER_10K_PROV',
        'NETRALITAS_ASN_PER_10K_KAB',
        'PERKARA_DIPUTUS_MELANGGAR_KAB',
        'PENANGANAN_LEWAT_BATAS_WAKTU_KAB',
        'PENERUSAN_TANPA_TINDAK_LANJUT_KAB',
      ]),
    );
    expect(c.indicators.some((i) => i.source === 'IMPORTED')).toBe(true);
  });

  it('refuses a sub-dimension whose dimension does not exist', () => {
    const parsed = parseCatalogueJson(
      JSON.stringify({
        source: 'S',
        dimensions: [{ code: 'A', name: 'A', weight: 1 }],
        subDimensions: [{ code: 'B', dimension: 'Z', name: 'B', weight: 1 }],
        indicators: [
          {
            code: 'C',
            subDimension: 'B',
            name: 'C',
            weight: 1,
            direction: 'HIGHER_MORE_VULNERABLE',
            level: 'province',
            source: 'COMPUTED',
            unit: null,
          },
        ],
      }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.message).join('\n')).toMatch(/unknown dimension Z/);
  });
});

describe('scoreRows', () => {
  const province = IKP_2024_CUT_POINTS.province;
  const regency = IKP_2024_CUT_POINTS.regency;
  it.each([
    [21.69, province, 'LOW'],
    [21.7, province, 'MEDIUM'],
    [68.49, province, 'MEDIUM'],
    [68.5, province, 'HIGH'],
    [13.46, regency, 'LOW'],
    [13.47, regency, 'MEDIUM'],
    [49.33, regency, 'HIGH'],
    [21.700000000000003, province, 'MEDIUM'],
    [68.499999999999, province, 'HIGH'],
  ] as const)('puts %d in %s (a boundary value belongs to the upper category)', (score, cut, category) => {
    expect(scoreRows([{ code: '31', score }], cut)[0]?.category).toBe(category);
  });

  it('puts a boundary value in the lower category when the cut points say LOWER', () => {
    expect(scoreRows([{ code: '31', score: 21.7 }], { ...province, inclusive: 'LOWER' })[0]?.category).toBe('LOW');
  });

  it('ranks by competition: equal scores share a rank and the next rank skips', () => {
    const rows = scoreRows(
      [
        { code: '31', score: 88.95 },
        { code: '32', score: 77.04 },
        { code: '64', score: 77.04 },
        { code: '36', score: 66.53 },
      ],
      province,
    );
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });
});
