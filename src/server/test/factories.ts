import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../shared/roles';
import { levelOfCode } from '../../shared/roles';
import { hashPassword } from '../auth/password';
import { SESSION_COOKIE } from '../auth/principal';
import { totpCodeAt } from '../auth/totp';
import { timeZoneOfCode } from '../../domain/regions/time-zone';
import type { Queryable } from '../db/db';
import type { RegionRow } from '../reference/region-source';
import { insertRegions } from '../reference/repository';
import { ancestorCodes } from '../regions/service';
import { insertUser, setUserDisabledAt } from '../users/repository';
import { TEST_NOW } from './app';

/**
 * Test data. `createUser` writes a user straight into the database (no audit event);
 * `signIn` walks the real login flow over HTTP and returns the session cookie.
 *
 *   const user = await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' });
 *   const cookie = await signIn(app, db(), user);
 *   await app.inject({ method: 'GET', url: '/api/users', headers: { cookie } });
 */

/** Inserts regions (and their ancestors) that are missing, with placeholder names. */
export async function insertTestRegions(db: Queryable, codes: readonly string[]): Promise<void> {
  const rows: RegionRow[] = codes.flatMap((code) =>
    [...ancestorCodes(code), code].map((c) => {
      const level = levelOfCode(c);
      const timeZone = timeZoneOfCode(c);
      if (!level || !timeZone) throw new Error(`not a region code: ${c}`);
      return { code: c, parentCode: ancestorCodes(c).at(-1) ?? null, level, name: `Wilayah ${c}`, timeZone };
    }),
  );
  await insertRegions(db, rows);
}

export interface TestUser {
  id: string;
  username: string;
  role: Role;
  scopeCode: string | null;
  password: string;
  /** Base32 TOTP secret once enrolled (set by `signIn` when it enrols). */
  totpSecret: string | null;
}

export interface UserOverrides {
  username?: string;
  displayName?: string;
  email?: string | null;
  role?: Role;
  scopeCode?: string | null;
  /** The receiving body of an INSTANSI_PENERIMA officer. */
  body?: string | null;
  password?: string;
  mustChangePassword?: boolean;
  disabled?: boolean;
}

const DEFAULT_PASSWORD = 'kata-sandi-uji-yang-panjang';
let defaultHash: Promise<string> | null = null;
let counter = 0;

/** A user (default: ADMIN, national, password already changed, no TOTP yet). */
export async function createUser(db: Queryable, overrides: UserOverrides = {}): Promise<TestUser> {
  const role = overrides.role ?? 'ADMIN';
  const scopeCode = overrides.scopeCode ?? null;
  if (scopeCode) await insertTestRegions(db, [scopeCode]);
  const password = overrides.password ?? DEFAULT_PASSWORD;
  const passwordHash = overrides.password
    ? await hashPassword(password)
    : await (defaultHash ??= hashPassword(DEFAULT_PASSWORD));
  const id = randomUUID();
  const username = overrides.username ?? `user${++counter}-${randomBytes(3).toString('hex')}`;
  await insertUser(
    db,
    {
      id,
      username,
      displayName: overrides.displayName ?? `Petugas ${username}`,
      email: overrides.email ?? null,
      role,
      scopeCode,
      body: overrides.body ?? null,
      passwordHash,
      mustChangePassword: overrides.mustChangePassword ?? false,
    },
    TEST_NOW,
  );
  if (overrides.disabled) await setUserDisabledAt(db, id, TEST_NOW, TEST_NOW);
  return { id, username, role, scopeCode, password, totpSecret: null };
}

/** The `netra_session=…` cookie a response set (for the next request's `cookie` header). */
export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
  if (!c) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `${SESSION_COOKIE}=${c.value}`;
}

async function post(app: FastifyInstance, url: string, cookie: string | null, payload?: Record<string, string>) {
  const res = await app.inject({
    method: 'POST',
    url,
    ...(payload === undefined ? {} : { payload }),
    headers: cookie ? { cookie } : {},
  });
  if (res.statusCode >= 300) throw new Error(`signIn: POST ${url} answered ${res.statusCode}: ${res.body}`);
  return res;
}

/**
 * Signs `user` in through the API and returns the cookie of the session. With `{ totp: false }`
 * it stops after the password (a partial session). The TOTP code is computed at `now` (default
 * TEST_NOW: pass the test clock's time if you moved it). Enrols TOTP on first use and changes the
 * password when the user must; `user` is updated in place.
 */
export async function signIn(
  app: FastifyInstance,
  db: Queryable,
  user: TestUser,
  options: { totp?: boolean; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? TEST_NOW;
  const res = await post(app, '/api/auth/login', null, { username: user.username, password: user.password });
  let cookie = sessionCookie(res);
  if (options.totp === false) return cookie;
  let next = (res.json() as { next: string }).next;
  if (next === 'totp_enroll') {
    const enrol = await post(app, '/api/auth/totp/enroll', cookie);
    const secret = (enrol.json() as { secret: string }).secret;
    const confirm = await post(app, '/api/auth/totp/enroll/confirm', cookie, { code: totpCodeAt(secret, now) });
    user.totpSecret = secret;
    cookie = sessionCookie(confirm);
    next = (confirm.json() as { next: string }).next;
  } else if (next === 'totp') {
    if (!user.totpSecret) throw new Error(`signIn: ${user.username} has TOTP but the factory does not know its secret`);
    // Each time step is accepted once; tests sign in many times at one fixed instant.
    await db.query('UPDATE users SET totp_last_step = NULL WHERE id = $1', [user.id]);
    const verified = await post(app, '/api/auth/totp', cookie, { code: totpCodeAt(user.totpSecret, now) });
    cookie = sessionCookie(verified);
    next = (verified.json() as { next: string }).next;
  }
  if (next === 'password_change') {
    const newPassword = `${user.password}-baru`;
    await post(app, '/api/auth/password', cookie, { currentPassword: user.password, newPassword });
    user.password = newPassword;
  }
  return cookie;
}
