import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { CutPointsResponse, EditionCompare, EditionDetail, EditionList } from '../../../shared/api/index-editions';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';

const IKP = 'ikp-2024-provinsi';
const ASN = 'ikp-2024-tematik-netralitas-asn';

describeDb('vulnerability index API', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
  });
  const get = async <T>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() as T, headers: res.headers };
  };

  it('lists the demo editions, newest first, with source and date, publicly cacheable', async () => {
    const res = await get<EditionList>('/api/index/editions');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.body.items.map((e) => [e.id, e.kind, e.level, e.publishedOn, e.regionCount])).toEqual([
      [ASN, 'PUBLISHED', 'province', '2023-09-21', 10],
      [IKP, 'PUBLISHED', 'province', '2022-12-16', 34],
    ]);
    expect(res.body.items.every((e) => /Bawaslu/.test(e.source) && e.catalogueVersion === null)).toBe(true);
  });

  it('shows IKP 2024 by rank: DKI Jakarta 88.95 HIGH first, Jawa Timur 14.74 LOW', async () => {
    const res = await get<EditionDetail>(`/api/index/editions/${IKP}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const e = res.body;
    expect(e.cutPoints).toMatchObject({ level: 'province', low: 21.7, high: 68.5, inclusive: 'UPPER' });
    expect(e.scores).toHaveLength(34);
    expect(e.scores[0]).toEqual({
      regionCode: '31',
      regionName: 'DKI JAKARTA',
      score: 88.95,
      category: 'HIGH',
      rank: 1,
      breakdown: null,
    });
    expect(e.scores.find((s) => s.regionCode === '35')).toMatchObject({ score: 14.74, category: 'LOW', rank: 29 });
    // Jawa Barat and Kalimantan Timur share 77.04 and rank 4; Banten is 6th.
    expect(e.scores.filter((s) => s.rank === 4).map((s) => s.regionCode)).toEqual(['32', '64']);
    expect(e.scores.find((s) => s.regionCode === '36')).toMatchObject({ category: 'MEDIUM', rank: 6 });
    const counts = Object.fromEntries(
      ['LOW', 'MEDIUM', 'HIGH'].map((c) => [c, e.scores.filter((s) => s.category === c).length]),
    );
    expect(counts).toEqual({ LOW: 8, MEDIUM: 21, HIGH: 5 });
    // The scores are aggregates about regions only.
    expect(Object.keys(e.scores[0]!).sort()).toEqual([
      'breakdown',
      'category',
      'rank',
      'regionCode',
      'regionName',
      'score',
    ]);
  });

  it('lists the regions whose category differs between the two demo editions', async () => {
    const res = await get<EditionCompare>(`/api/index/editions/${IKP}/compare/${ASN}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const c = res.body;
    expect(c.compared).toBe(10);
    expect(c.changes.map((x) => `${x.regionCode} ${x.from.category}→${x.to.category}`)).toEqual([
      '13 MEDIUM→LOW',
      '18 MEDIUM→LOW',
      '32 HIGH→LOW',
      '53 MEDIUM→LOW',
      '64 HIGH→LOW',
      '71 HIGH→MEDIUM',
      '73 LOW→MEDIUM',
      '75 MEDIUM→LOW',
    ]);
    expect(c.changes.find((x) => x.regionCode === '71')).toEqual({
      regionCode: '71',
      regionName: 'SULAWESI UTARA',
      from: { score: 87.48, category: 'HIGH', rank: 2 },
      to: { score: 55.87, category: 'MEDIUM', rank: 2 },
    });
    // Banten (66.53 → 22.98) and Maluku Utara (84.86 → 100) keep their category.
    expect(c.changes.map((x) => x.regionCode)).not.toContain('36');
    expect(c.changes.map((x) => x.regionCode)).not.toContain('82');
    expect(c.onlyInFrom).toHaveLength(24);
    expect(c.onlyInTo).toEqual([]);
    const back = (await get<EditionCompare>(`/api/index/editions/${ASN}/compare/${IKP}`)).body;
    expect(back.changes.find((x) => x.regionCode === '73')).toMatchObject({
      from: { category: 'MEDIUM' },
      to: { category: 'LOW' },
    });
    expect(back.onlyInTo).toHaveLength(24);
  });

  it('gives the cut points in force, per level', async () => {
    const res = await get<CutPointsResponse>('/api/index/cut-points');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.body.on).toBe('2024-11-18');
    expect(res.body.items.map((r) => [r.level, r.effectiveFrom, r.low, r.high, r.inclusive])).toEqual([
      ['province', '2022-12-16', 21.7, 68.5, 'UPPER'],
      ['regency', '2022-12-16', 13.47, 49.33, 'UPPER'],
    ]);
    expect(res.body.items.every((r) => r.source.length > 0)).toBe(true);
    expect((await get<CutPointsResponse>('/api/index/cut-points?on=2020-01-01')).body.items).toEqual([]);
  });

  it('answers 404 for an unknown edition and 400 for a malformed id or date', async () => {
    for (const url of [
      '/api/index/editions/ikp-1999',
      `/api/index/editions/ikp-1999/compare/${IKP}`,
      `/api/index/editions/${IKP}/compare/ikp-1999`,
    ]) {
      expect(await get(url), url).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    }
    for (const url of [
      '/api/index/editions/IKP-2024',
      '/api/index/editions/-x',
      `/api/index/editions/${'a'.repeat(80)}`,
      '/api/index/editions/%27%3B--',
      `/api/index/editions/${IKP}/compare/Bad_Id`,
      '/api/index/cut-points?on=2024-02-30',
      '/api/index/cut-points?on=yesterday',
    ]) {
      expect(await get(url), url).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    }
  });
});
