import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';

const voting = { code: 'VOTING', name: 'Pemungutan suara', startsOn: '2029-11-28', endsOn: '2029-11-28' };
const newElection = {
  id: 'pilkada-2029',
  name: 'Pilkada 2029',
  regime: 'PILKADA',
  stages: [voting],
  regions: ['36', '36.03'],
};
const holiday = {
  date: '2029-11-28',
  name: 'Pemungutan suara Pilkada 2029',
  kind: 'ELECTION_DAY',
  source: 'Keppres (uji)',
};

describeDb('elections and holidays API (signed in)', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let officer: string;
  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
    admin = await signIn(app, db(), await createUser(db(), { role: 'ADMIN' }));
    officer = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
  });
  const req = async (cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.body ? (res.json() as Record<string, never>) : null };
  };
  const audits = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events')).rows[0]!.n;

  it('lets an admin create and change an election', async () => {
    expect(await req(admin, 'POST', '/api/elections', newElection)).toMatchObject({
      status: 201,
      body: { id: 'pilkada-2029', regionCounts: { province: 1, regency: 1 } },
    });
    expect(await req(admin, 'POST', '/api/elections', newElection)).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT' } },
    });
    expect(await req(admin, 'PATCH', '/api/elections/pilkada-2029', { name: 'Pilkada Serentak 2029' })).toMatchObject({
      status: 200,
      body: { name: 'Pilkada Serentak 2029' },
    });
  });

  it('refuses an officer who may not manage elections or holidays: 403', async () => {
    expect(await req(officer, 'POST', '/api/elections', { ...newElection, id: 'x-2029' })).toMatchObject({
      status: 403,
    });
    expect(await req(officer, 'PATCH', '/api/elections/pilkada-2024', { name: 'x' })).toMatchObject({ status: 403 });
    expect(await req(officer, 'POST', '/api/holidays', { holidays: [holiday] })).toMatchObject({ status: 403 });
    expect(await req(officer, 'DELETE', '/api/holidays/2024-11-27')).toMatchObject({ status: 403 });
  });

  it('answers bad input with 400 and writes nothing', async () => {
    const before = await audits();
    const bad: ['POST' | 'PATCH' | 'DELETE', string, unknown, string][] = [
      ['POST', '/api/elections', { ...newElection, id: 'x-1', regions: ['36.97'] }, 'UNKNOWN_REGION'],
      [
        'POST',
        '/api/elections',
        { ...newElection, id: 'x-2', stages: [{ ...voting, startsOn: '2029-02-30' }] },
        'VALIDATION_FAILED',
      ],
      ['POST', '/api/elections', { ...newElection, id: 'x-3', name: 'x'.repeat(5000) }, 'VALIDATION_FAILED'],
      ['POST', '/api/elections', { ...newElection, id: 'x-4', regions: 'semua' }, 'VALIDATION_FAILED'],
      ['POST', '/api/elections', { id: 'x-5' }, 'VALIDATION_FAILED'],
      ['POST', '/api/elections', [1, 2, 3], 'VALIDATION_FAILED'],
      ['PATCH', '/api/elections/pilkada-2029', {}, 'VALIDATION_FAILED'],
      ['PATCH', '/api/elections/pilkada-2029', { regime: 'PILPRES' }, 'VALIDATION_FAILED'],
      ['PATCH', '/api/elections/pilkada-2029', { regions: ['36.03.01'] }, 'VALIDATION_FAILED'],
      ['PATCH', '/api/elections/pilkada-2029', { regions: ['97'] }, 'UNKNOWN_REGION'],
      ['PATCH', '/api/elections/tidak-ada', { name: 'x' }, 'NOT_FOUND'],
      ['POST', '/api/holidays', { holidays: [] }, 'VALIDATION_FAILED'],
      ['POST', '/api/holidays', { holidays: [holiday, holiday] }, 'VALIDATION_FAILED'],
      ['POST', '/api/holidays', { holidays: [{ ...holiday, date: '28-11-2029' }] }, 'VALIDATION_FAILED'],
      ['POST', '/api/holidays', { holidays: [{ ...holiday, kind: 1 }] }, 'VALIDATION_FAILED'],
      ['POST', '/api/holidays', holiday, 'VALIDATION_FAILED'],
      ['DELETE', '/api/holidays/2029-02-29', undefined, 'VALIDATION_FAILED'],
      ['DELETE', '/api/holidays/2030-01-02', undefined, 'NOT_FOUND'],
    ];
    for (const [method, url, body, code] of bad) {
      const res = await req(admin, method, url, body);
      expect(res.status, `${method} ${url} ${String(JSON.stringify(body)).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body, `${method} ${url}`).toMatchObject({ error: { code } });
    }
    const raw = await app.inject({
      method: 'POST',
      url: '/api/holidays',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: '{"holidays": [',
    });
    expect(raw.statusCode).toBe(400);
    expect(await audits()).toBe(before);
  });

  it('lets an admin upsert and delete holidays', async () => {
    expect(await req(admin, 'POST', '/api/holidays', { holidays: [holiday] })).toMatchObject({
      status: 200,
      body: { created: 1, updated: 0 },
    });
    expect(
      await req(admin, 'POST', '/api/holidays', { holidays: [{ ...holiday, name: 'Libur Pilkada 2029' }] }),
    ).toMatchObject({
      status: 200,
      body: { created: 0, updated: 1, items: [{ name: 'Libur Pilkada 2029' }] },
    });
    expect(await req(admin, 'DELETE', '/api/holidays/2029-11-28')).toMatchObject({ status: 204 });
    expect(await req(admin, 'DELETE', '/api/holidays/2029-11-28')).toMatchObject({ status: 404 });
  });
});
