import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';
import { reportPayload } from '../../test/report-factories';
import { hashTrackingCode } from '../../reports/tracking';
import { normalizeTrackingCode } from '../../../domain/intake/tracking-code';

/** The reporter withdraws with the tracking code, before registration only (DOMAIN.md §2). */
describeDb('withdrawal by the reporter', (db) => {
  let app: FastifyInstance;
  let kab: string;
  let ip = 0;

  const file = async (): Promise<string> => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: reportPayload(),
      remoteAddress: `10.4.0.${++ip}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().trackingCode;
  };
  const withdraw = (code: string, note = 'Saya keliru melapor, mohon dicabut.') =>
    app.inject({ method: 'POST', url: '/api/public/withdraw', payload: { code, note }, remoteAddress: '10.4.1.1' });
  const caseOf = async (code: string) => {
    const hash = hashTrackingCode(normalizeTrackingCode(code)!);
    const { rows } = await db().query<{ id: string; status: string }>(
      'SELECT c.id, c.status FROM cases c JOIN reports r ON r.case_id = c.id WHERE r.tracking_hash = $1',
      [hash],
    );
    return rows[0]!;
  };

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db(), { clock: testClock() }));
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
  });

  it('withdraws a report not yet registered: the case ends, the reporter sees it, the office too', async () => {
    const code = await file();
    const c = await caseOf(code);
    const res = await withdraw(code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'WITHDRAWN' });
    expect(res.json().history.map((h: { status: string }) => h.status)).toEqual(['RECEIVED', 'WITHDRAWN']);
    const detail = (await app.inject({ method: 'GET', url: `/api/cases/${c.id}`, headers: { cookie: kab } })).json();
    expect(detail).toMatchObject({ status: 'WITHDRAWN', nextDeadline: null, allowed: [] });
    expect(detail.timeline.at(-1)).toMatchObject({ command: 'WITHDRAW', actor: null, data: { by: 'REPORTER' } });
    expect((await withdraw(code)).statusCode).toBe(409);
  });

  it('refuses once registered, and refuses a bad code or a missing reason without writing', async () => {
    const code = await file();
    const c = await caseOf(code);
    for (const type of ['START_REVIEW', 'REGISTER']) {
      const r = await app.inject({
        method: 'POST',
        url: `/api/cases/${c.id}/transitions`,
        payload: { type },
        headers: { cookie: kab },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const late = await withdraw(code);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'INVALID_TRANSITION', details: { allowed: [] } });
    expect((await withdraw('ABCD-EFGH-JKMN-PQRS')).statusCode).toBeGreaterThanOrEqual(400);
    expect((await withdraw(code, '')).statusCode).toBe(400);
    const { rows } = await db().query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE status = 'WITHDRAWN'");
    expect(rows[0]!.n).toBe(1);
  });
});
