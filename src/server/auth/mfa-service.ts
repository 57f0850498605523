import type { LoginStep } from '../../shared/api/auth';
import { mutate, type Actor, type AuditEntry } from '../audit/audit';
import type { Config } from '../config';
import { secretBox } from '../crypto/secretbox';
import type { Database, Queryable } from '../db/db';
import { AppError, authRequired, conflict } from '../http/errors';
import { rateLimitedError, refundRate, takeRate, type RateCount } from '../http/rate-limit';
import { findUserById, type UserRow } from '../users/repository';
import { TOTP_RULE } from './limits';
import { nextStep } from './login-service';
import type { Principal } from './principal';
import {
  claimTotpStep,
  countUnusedRecoveryCodes,
  deleteRecoveryCodes,
  insertRecoveryCodes,
  markTotpEnabled,
  setLastLoginAt,
  setPendingTotp,
  useRecoveryCode,
} from './repository';
import { rotateSession } from './session';
import { generateRecoveryCodes, generateTotpSecret, hashRecoveryCode, matchTotp, totpEnrollment } from './totp';

type Deps = { db: Database; config: Pick<Config, 'secretKey'> };

const invalidTotp = () =>
  new AppError('INVALID_TOTP', 'Kode verifikasi salah atau sudah dipakai / Wrong or already used code');
/** TOTP secrets are sealed with the user id as associated data: a secret copied to another row is useless. */
const box = (deps: Deps) => secretBox(deps.config.secretKey, 'totp');

async function takeTotpSlot(db: Database, principal: Principal, now: Date): Promise<RateCount> {
  const slot = await takeRate(db, TOTP_RULE, principal.userId, now);
  if (slot.exceeded) throw rateLimitedError(slot);
  return slot;
}

async function loadUser(db: Queryable, principal: Principal): Promise<UserRow> {
  const user = await findUserById(db, principal.userId);
  if (!user) throw authRequired();
  return user;
}

/** Records a failed attempt (and the lockout it causes) and throws 401 INVALID_TOTP. */
async function failAttempt(
  db: Database,
  actor: Actor,
  now: Date,
  userId: string,
  slot: RateCount,
  how: string,
): Promise<never> {
  const audit: AuditEntry[] = [{ action: 'auth.totp_failed', subjectType: 'user', subjectId: userId, data: { how } }];
  if (slot.hits === slot.limit) {
    audit.push({
      action: 'auth.lockout',
      subjectType: 'user',
      subjectId: userId,
      data: { by: 'totp', until: slot.resetAt.toISOString() },
    });
  }
  await mutate(db, actor, now, async () => ({ result: null, audit }));
  throw invalidTotp();
}

/** Second step with a TOTP code or a single-use recovery code; rotates the session token. */
export async function verifySecondFactor(
  deps: Deps,
  actor: Actor,
  now: Date,
  principal: Principal,
  input: { code: string } | { recoveryCode: string },
): Promise<{ token: string; next: LoginStep }> {
  if (principal.mfaPassed) throw conflict('Verifikasi dua langkah sudah selesai / Second factor already verified');
  if (!principal.totpEnabled) throw conflict('Daftarkan TOTP terlebih dahulu / Enrol TOTP first');
  const slot = await takeTotpSlot(deps.db, principal, now);
  const user = await loadUser(deps.db, principal);
  const how = 'code' in input ? 'totp' : 'recovery_code';
  const step = 'code' in input ? matchTotp(box(deps).open(user.totp_secret_enc!, user.id), input.code, now) : null;
  if ('code' in input && step === null) return failAttempt(deps.db, actor, now, user.id, slot, how);

  const token = await mutate(deps.db, actor, now, async (tx) => {
    let data: Record<string, unknown> = { how };
    if (step !== null) {
      if (!(await claimTotpStep(tx, user.id, step))) return { result: null, audit: [] };
    } else if ('recoveryCode' in input) {
      if (!(await useRecoveryCode(tx, user.id, hashRecoveryCode(input.recoveryCode), now))) {
        return { result: null, audit: [] };
      }
      data = { how, recoveryCodesLeft: await countUnusedRecoveryCodes(tx, user.id) };
    }
    await setLastLoginAt(tx, user.id, now);
    const t = await rotateSession(tx, principal.sessionTokenHash, user.id, now, actor);
    return { result: t, audit: { action: 'auth.mfa_passed', subjectType: 'user', subjectId: user.id, data } };
  });
  if (token === null) return failAttempt(deps.db, actor, now, user.id, slot, how);
  await refundRate(deps.db, slot);
  return {
    token,
    next: nextStep({ mfaPassed: true, totpEnabled: true, mustChangePassword: user.must_change_password }),
  };
}

/** Starts TOTP enrolment: a new secret, kept pending (sealed) until a code from it is confirmed. */
export async function startTotpEnrollment(deps: Deps, actor: Actor, now: Date, principal: Principal) {
  if (principal.totpEnabled) throw conflict('TOTP sudah aktif / TOTP is already enabled');
  const secret = generateTotpSecret();
  const sealed = box(deps).seal(secret, principal.userId);
  await mutate(deps.db, actor, now, async (tx) => {
    await setPendingTotp(tx, principal.userId, sealed, now);
    return {
      result: null,
      audit: { action: 'auth.totp_enroll_started', subjectType: 'user', subjectId: principal.userId },
    };
  });
  return totpEnrollment(secret, principal.username);
}

/**
 * Confirms enrolment with a code from the pending secret: enables TOTP, issues ten recovery codes
 * (only their hashes kept), passes the second factor and rotates the session token.
 */
export async function confirmTotpEnrollment(
  deps: Deps,
  actor: Actor,
  now: Date,
  principal: Principal,
  code: string,
): Promise<{ token: string; recoveryCodes: string[]; next: LoginStep }> {
  if (principal.totpEnabled) throw conflict('TOTP sudah aktif / TOTP is already enabled');
  const user = await loadUser(deps.db, principal);
  if (!user.totp_pending_enc) throw conflict('Mulai pendaftaran TOTP terlebih dahulu / Start TOTP enrolment first');
  const slot = await takeTotpSlot(deps.db, principal, now);
  const step = matchTotp(box(deps).open(user.totp_pending_enc, user.id), code, now);
  if (step === null) return failAttempt(deps.db, actor, now, user.id, slot, 'enroll');
  const recoveryCodes = generateRecoveryCodes();
  const token = await mutate(deps.db, actor, now, async (tx) => {
    if (!(await markTotpEnabled(tx, user.id, now, step, user.totp_pending_enc!))) {
      throw conflict('Pendaftaran TOTP berubah, mulai lagi / TOTP enrolment changed, start again');
    }
    await deleteRecoveryCodes(tx, user.id);
    await insertRecoveryCodes(tx, user.id, recoveryCodes.map(hashRecoveryCode));
    const t = await rotateSession(tx, principal.sessionTokenHash, user.id, now, actor);
    return {
      result: t,
      audit: [
        {
          action: 'auth.totp_enrolled',
          subjectType: 'user',
          subjectId: user.id,
          data: { recoveryCodes: recoveryCodes.length },
        },
        { action: 'auth.mfa_passed', subjectType: 'user', subjectId: user.id, data: { how: 'enroll' } },
      ],
    };
  });
  await refundRate(deps.db, slot);
  return {
    token,
    recoveryCodes,
    next: nextStep({ mfaPassed: true, totpEnabled: true, mustChangePassword: user.must_change_password }),
  };
}
