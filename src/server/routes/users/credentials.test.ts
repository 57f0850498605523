import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn, type TestUser } from '../../test/factories';

describeDb('users API: reset credentials, enable', (db) => {
  let app: FastifyInstance;
  let kab: string;
  let kabUser: TestUser;

  beforeAll(async () => {
    ({ app } = await createTestApp(db()));
    kabUser = await createUser(db(), { username: 'kab.lebak', role: 'BAWASLU_KABKOTA', scopeCode: '36.02' });
    kab = await signIn(app, db(), kabUser);
  });

  const post = (url: string, cookie: string) => app.inject({ method: 'POST', url, headers: { cookie } });
  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('resets a lost authenticator: new one-time password, TOTP gone, sessions ended, audited', async () => {
    const pkd = await createUser(db(), { username: 'pkd.lebak', role: 'PKD', scopeCode: '36.02.01.2001' });
    const pkdSession = await signIn(app, db(), pkd);
    expect((await post('/api/auth/logout', pkdSession)).statusCode).toBe(204);
    const other = await signIn(app, db(), pkd);

    const res = await post(`/api/users/${pkd.id}/reset-credentials`, kab);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { user: { totpEnabled: boolean }; oneTimePassword: string };
    expect(body.user.totpEnabled).toBe(false);
    expect(body.oneTimePassword.length).toBeGreaterThanOrEqual(16);

    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: other } })).statusCode).toBe(401);
    expect((await login('pkd.lebak', pkd.password)).statusCode).toBe(401);
    const fresh = await login('pkd.lebak', body.oneTimePassword);
    expect(fresh.json()).toEqual({ next: 'totp_enroll' });
    const codes = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1', [
      pkd.id,
    ]);
    expect(codes.rows[0]!.n).toBe(0);
    const audit = await db().query(
      "SELECT 1 FROM audit_events WHERE action = 'user.credentials_reset' AND subject_id = $1",
      [pkd.id],
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('enables a disabled user again, who then signs in with the same password', async () => {
    const pkd = await createUser(db(), { username: 'pkd.back', role: 'PKD', scopeCode: '36.02.01.2002' });
    expect((await post(`/api/users/${pkd.id}/disable`, kab)).json()).toMatchObject({ disabled: true });
    expect((await login('pkd.back', pkd.password)).statusCode).toBe(401);
    expect((await post(`/api/users/${pkd.id}/enable`, kab)).json()).toMatchObject({ disabled: false });
    expect((await login('pkd.back', pkd.password)).statusCode).toBe(200);
  });

  it('refuses outside the scope, above the role, on oneself, and without a session', async () => {
    const far = await createUser(db(), { username: 'pkd.far', role: 'PKD', scopeCode: '32.01.01.2001' });
    const peer = await createUser(db(), { username: 'kab.peer', role: 'BAWASLU_KABKOTA', scopeCode: '36.02' });
    const before = await db().query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      far.id,
    ]);
    expect((await post(`/api/users/${far.id}/reset-credentials`, kab)).json().error.code).toBe('OUT_OF_SCOPE');
    expect((await post(`/api/users/${peer.id}/reset-credentials`, kab)).json().error.code).toBe('FORBIDDEN');
    expect((await post(`/api/users/${kabUser.id}/reset-credentials`, kab)).json().error.code).toBe('FORBIDDEN');
    expect((await app.inject({ method: 'POST', url: `/api/users/${far.id}/enable` })).statusCode).toBe(401);
    expect((await post('/api/users/00000000-0000-4000-8000-000000000000/enable', kab)).statusCode).toBe(404);
    const after = await db().query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      far.id,
    ]);
    expect(after.rows[0]!.password_hash).toBe(before.rows[0]!.password_hash);
  });
});
