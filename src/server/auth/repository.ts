import type { Role } from '../../shared/roles';
import type { Queryable } from '../db/db';

/** SQL of sign-in: sessions, TOTP state, recovery codes and the users' credential columns. */

// --- sessions ---------------------------------------------------------------------------------

export interface NewSessionRow {
  token_hash: string;
  user_id: string;
  mfa_passed: boolean;
  created_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

/** A live session joined with its (enabled) user, as the principal is built from. */
export interface ActiveSessionRow {
  token_hash: string;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  scope_code: string | null;
  body: string | null;
  mfa_passed: boolean;
  must_change_password: boolean;
  totp_enabled_at: Date | null;
  created_at: Date;
  last_seen_at: Date;
}

/** Inserts a session; `last_seen_at` starts at `created_at`. */
export async function insertSession(tx: Queryable, s: NewSessionRow): Promise<void> {
  await tx.query(
    `INSERT INTO sessions (token_hash, user_id, mfa_passed, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
    [s.token_hash, s.user_id, s.mfa_passed, s.created_at, s.expires_at, s.ip, s.user_agent],
  );
}

/** The unexpired session with this token hash, if its user is not disabled. */
export async function findActiveSession(db: Queryable, tokenHash: string, now: Date): Promise<ActiveSessionRow | null> {
  const { rows } = await db.query<ActiveSessionRow>(
    `SELECT s.token_hash, s.user_id, s.mfa_passed, s.created_at, s.last_seen_at, u.username, u.display_name, u.role,
            u.scope_code, u.body, u.must_change_password, u.totp_enabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

/** Records activity on a session and moves its expiry. */
export async function touchSession(db: Queryable, tokenHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1', [
    tokenHash,
    now,
    expiresAt,
  ]);
}

export async function deleteSession(tx: Queryable, tokenHash: string): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends every session of a user (disabled, or password changed: all but `exceptTokenHash`). Returns how many. */
export async function deleteUserSessions(tx: Queryable, userId: string, exceptTokenHash?: string): Promise<number> {
  const res = exceptTokenHash
    ? await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, exceptTokenHash])
    : await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return res.rowCount;
}

/** Deletes the sessions expired at `now`. Returns how many. */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  const res = await db.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
  return res.rowCount;
}

// --- users' credential columns ----------------------------------------------------------------

/** Sets a password chosen by its user: clears the first-sign-in obligation. */
export async function setUserPassword(tx: Queryable, userId: string, passwordHash: string, now: Date): Promise<void> {
  await tx.query(
    'UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = $3, updated_at = $3 WHERE id = $1',
    [userId, passwordHash, now],
  );
}

/** Sets a one-time password (to be changed at the next sign-in) and removes TOTP entirely. */
export async function resetUserCredentials(
  tx: Queryable,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE users SET password_hash = $2, must_change_password = true, totp_secret_enc = NULL, totp_pending_enc = NULL,
            totp_enabled_at = NULL, totp_last_step = NULL, updated_at = $3
      WHERE id = $1`,
    [userId, passwordHash, now],
  );
}

export async function setLastLoginAt(tx: Queryable, userId: string, now: Date): Promise<void> {
  await tx.query('UPDATE users SET last_login_at = $2 WHERE id = $1', [userId, now]);
}

/** Accepts a time step only once: atomically moves `totp_last_step` forward or fails. */
export async function claimTotpStep(tx: Queryable, userId: string, step: number): Promise<boolean> {
  const res = await tx.query(
    'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)',
    [userId, step],
  );
  return res.rowCount === 1;
}

/** Keeps a sealed TOTP secret pending confirmation (only while TOTP is not enabled). */
export async function setPendingTotp(tx: Queryable, userId: string, sealedSecret: string, now: Date): Promise<void> {
  await tx.query('UPDATE users SET totp_pending_enc = $2, updated_at = $3 WHERE id = $1 AND totp_enabled_at IS NULL', [
    userId,
    sealedSecret,
    now,
  ]);
}

/**
 * Promotes the pending secret to the TOTP secret, if it is still `pendingEnc` and TOTP not yet
 * enabled; records the step used and the sign-in. Returns whether it did.
 */
export async function markTotpEnabled(
  tx: Queryable,
  userId: string,
  now: Date,
  step: number,
  pendingEnc: string,
): Promise<boolean> {
  const res = await tx.query(
    `UPDATE users SET totp_secret_enc = totp_pending_enc, totp_pending_enc = NULL, totp_enabled_at = $2,
            totp_last_step = $3, last_login_at = $2, updated_at = $2
      WHERE id = $1 AND totp_enabled_at IS NULL AND totp_pending_enc = $4`,
    [userId, now, step, pendingEnc],
  );
  return res.rowCount === 1;
}

// --- recovery codes ---------------------------------------------------------------------------

/** Marks an unused recovery code used. Returns whether one matched. */
export async function useRecoveryCode(tx: Queryable, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const res = await tx.query(
    'UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
    [userId, codeHash, now],
  );
  return res.rowCount === 1;
}

export async function countUnusedRecoveryCodes(tx: Queryable, userId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
  return rows[0]!.n;
}

export async function deleteRecoveryCodes(tx: Queryable, userId: string): Promise<void> {
  await tx.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
}

/** Inserts recovery codes by their hashes, one row each. */
export async function insertRecoveryCodes(tx: Queryable, userId: string, codeHashes: readonly string[]): Promise<void> {
  for (const codeHash of codeHashes) {
    await tx.query('INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)', [userId, codeHash]);
  }
}
