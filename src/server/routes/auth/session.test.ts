import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { totpCodeAt } from '../../auth/totp';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, insertTestRegions, signIn, type TestUser } from '../../test/factories';

describeDb('sessions: me, password change, logout, expiry', (db) => {
  let app: FastifyInstance;
  const clock = testClock();
  let user: TestUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(db(), { clock }));
    await insertTestRegions(db(), ['36.03']);
    user = await createUser(db(), {
      username: 'rina',
      role: 'BAWASLU_KABKOTA',
      scopeCode: '36.03',
      mustChangePassword: true,
    });
  });

  const me = (cookie?: string) => app.inject({ method: 'GET', url: '/api/me', headers: cookie ? { cookie } : {} });
  const post = (url: string, cookie: string, payload?: Record<string, string>) =>
    app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('GET /api/me needs a session', async () => {
    const res = await me();
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('AUTH_REQUIRED');
    expect((await me('netra_session=forged-token')).statusCode).toBe(401);
  });

  it('password change: wrong current → 401, weak → 400, then next is done and other sessions end', async () => {
    // By hand (not signIn) so the password step is visible.
    const u = await createUser(db(), { username: 'tono', mustChangePassword: true });
    clock.advance(60_000);
    const second = await signIn(app, db(), u, { totp: false, now: clock() });
    const spare = await signIn(app, db(), u, { totp: false, now: clock() });
    const enrol = await post('/api/auth/totp/enroll', second);
    const confirmed = await post('/api/auth/totp/enroll/confirm', second, {
      code: totpCodeAt(enrol.json().secret, clock()),
    });
    const full = confirmed.cookies.find((c) => c.name === 'netra_session')!;
    const c = `netra_session=${full.value}`;
    expect((await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: c } })).json().error.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    expect((await me(c)).json().abilities).toEqual([]);

    const wrong = await post('/api/auth/password', c, {
      currentPassword: 'not-my-password',
      newPassword: 'sebuah-kata-sandi-baru',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const short = await post('/api/auth/password', c, { currentPassword: u.password, newPassword: 'pendek' });
    expect(short.statusCode).toBe(400);
    const same = await post('/api/auth/password', c, { currentPassword: u.password, newPassword: u.password });
    expect(same.statusCode).toBe(400);

    const ok = await post('/api/auth/password', c, {
      currentPassword: u.password,
      newPassword: 'sebuah-kata-sandi-baru',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ next: 'done' });
    const body = (await me(c)).json();
    expect(body.session.next).toBe('done');
    expect(body.abilities).toEqual([
      'users.read',
      'users.manage',
      'audit.read',
      'elections.manage',
      'holidays.manage',
      'reports.read',
      'reports.reveal',
      'cases.read',
      'templates.manage',
      'index.manage',
    ]);
    const row = (
      await db().query<{ must_change_password: boolean }>('SELECT must_change_password FROM users WHERE id = $1', [
        u.id,
      ])
    ).rows[0]!;
    expect(row.must_change_password).toBe(false);
    const audit = await db().query(
      "SELECT 1 FROM audit_events WHERE action = 'auth.password_changed' AND subject_id = $1",
      [u.id],
    );
    expect(audit.rows).toHaveLength(1);
    // The old password no longer works; the new one does.
    expect((await me(spare)).statusCode).toBe(401);
    const oldLogin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tono', password: u.password },
    });
    expect(oldLogin.statusCode).toBe(401);
  });

  it('GET /api/me shows the scope region and the abilities of the role', async () => {
    clock.advance(60_000);
    const cookie = await signIn(app, db(), user, { now: clock() });
    const res = await me(cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: {
        id: user.id,
        username: 'rina',
        displayName: 'Petugas rina',
        role: 'BAWASLU_KABKOTA',
        scope: {
          code: '36.03',
          name: 'Wilayah 36.03',
          level: 'regency',
          parentCode: '36',
          timeZone: 'Asia/Jakarta',
          zone: 'WIB',
        },
        totpEnabled: true,
      },
      session: { next: 'done' },
      abilities: [
        'users.read',
        'users.manage',
        'reports.read',
        'reports.intake',
        'reports.reveal',
        'reports.route',
        'cases.read',
        'cases.handle',
        'cases.override',
        'cases.followup',
        'gakkumdu.work',
      ],
    });
  });

  it('logout deletes the session, clears the cookie and is audited', async () => {
    clock.advance(60_000);
    const cookie = await signIn(app, db(), user, { now: clock() });
    const res = await post('/api/auth/logout', cookie);
    expect(res.statusCode).toBe(204);
    const cleared = res.cookies.find((c) => c.name === 'netra_session')!;
    expect(cleared.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await post('/api/auth/logout', cookie)).statusCode).toBe(401);
    const audit = await db().query("SELECT actor_label FROM audit_events WHERE action = 'auth.logout'");
    expect(audit.rows).toEqual([{ actor_label: 'rina' }]);
  });

  it('a signed-in session ends after 30 idle minutes, and after 12 hours whatever happens', async () => {
    clock.advance(60_000);
    const cookie = await signIn(app, db(), user, { now: clock() });
    clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);

    const busy = await signIn(app, db(), user, { now: clock() });
    for (let i = 0; i < 12 * 3; i++) {
      clock.advance(20 * 60_000);
      const status = (await me(busy)).statusCode;
      if (i < 12 * 3 - 1) expect(status).toBe(200);
      else expect(status).toBe(401);
    }
  });
});
