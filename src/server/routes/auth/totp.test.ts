import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { totpCodeAt } from '../../auth/totp';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, sessionCookie, signIn, type TestUser } from '../../test/factories';

describeDb('TOTP enrolment and verification', (db) => {
  let app: FastifyInstance;
  const clock = testClock();
  let user: TestUser;
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    ({ app } = await createTestApp(db(), { clock }));
    user = await createUser(db(), { username: 'tari', mustChangePassword: true });
  });

  const post = (url: string, cookie: string | null, payload?: Record<string, string>) =>
    app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const fresh = () => signIn(app, db(), user, { totp: false, now: clock() });

  it('enrols with a QR code; the secret is stored only encrypted', async () => {
    const cookie = await fresh();
    expect((await post('/api/auth/totp', cookie, { code: '123456' })).json().error.code).toBe('CONFLICT');
    const res = await post('/api/auth/totp/enroll', cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { secret: string; otpauthUri: string; qrSvg: string };
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Netra:tari\?/);
    expect(body.otpauthUri).toContain('algorithm=SHA1&digits=6&period=30');
    expect(body.qrSvg).toMatch(/^<svg/);
    expect(res.headers['cache-control']).toBe('no-store');
    const row = (
      await db().query<{ totp_pending_enc: string }>('SELECT totp_pending_enc FROM users WHERE id = $1', [user.id])
    ).rows[0]!;
    expect(row.totp_pending_enc).toMatch(/^v1\./);
    expect(row.totp_pending_enc).not.toContain(body.secret);

    const wrong = await post('/api/auth/totp/enroll/confirm', cookie, {
      code: totpCodeAt(body.secret, new Date(clock().getTime() + 5 * 60_000)),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_TOTP');
    expect((await post('/api/auth/totp/enroll/confirm', cookie, { code: 'abc' })).statusCode).toBe(400);

    const ok = await post('/api/auth/totp/enroll/confirm', cookie, { code: totpCodeAt(body.secret, clock()) });
    expect(ok.statusCode).toBe(200);
    recoveryCodes = ok.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(ok.json().next).toBe('password_change');
    user.totpSecret = body.secret;
    // The session token rotated; the old one is dead.
    const rotated = sessionCookie(ok);
    expect(rotated).not.toBe(cookie);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await me(rotated)).json().session.next).toBe('password_change');
    const stored = await db().query<{ code_hash: string }>('SELECT code_hash FROM recovery_codes WHERE user_id = $1', [
      user.id,
    ]);
    expect(stored.rows).toHaveLength(10);
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    const actions = (
      await db().query<{ action: string }>('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq', [
        user.id,
      ])
    ).rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.totp_enroll_started', 'auth.totp_failed', 'auth.totp_enrolled', 'auth.mfa_passed']),
    );
    // Enrolment cannot be restarted once TOTP is on.
    const again = await fresh();
    expect((await post('/api/auth/totp/enroll', again)).json().error.code).toBe('CONFLICT');
  });

  it('verifies a code once per time step, rotating the session', async () => {
    clock.advance(60_000);
    const cookie = await fresh();
    const code = totpCodeAt(user.totpSecret!, clock());
    const ok = await post('/api/auth/totp', cookie, { code });
    expect(ok.statusCode).toBe(200);
    expect(sessionCookie(ok)).not.toBe(cookie);
    expect((await me(cookie)).statusCode).toBe(401);
    // The same code again (a replay) is refused, even on a new session.
    const replay = await post('/api/auth/totp', await fresh(), { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('INVALID_TOTP');
    // A code from an earlier step, still inside the ±1 window, is refused too.
    expect(
      (
        await post('/api/auth/totp', await fresh(), {
          code: totpCodeAt(user.totpSecret!, new Date(clock().getTime() - 30_000)),
        })
      ).statusCode,
    ).toBe(401);
    // Next step: accepted.
    clock.advance(30_000);
    expect(
      (await post('/api/auth/totp', await fresh(), { code: totpCodeAt(user.totpSecret!, clock()) })).statusCode,
    ).toBe(200);
  });

  it('accepts each recovery code once', async () => {
    const first = await post('/api/auth/totp', await fresh(), { recoveryCode: recoveryCodes[0]!.toUpperCase() });
    expect(first.statusCode).toBe(200);
    expect(first.json().next).toBe('password_change');
    const reused = await post('/api/auth/totp', await fresh(), { recoveryCode: recoveryCodes[0]! });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('INVALID_TOTP');
    const used = await db().query<{ action: string; data: { recoveryCodesLeft?: number } }>(
      "SELECT action, data FROM audit_events WHERE action = 'auth.mfa_passed' AND data->>'how' = 'recovery_code'",
    );
    expect(used.rows[0]!.data.recoveryCodesLeft).toBe(9);
  });

  it('rate-limits wrong codes per user with 429', async () => {
    clock.advance(15 * 60_000);
    const cookie = await fresh();
    for (let i = 0; i < 5; i++) expect((await post('/api/auth/totp', cookie, { code: '000000' })).statusCode).toBe(401);
    const res = await post('/api/auth/totp', cookie, { code: totpCodeAt(user.totpSecret!, clock()) });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
    const lock = await db().query("SELECT 1 FROM audit_events WHERE action = 'auth.lockout' AND data->>'by' = 'totp'");
    expect(lock.rows).toHaveLength(1);
  });

  it('a partial session cannot reach officer routes', async () => {
    clock.advance(15 * 60_000);
    const cookie = await fresh();
    const res = await app.inject({ method: 'GET', url: '/api/users', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('MFA_REQUIRED');
    expect((await me(cookie)).json()).toMatchObject({ session: { next: 'totp' }, abilities: [] });
    // Nor change the password before the second factor.
    const pw = await post('/api/auth/password', cookie, {
      currentPassword: user.password,
      newPassword: 'sebuah-kata-sandi-baru',
    });
    expect(pw.json().error.code).toBe('MFA_REQUIRED');
  });

  it('expires a partial session after 15 minutes', async () => {
    const cookie = await fresh();
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advance(15 * 60_000 + 1);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});
