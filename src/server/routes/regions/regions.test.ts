import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { RegionDetail, RegionPage } from '../../../shared/api/regions';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';

describeDb('regions API', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
  });
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() as never };
  };
  const list = async (qs: string) => {
    const { status, body } = await get(`/api/regions?${qs}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body as RegionPage;
  };
  const names = (p: RegionPage) => p.items.map((r) => r.name);

  it('shows a village with its ancestors, zone and child count', async () => {
    const { status, body } = await get('/api/regions/36.03.01.2003');
    expect(status).toBe(200);
    const r = body as RegionDetail;
    expect(r).toMatchObject({
      code: '36.03.01.2003',
      level: 'village',
      parentCode: '36.03.01',
      timeZone: 'Asia/Jakarta',
      zone: 'WIB',
      childCount: 0,
    });
    expect(r.ancestors.map((a) => [a.code, a.level])).toEqual([
      ['36', 'province'],
      ['36.03', 'regency'],
      ['36.03.01', 'district'],
    ]);
    const regency = (await get('/api/regions/36.03')).body as RegionDetail;
    expect(regency).toMatchObject({ name: 'KABUPATEN TANGERANG', ancestors: [{ code: '36', name: 'BANTEN' }] });
    expect(regency.childCount).toBeGreaterThan(20);
  });

  it('gives each region its province’s zone', async () => {
    expect(((await get('/api/regions/91.03')).body as RegionDetail).zone).toBe('WIT');
    expect(((await get('/api/regions/73')).body as RegionDetail).zone).toBe('WITA');
    expect(((await get('/api/regions/31.71')).body as RegionDetail).zone).toBe('WIB');
  });

  it('answers 404 for a well-formed unknown code and 400 for a malformed one', async () => {
    expect(await get('/api/regions/99')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(await get('/api/regions/36.99.99.9999')).toMatchObject({ status: 404 });
    for (const bad of ['3603', '36.3', 'banten', '36.03.01.20031', '%27%3B--', 'x'.repeat(150)]) {
      expect((await get(`/api/regions/${bad}`)).status, bad).toBe(400);
    }
  });

  it('lists a level in code order, paginated', async () => {
    const first = await list('level=province&limit=20');
    expect(first.total).toBe(38);
    expect(first.items[0]).toMatchObject({ code: '11', name: 'ACEH' });
    expect(first.next).not.toBeNull();
    const second = await list(`level=province&limit=20&cursor=${first.next}`);
    expect(second.items).toHaveLength(18);
    expect(second.next).toBeNull();
    expect(second.items.at(-1)).toMatchObject({ code: '96' });
  });

  it('lists the children of a parent', async () => {
    const p = await list('parent=36');
    expect(p.total).toBe(8);
    expect(p.items.every((r) => r.parentCode === '36' && r.level === 'regency')).toBe(true);
    expect(p.items.map((r) => r.code)).toEqual([
      '36.01',
      '36.02',
      '36.03',
      '36.04',
      '36.71',
      '36.72',
      '36.73',
      '36.74',
    ]);
  });

  it('refuses an unknown parent with UNKNOWN_REGION, and bad filters with VALIDATION_FAILED', async () => {
    expect(await get('/api/regions?parent=36.99')).toMatchObject({
      status: 400,
      body: { error: { code: 'UNKNOWN_REGION' } },
    });
    expect(await get('/api/regions?within=99')).toMatchObject({
      status: 400,
      body: { error: { code: 'UNKNOWN_REGION' } },
    });
    for (const qs of [
      'level=kota',
      'parent=abc',
      'limit=0',
      'limit=501',
      'limit=x',
      `q=${'a'.repeat(101)}`,
      'q=%20%20',
      'cursor=zzz',
    ]) {
      expect(await get(`/api/regions?${qs}`), qs).toMatchObject({
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED' } },
      });
    }
  });

  it('finds "tangerang": exact names first, then prefixes, then the rest, across levels', async () => {
    const p = await list('q=tangerang&limit=5');
    expect(p.items.slice(0, 4).map((r) => `${r.code} ${r.name}`)).toEqual([
      '36.03 KABUPATEN TANGERANG',
      '36.71 KOTA TANGERANG',
      '36.71.01 Tangerang',
      '36.74 KOTA TANGERANG SELATAN',
    ]);
  });

  it.each([
    ['Kab. Tangerang', 'KABUPATEN TANGERANG'],
    ['kab tangerang', 'KABUPATEN TANGERANG'],
    ['Kabupaten Tangerang', 'KABUPATEN TANGERANG'],
    ['Kota Tangerang', 'KOTA TANGERANG'],
    ['KOTA TANGERANG SELATAN', 'KOTA TANGERANG SELATAN'],
    ['Kec. Tangerang', 'Tangerang'],
    ['Kecamatan Tangerang', 'Tangerang'],
    ['tangerang selatan', 'KOTA TANGERANG SELATAN'],
  ])('reads the prefix of %j', async (q, first) => {
    const p = await list(`q=${encodeURIComponent(q)}`);
    expect(p.items[0]?.name).toBe(first);
  });

  it('restricts the level by prefix', async () => {
    expect((await list('q=Kec.%20Tangerang')).items.every((r) => r.level === 'district')).toBe(true);
    expect((await list('q=Kota%20Tangerang')).items.map((r) => r.name)).toEqual([
      'KOTA TANGERANG',
      'KOTA TANGERANG SELATAN',
    ]);
    const desa = await list('q=Desa%20Suka');
    expect(desa.total).toBeGreaterThan(0);
    expect(desa.items.every((r) => r.level === 'village' && /^\d+\.\d+\.\d+\.2/.test(r.code))).toBe(true);
    const kel = await list('q=Kel.%20Suka');
    expect(kel.items.every((r) => r.level === 'village' && /^\d+\.\d+\.\d+\.1/.test(r.code))).toBe(true);
  });

  it('combines the search with parent, within and level', async () => {
    const inKota = await list('q=tangerang&parent=36.71');
    expect(inKota.items.map((r) => r.code)).toEqual(['36.71.01']);
    const within = await list('q=suka&within=36.03&level=village');
    expect(within.total).toBeGreaterThan(0);
    expect(within.items.every((r) => r.code.startsWith('36.03.') && r.level === 'village')).toBe(true);
    expect(names(await list('q=tangerang&level=province'))).toEqual([]);
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect((await list('q=%25')).total).toBe(0);
    expect((await list('q=_')).total).toBe(0);
  });

  it('is case-insensitive', async () => {
    expect(names(await list('q=BANTEN'))).toContain('BANTEN');
    expect(names(await list('q=jayapura')).slice(0, 2)).toEqual(['KABUPATEN JAYAPURA', 'KOTA JAYAPURA']);
  });
});
