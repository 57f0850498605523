import type { LoginStep } from '../../shared/api/auth';
import { mutate, type Actor, type AuditEntry } from '../audit/audit';
import type { Database } from '../db/db';
import { AppError, mfaRequired } from '../http/errors';
import { rateLimitedError, refundRate, takeRate } from '../http/rate-limit';
import { findUserById, findUserByUsername } from '../users/repository';
import { LOGIN_ACCOUNT_RULE, LOGIN_IP_RULE } from './limits';
import { dummyVerify, hashPassword, verifyPassword } from './password';
import type { Principal } from './principal';
import { deleteSession, deleteUserSessions, setUserPassword } from './repository';
import { createSession, type SessionMeta } from './session';

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'Nama pengguna atau kata sandi salah / Wrong username or password');

const metaOf = (actor: Actor): SessionMeta => ({ ip: actor.ip, userAgent: actor.userAgent });

/** What the login flow asks next of a session in this state. */
export function nextStep(s: { mfaPassed: boolean; totpEnabled: boolean; mustChangePassword: boolean }): LoginStep {
  if (!s.mfaPassed) return s.totpEnabled ? 'totp' : 'totp_enroll';
  return s.mustChangePassword ? 'password_change' : 'done';
}

/**
 * First step: username and password. Unknown, disabled and wrong-password all answer the same
 * 401 after the same scrypt work. Each attempt takes a slot in the per-account and per-IP
 * counters first (so parallel guesses cannot overrun them); a success gives its slots back.
 */
export async function login(
  db: Database,
  actor: Actor,
  now: Date,
  input: { username: string; password: string },
  previousTokenHash: string | null,
): Promise<{ token: string; next: LoginStep }> {
  const account = await takeRate(db, LOGIN_ACCOUNT_RULE, input.username, now);
  const ip = await takeRate(db, LOGIN_IP_RULE, actor.ip ?? 'unknown', now);
  if (account.exceeded || ip.exceeded) {
    const blocking = [account, ip].filter((c) => c.exceeded).sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds);
    throw rateLimitedError(blocking[0]!);
  }
  const user = await findUserByUsername(db, input.username);
  let reason: 'unknown_user' | 'wrong_password' | 'disabled' | null;
  if (!user) {
    await dummyVerify(input.password);
    reason = 'unknown_user';
  } else if (!(await verifyPassword(input.password, user.password_hash))) {
    reason = 'wrong_password';
  } else {
    reason = user.disabled_at !== null ? 'disabled' : null;
  }

  if (reason !== null || !user) {
    const audit: AuditEntry[] = [
      {
        action: 'auth.login_failed',
        subjectType: 'user',
        subjectId: user?.id ?? null,
        data: { username: input.username, reason },
      },
    ];
    if (account.hits === account.limit) {
      audit.push({
        action: 'auth.lockout',
        subjectType: 'user',
        subjectId: user?.id ?? null,
        data: { username: input.username, by: 'account', until: until(account) },
      });
    }
    if (ip.hits === ip.limit) {
      audit.push({
        action: 'auth.lockout',
        subjectType: 'ip',
        subjectId: actor.ip,
        data: { by: 'ip', until: until(ip) },
      });
    }
    await mutate(db, actor, now, async () => ({ result: null, audit }));
    throw invalidCredentials();
  }

  await refundRate(db, account);
  await refundRate(db, ip);
  const signedIn: Actor = { ...actor, id: user.id, label: user.username };
  const token = await mutate(db, signedIn, now, async (tx) => {
    if (previousTokenHash) await deleteSession(tx, previousTokenHash);
    const t = await createSession(tx, user.id, false, now, metaOf(actor));
    return {
      result: t,
      audit: { action: 'auth.login', subjectType: 'user', subjectId: user.id, data: { step: 'password' } },
    };
  });
  return { token, next: user.totp_enabled_at !== null ? 'totp' : 'totp_enroll' };
}

const until = (c: { resetAt: Date }) => c.resetAt.toISOString();

/**
 * Changes the password (after the second factor). Clears the first-sign-in obligation and ends
 * the user's other sessions. A wrong current password counts as a failed sign-in.
 */
export async function changePassword(
  db: Database,
  actor: Actor,
  now: Date,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<{ next: LoginStep }> {
  if (!principal.mfaPassed) {
    throw mfaRequired();
  }
  const slot = await takeRate(db, LOGIN_ACCOUNT_RULE, principal.username, now);
  if (slot.exceeded) throw rateLimitedError(slot);
  const user = await findUserById(db, principal.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
    await mutate(db, actor, now, async () => ({
      result: null,
      audit: {
        action: 'auth.password_change_failed',
        subjectType: 'user',
        subjectId: principal.userId,
        data: { reason: 'wrong_password' },
      },
    }));
    throw invalidCredentials();
  }
  await refundRate(db, slot);
  if (input.newPassword === input.currentPassword || input.newPassword.toLowerCase().includes(user.username)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Kata sandi baru harus berbeda dan tidak memuat nama pengguna / The new password must differ and not contain the username',
      {
        in: 'body',
        issues: [
          {
            path: ['newPassword'],
            code: 'weak_password',
            message: 'must differ from the current password and the username',
          },
        ],
      },
    );
  }
  const hash = await hashPassword(input.newPassword);
  await mutate(db, actor, now, async (tx) => {
    await setUserPassword(tx, user.id, hash, now);
    const sessionsRevoked = await deleteUserSessions(tx, user.id, principal.sessionTokenHash);
    return {
      result: null,
      audit: { action: 'auth.password_changed', subjectType: 'user', subjectId: user.id, data: { sessionsRevoked } },
    };
  });
  return { next: 'done' };
}

export async function logout(db: Database, actor: Actor, now: Date, principal: Principal): Promise<void> {
  await mutate(db, actor, now, async (tx) => {
    await deleteSession(tx, principal.sessionTokenHash);
    return { result: null, audit: { action: 'auth.logout', subjectType: 'user', subjectId: principal.userId } };
  });
}
