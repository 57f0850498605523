import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';

const voting = { code: 'VOTING', name: 'Pemungutan suara', startsOn: '2029-11-28', endsOn: '2029-11-28' };
const newElection = { id: 'pilkada-2029', name: 'Pilkada 2029', regime: 'PILKADA', stages: [voting], regions: ['36'] };

describeDb('elections and holidays API (public and refusals)', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
  });
  const req = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: res.statusCode, body: res.body ? (res.json() as Record<string, never>) : null };
  };

  it('lists elections and shows one, publicly', async () => {
    const list = await req('GET', '/api/elections');
    expect(list).toMatchObject({
      status: 200,
      body: { total: 1, next: null, items: [{ id: 'pilkada-2024', regionCounts: { province: 37, regency: 508 } }] },
    });
    const one = await req('GET', '/api/elections/pilkada-2024');
    expect(one.status).toBe(200);
    expect((one.body as unknown as { regions: unknown[] }).regions).toHaveLength(545);
    expect(await req('GET', '/api/elections?region=36.03.01.2003&regime=PILKADA')).toMatchObject({
      status: 200,
      body: { total: 1 },
    });
  });

  it('answers 404 for an unknown election, 400 for bad parameters', async () => {
    expect(await req('GET', '/api/elections/pilkada-2099')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    for (const url of [
      '/api/elections/Pilkada%202024',
      '/api/elections?regime=PILPRES',
      '/api/elections?region=3603',
      '/api/elections?limit=-1',
      '/api/elections?cursor=%00',
    ]) {
      expect((await req('GET', url)).status, url).toBe(400);
    }
    expect(await req('GET', '/api/elections?region=99.01')).toMatchObject({
      status: 400,
      body: { error: { code: 'UNKNOWN_REGION' } },
    });
  });

  it('lists holidays by year, publicly', async () => {
    const h = await req('GET', '/api/holidays?year=2024&limit=100');
    expect(h).toMatchObject({ status: 200, body: { total: 29 } });
    const items = (h.body as unknown as { items: { date: string; kind: string }[] }).items;
    expect(items.filter((x) => x.kind === 'ELECTION_DAY').map((x) => x.date)).toEqual(['2024-02-14', '2024-11-27']);
    for (const url of [
      '/api/holidays?year=24',
      '/api/holidays?year=abc',
      '/api/holidays?year=2024.5',
      '/api/holidays?limit=100000',
    ]) {
      expect(await req('GET', url), url).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    }
  });

  it('refuses every change without a session: 401 AUTH_REQUIRED, nothing written', async () => {
    const before = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    const attempts: ['POST' | 'PATCH' | 'DELETE', string, unknown][] = [
      ['POST', '/api/elections', newElection],
      ['PATCH', '/api/elections/pilkada-2024', { name: 'Dibajak' }],
      ['POST', '/api/holidays', { holidays: [{ date: '2029-11-28', name: 'x', kind: 'NATIONAL', source: 'x' }] }],
      ['DELETE', '/api/holidays/2024-11-27', undefined],
      ['POST', '/api/elections', { nonsense: true }],
    ];
    for (const [method, url, body] of attempts) {
      expect(await req(method, url, body), `${method} ${url}`).toMatchObject({
        status: 401,
        body: { error: { code: 'AUTH_REQUIRED' } },
      });
    }
    const after = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    expect((await db().query(`SELECT 1 FROM holidays WHERE date = '2024-11-27'`)).rows).toHaveLength(1);
  });
});
