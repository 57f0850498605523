import { beforeAll, expect, it } from 'vitest';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, sessionCookie, signIn, type TestUser } from '../../test/factories';
import type { FastifyInstance } from 'fastify';

type Clock = ReturnType<typeof testClock>;

describeDb('POST /api/auth/login', (db) => {
  let app: FastifyInstance;
  let clock: Clock;
  let alice: TestUser;

  beforeAll(async () => {
    clock = testClock();
    ({ app } = await createTestApp(db(), { clock }));
    alice = await createUser(db(), { username: 'alice' });
  });

  const login = (username: string, password: string, remoteAddress = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

  const audits = async (action: string) =>
    (
      await db().query<{ data: Record<string, unknown> }>(
        'SELECT data FROM audit_events WHERE action = $1 ORDER BY seq',
        [action],
      )
    ).rows;

  it('signs in with the password and asks for TOTP enrolment first', async () => {
    const res = await login('Alice ', alice.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ next: 'totp_enroll' });
    const cookie = res.cookies.find((c) => c.name === 'netra_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the token's hash is stored.
    const stored = await db().query<{ token_hash: string; mfa_passed: boolean }>(
      'SELECT token_hash, mfa_passed FROM sessions WHERE user_id = $1',
      [alice.id],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.token_hash).not.toContain(cookie.value);
    expect(stored.rows[0]!.mfa_passed).toBe(false);
    expect((await audits('auth.login')).length).toBe(1);
  });

  it('sets Secure on the cookie in production', async () => {
    const { app: prod } = await createTestApp(db(), { clock, config: { env: 'production' } });
    const res = await prod.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'alice', password: alice.password },
    });
    expect(res.cookies.find((c) => c.name === 'netra_session')!.secure).toBe(true);
    await prod.close();
  });

  it('answers the same 401 for a wrong password, an unknown user and a disabled user', async () => {
    const off = await createUser(db(), { username: 'off', disabled: true });
    const bodies = [];
    for (const [u, p] of [
      ['alice', 'wrong-password-x'],
      ['nobody', 'whatever-password'],
      ['off', off.password],
    ] as const) {
      const res = await login(u, p, '10.0.0.2');
      expect(res.statusCode).toBe(401);
      expect(res.cookies).toHaveLength(0);
      bodies.push(res.json());
    }
    expect(bodies[0]).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: expect.any(String) } });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect((await audits('auth.login_failed')).map((r) => r.data.reason)).toEqual([
      'wrong_password',
      'unknown_user',
      'disabled',
    ]);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    for (const payload of [
      {},
      { username: 'alice' },
      { username: 5, password: 'x' },
      { username: 'alice', password: 'x'.repeat(201) },
      { username: 'a'.repeat(65), password: 'x' },
    ]) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const after = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('refuses a cross-site POST (origin check)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'alice', password: alice.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ORIGIN_MISMATCH');
    expect(res.cookies).toHaveLength(0);
  });

  it('locks an account after 5 failures in the window, with Retry-After, even for the right password', async () => {
    const bob = await createUser(db(), { username: 'bob' });
    for (let i = 0; i < 5; i++) expect((await login('bob', 'not-the-password', `10.1.0.${i}`)).statusCode).toBe(401);
    const locked = await login('bob', bob.password, '10.1.0.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const lockouts = await audits('auth.lockout');
    expect(lockouts.some((r) => r.data.username === 'bob' && r.data.by === 'account')).toBe(true);
    // The window passes: the account may try again.
    clock.advance(15 * 60 * 1000);
    expect((await login('bob', bob.password, '10.1.0.9')).statusCode).toBe(200);
  });

  it('successful sign-ins do not use up the limit', async () => {
    const carol = await createUser(db(), { username: 'carol' });
    for (let i = 0; i < 7; i++) expect((await login('carol', carol.password, '10.2.0.1')).statusCode).toBe(200);
  });

  it('limits failures per IP across accounts (30 per window)', async () => {
    for (let i = 0; i < 30; i++)
      expect((await login(`ghost${i}`, 'wrong-password-1', '10.9.9.9')).statusCode).toBe(401);
    const res = await login('alice', alice.password, '10.9.9.9');
    expect(res.statusCode).toBe(429);
    expect(await audits('auth.lockout')).toEqual(
      expect.arrayContaining([expect.objectContaining({ data: expect.objectContaining({ by: 'ip' }) })]),
    );
    // Another address is not affected.
    expect((await login('alice', alice.password, '10.9.9.10')).statusCode).toBe(200);
  });

  it('the limit holds across app instances sharing the database', async () => {
    const dave = await createUser(db(), { username: 'dave' });
    const { app: other } = await createTestApp(db(), { clock });
    for (let i = 0; i < 5; i++) {
      const target = i % 2 ? app : other;
      await target.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'dave', password: 'nope-nope-nope' },
        remoteAddress: `10.3.0.${i}`,
      });
    }
    const res = await other.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dave', password: dave.password },
      remoteAddress: '10.3.0.99',
    });
    expect(res.statusCode).toBe(429);
    await other.close();
  });

  it('a new sign-in replaces the session the browser still had', async () => {
    const erin = await createUser(db(), { username: 'erin' });
    const first = await signIn(app, db(), erin, { totp: false, now: clock() });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'erin', password: erin.password },
      headers: { cookie: first },
    });
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res)).not.toBe(first);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: first } })).statusCode).toBe(401);
  });
});
