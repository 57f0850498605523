import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, insertTestRegions, signIn, type TestUser } from '../../test/factories';

describeDb('users API', (db) => {
  let app: FastifyInstance;
  const clock = testClock();
  let admin: string;
  let kab: string;
  let kabUser: TestUser;
  let pkd: string;

  beforeAll(async () => {
    ({ app } = await createTestApp(db(), { clock }));
    await insertTestRegions(db(), ['36.03.01.2001', '32.01.01']);
    admin = await signIn(app, db(), await createUser(db(), { username: 'root' }));
    kabUser = await createUser(db(), { username: 'kab.tangerang', role: 'BAWASLU_KABKOTA', scopeCode: '36.03' });
    kab = await signIn(app, db(), kabUser);
    pkd = await signIn(
      app,
      db(),
      await createUser(db(), { username: 'pkd.one', role: 'PKD', scopeCode: '36.03.01.2001' }),
    );
  });

  const create = (cookie: string | null, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/users',
      payload: payload as Record<string, unknown>,
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    });
  const list = (cookie: string, query = '') =>
    app.inject({ method: 'GET', url: `/api/users${query}`, headers: { cookie } });
  const count = async (table: string) =>
    (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  const officer = (username: string, role: string, scopeCode: string | null) => ({
    username,
    displayName: `Petugas ${username}`,
    role,
    scopeCode,
  });

  it('creates a user with a one-time password that must be changed at first sign-in', async () => {
    const res = await create(admin, {
      ...officer('Kab.Serang', 'BAWASLU_KABKOTA', '36.03'),
      email: 'serang@bawaslu.example',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body.user).sort()).toEqual([
      'body',
      'createdAt',
      'disabled',
      'displayName',
      'email',
      'id',
      'role',
      'scope',
      'totpEnabled',
      'username',
    ]);
    expect(body.user).toMatchObject({
      username: 'kab.serang',
      role: 'BAWASLU_KABKOTA',
      disabled: false,
      totpEnabled: false,
      scope: { code: '36.03', level: 'regency' },
    });
    expect(body.oneTimePassword.length).toBeGreaterThanOrEqual(16);
    expect(res.body).not.toMatch(/scrypt|password_hash|totp_secret/);
    const audit = await db().query<{ actor_label: string; data: Record<string, unknown> }>(
      "SELECT actor_label, data FROM audit_events WHERE action = 'user.created'",
    );
    expect(audit.rows).toEqual([
      {
        actor_label: 'root',
        data: { username: 'kab.serang', role: 'BAWASLU_KABKOTA', scopeCode: '36.03', body: null },
      },
    ]);
    const newcomer: TestUser = {
      id: body.user.id,
      username: 'kab.serang',
      role: 'BAWASLU_KABKOTA',
      scopeCode: '36.03',
      password: body.oneTimePassword,
      totpSecret: null,
    };
    const cookie = await signIn(app, db(), newcomer);
    expect(newcomer.password).not.toBe(body.oneTimePassword);
    expect((await list(cookie)).statusCode).toBe(200);
  });

  it('refuses without a session, with a partial one, and cross-site', async () => {
    expect((await create(null, officer('x1', 'PKD', '36.03.01.2001'))).json().error.code).toBe('AUTH_REQUIRED');
    const partial = await signIn(app, db(), await createUser(db()), { totp: false });
    const res = await create(partial, officer('x2', 'PKD', '36.03.01.2001'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('MFA_REQUIRED');
    const evil = await create(admin, officer('x3', 'PKD', '36.03.01.2001'), { origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('ORIGIN_MISMATCH');
    expect((await db().query("SELECT 1 FROM users WHERE username LIKE 'x_'")).rows).toHaveLength(0);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const users = await count('users');
    const events = await count('audit_events');
    const cases: [unknown, string][] = [
      [{}, 'VALIDATION_FAILED'],
      [{ ...officer('ok.name', 'PKD', '36.03.01.2001'), role: 'KING' }, 'VALIDATION_FAILED'],
      [{ ...officer('ok.name', 'PKD', '36.03.01.2001'), displayName: 42 }, 'VALIDATION_FAILED'],
      [{ ...officer('ok.name', 'PKD', '36.03.01.2001'), displayName: 'x'.repeat(10_000) }, 'VALIDATION_FAILED'],
      [officer('Bad Name!', 'PKD', '36.03.01.2001'), 'VALIDATION_FAILED'],
      [officer('ok.name', 'PKD', 'Tangerang'), 'VALIDATION_FAILED'],
      [officer('ok.name', 'PKD', '36.03'), 'VALIDATION_FAILED'],
      [officer('ok.name', 'BAWASLU_RI', '36'), 'VALIDATION_FAILED'],
      [officer('ok.name', 'BAWASLU_PROVINSI', null), 'VALIDATION_FAILED'],
      [officer('ok.name', 'BAWASLU_KABKOTA', '36.99'), 'UNKNOWN_REGION'],
      [{ ...officer('ok.name', 'ADMIN', null), email: 'not-an-email' }, 'VALIDATION_FAILED'],
      // A receiving body's officer names the body; nobody else has one.
      [officer('ok.name', 'INSTANSI_PENERIMA', null), 'VALIDATION_FAILED'],
      [{ ...officer('ok.name', 'INSTANSI_PENERIMA', null), body: 'BANK' }, 'VALIDATION_FAILED'],
      [{ ...officer('ok.name', 'BAWASLU_KABKOTA', '36.03'), body: 'BKN' }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const res = await create(admin, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    expect((await create(admin, officer('ok.name', 'PKD', '36.03'))).json().error.message).toContain('village');
    expect(await count('users')).toBe(users);
    expect(await count('audit_events')).toBe(events);
  });

  it("records a receiving body's officer with the body", async () => {
    const res = await create(admin, { ...officer('bkn.wasdal', 'INSTANSI_PENERIMA', null), body: 'BKN' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user).toMatchObject({ role: 'INSTANSI_PENERIMA', scope: null, body: 'BKN' });
  });

  it('refuses a taken username with 409', async () => {
    const res = await create(admin, officer('root', 'ADMIN', null));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });

  it('a regency office manages lower roles inside its regency only', async () => {
    expect((await create(kab, officer('pkd.two', 'PKD', '36.03.01.2001'))).statusCode).toBe(201);
    const outside = await create(kab, officer('camat.bdg', 'PANWASLU_KECAMATAN', '32.01.01'));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('OUT_OF_SCOPE');
    for (const [role, scope] of [
      ['BAWASLU_KABKOTA', '36.03'],
      ['ADMIN', null],
      ['BAWASLU_PROVINSI', '36'],
    ] as const) {
      const res = await create(kab, officer(`peer.${role.toLowerCase()}`, role, scope));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('a role without user rights gets 403 FORBIDDEN', async () => {
    expect((await create(pkd, officer('pkd.three', 'PKD', '36.03.01.2001'))).json().error.code).toBe('FORBIDDEN');
    expect((await list(pkd)).json().error.code).toBe('FORBIDDEN');
  });

  it('lists users in reach, with filters and pages', async () => {
    const all = (await list(admin, '?limit=500')).json();
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((u: { username: string }) => u.username)).toContain('root');
    const mine = (await list(kab)).json();
    expect(mine.items.map((u: { username: string }) => u.username).sort()).toEqual(['pkd.one', 'pkd.two']);
    expect((await list(admin, '?role=PKD')).json().total).toBe(2);
    expect((await list(admin, '?q=TWO')).json().items.map((u: { username: string }) => u.username)).toEqual([
      'pkd.two',
    ]);
    expect((await list(admin, '?q=%25')).json().total).toBe(0);
    const first = (await list(admin, '?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await list(admin, `?limit=2&cursor=${first.next}`)).json();
    expect(second.items[0].username > first.items[1].username).toBe(true);
    expect((await list(admin, '?cursor=bogus')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await list(admin, '?limit=0')).statusCode).toBe(400);
    expect((await list(admin, '?role=KING')).statusCode).toBe(400);
  });

  it('disables a user in scope, ending their sessions at once', async () => {
    const victim = await createUser(db(), { username: 'pkd.gone', role: 'PKD', scopeCode: '36.03.01.2001' });
    const victimCookie = await signIn(app, db(), victim);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: victimCookie } })).statusCode).toBe(
      200,
    );
    const res = await app.inject({ method: 'POST', url: `/api/users/${victim.id}/disable`, headers: { cookie: kab } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'pkd.gone', disabled: true });
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: victimCookie } })).statusCode).toBe(
      401,
    );
    expect((await db().query('SELECT 1 FROM sessions WHERE user_id = $1', [victim.id])).rows).toHaveLength(0);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'pkd.gone', password: victim.password },
    });
    expect(login.json().error.code).toBe('INVALID_CREDENTIALS');
    const audit = await db().query<{ data: { sessionsRevoked: number } }>(
      "SELECT data FROM audit_events WHERE action = 'user.disabled' AND subject_id = $1",
      [victim.id],
    );
    expect(audit.rows[0]!.data.sessionsRevoked).toBe(1);
    expect((await list(admin, '?q=gone')).json().total).toBe(0);
    expect((await list(admin, '?q=gone&includeDisabled=true')).json().total).toBe(1);
  });

  it('refuses to disable outside scope, oneself, unknown ids and malformed ids', async () => {
    const far = await createUser(db(), { username: 'camat.far', role: 'PANWASLU_KECAMATAN', scopeCode: '32.01.01' });
    const disable = (id: string, cookie: string) =>
      app.inject({ method: 'POST', url: `/api/users/${id}/disable`, headers: { cookie } });
    expect((await disable(far.id, kab)).json().error.code).toBe('OUT_OF_SCOPE');
    expect((await disable(kabUser.id, kab)).json().error.code).toBe('FORBIDDEN');
    const rootId = (await db().query<{ id: string }>("SELECT id FROM users WHERE username = 'root'")).rows[0]!.id;
    expect((await disable(rootId, admin)).json().error.code).toBe('BAD_REQUEST');
    expect((await disable('00000000-0000-4000-8000-000000000000', admin)).statusCode).toBe(404);
    expect((await disable('not-a-uuid', admin)).statusCode).toBe(400);
    expect((await db().query('SELECT 1 FROM users WHERE id = $1 AND disabled_at IS NULL', [far.id])).rows).toHaveLength(
      1,
    );
  });
});
