import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, testClock, TEST_NOW } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';
import { reportPayload } from '../../test/report-factories';

const HOUR = 3_600_000;

/** The inbox, the workload view, merging and delegation. */
describeDb('case inbox, workload, merge and delegation', (db) => {
  let app: FastifyInstance;
  const clock = testClock();
  let kab: string;
  let prov: string;
  let otherKab: string;
  const ids: string[] = [];

  const file = async (incident: Record<string, unknown>, ip: string, extra: Record<string, unknown> = {}) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: reportPayload({ incident: { date: '2024-11-13', ...incident }, knownOn: '2024-11-13', ...extra }),
      remoteAddress: ip,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db(), { clock }));
    // Three reports in Kab. Tangerang received about 4 days, 3 days and 1 hour before the officers look.
    clock.set(new Date(TEST_NOW.getTime() - 100 * HOUR));
    await file({ regionCode: '36.03.01' }, '10.3.0.1');
    clock.set(new Date(TEST_NOW.getTime() - 70 * HOUR));
    await file({ regionCode: '36.03.01' }, '10.3.0.2');
    clock.set(new Date(TEST_NOW.getTime() - 1 * HOUR));
    await file({ regionCode: '36.03.02' }, '10.3.0.3', {
      parties: [{ name: 'Joko', subjectType: 'KEPALA_DESA', address: 'Desa X' }],
      acts: ['MEDSOS'],
    });
    clock.set(TEST_NOW);
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
    prov = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_PROVINSI', scopeCode: '36' }));
    otherKab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.71' }));
    const page = (await app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: kab } })).json();
    ids.push(...page.items.map((i: { id: string }) => i.id));
  });

  const get = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (cookie: string, url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url, payload, headers: { cookie } });

  it('sorts by nearest deadline and colours each: overdue, due soon, ok', async () => {
    const page = (await get(kab, '/api/cases')).json();
    expect(page.total).toBe(3);
    expect(page.items.map((i: { nextDeadline: { state: string } }) => i.nextDeadline.state)).toEqual([
      'OVERDUE',
      'DUE_SOON',
      'OK',
    ]);
    const dues = page.items.map((i: { nextDeadline: { dueAt: string } }) => i.nextDeadline.dueAt);
    expect([...dues].sort()).toEqual(dues);
  });

  it('filters by deadline state, subject type, act and place; refuses a place outside the reach', async () => {
    const total = async (qs: string) => (await get(kab, `/api/cases?${qs}`)).json().total;
    expect(await total('deadline=OVERDUE')).toBe(1);
    expect(await total('deadline=DUE_SOON')).toBe(1);
    expect(await total('deadline=OK')).toBe(1);
    expect(await total('subjectType=KEPALA_DESA')).toBe(1);
    expect(await total('act=MEDSOS')).toBe(1);
    expect(await total('region=36.03.01')).toBe(2);
    expect(await total('status=RECEIVED&kind=REPORT')).toBe(3);
    expect((await get(kab, '/api/cases?region=36.71')).statusCode).toBe(403);
    expect((await get(kab, '/api/cases?deadline=LATE')).statusCode).toBe(400);
  });

  it("shows the province its regencies' cases and the overdue one in the workload view", async () => {
    expect((await get(prov, '/api/cases')).json().total).toBe(3);
    expect((await get(otherKab, '/api/cases')).json().total).toBe(0);
    const load = (await get(prov, '/api/cases/workload')).json();
    expect(load.rows).toEqual([
      {
        office: { code: '36.03', name: expect.stringMatching(/Tangerang/) },
        open: 3,
        dueSoon: 1,
        overdue: 1,
        unansweredForwardings: 0,
      },
    ]);
  });

  it('merges a second report of the same event: one case, both reports, both reporters told', async () => {
    const [a, b] = ids;
    const res = await post(kab, `/api/cases/${a}/merge`, { caseIds: [b], note: 'Peristiwa yang sama, dua pelapor.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reports).toHaveLength(2);
    expect(res.json().parties).toHaveLength(2);
    const merged = (await get(kab, `/api/cases/${b}`)).json();
    expect(merged).toMatchObject({ status: 'MERGED', mergedInto: a, nextDeadline: null });
    expect((await get(kab, '/api/cases')).json().total).toBe(2);
    const again = await post(kab, `/api/cases/${a}/merge`, { caseIds: [b], note: 'Sekali lagi digabung.' });
    expect(again.statusCode).toBe(409);
    const self = await post(kab, `/api/cases/${a}/merge`, { caseIds: [a], note: 'Digabung dengan diri.' });
    expect(self.statusCode).toBe(400);
  });

  it('delegates up to the province and back down, never sideways', async () => {
    const id = ids[2]!;
    const sideways = await post(kab, `/api/cases/${id}/delegate`, {
      officeCode: '36.71',
      note: 'Salah kantor tujuan.',
    });
    expect(sideways.statusCode).toBe(409);
    expect(sideways.json().error.details.failed).toEqual(['NOT_IN_HIERARCHY']);
    const up = await post(kab, `/api/cases/${id}/delegate`, { officeCode: '36', note: 'Melibatkan pejabat provinsi.' });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().office.code).toBe('36');
    const down = await post(prov, `/api/cases/${id}/delegate`, {
      officeCode: '36.03',
      note: 'Dikembalikan ke kabupaten.',
    });
    expect(down.statusCode, down.body).toBe(200);
    expect(down.json().office.code).toBe('36.03');
    expect(down.json().timeline.filter((e: { command: string }) => e.command === 'DELEGATE')).toHaveLength(2);
  });
});
