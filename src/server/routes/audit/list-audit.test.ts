import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';

describeDb('GET /api/audit', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let kab: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(db()));
    admin = await signIn(app, db(), await createUser(db(), { username: 'auditor' }));
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
  });

  const get = (cookie: string | null, query = '') =>
    app.inject({ method: 'GET', url: `/api/audit${query}`, headers: cookie ? { cookie } : {} });

  it('lists the trail newest first for those allowed, filtered and paged', async () => {
    const res = await get(admin, '?limit=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.items[0].seq).toBeGreaterThan(body.items[1].seq);
    expect(body.next).not.toBeNull();
    const enrolled = (await get(admin, '?action=auth.totp_enrolled')).json();
    expect(enrolled.total).toBe(2);
    expect(enrolled.items.map((e: { actorLabel: string }) => e.actorLabel)).toContain('auditor');
  });

  it('refuses others', async () => {
    expect((await get(null)).statusCode).toBe(401);
    expect((await get(kab)).json().error.code).toBe('FORBIDDEN');
    expect((await get(admin, '?cursor=zzz')).statusCode).toBe(400);
  });
});
