import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../shared/roles';
import type { AppDeps } from '../deps';
import { sessionExpiry } from './session';

export const SESSION_COOKIE = 'netra_session';

/** The signed-in officer behind a request, as the policies see them. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** Region code of the officer's scope; null means the whole country. */
  scopeCode: string | null;
  mfaPassed: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  sessionTokenHash: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Activity is written back at most this often, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

interface SessionRow {
  token_hash: string;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  scope_code: string | null;
  mfa_passed: boolean;
  must_change_password: boolean;
  totp_enabled_at: Date | null;
  created_at: Date;
  last_seen_at: Date;
}

/**
 * Resolves the session cookie to a principal; null when absent, unknown, expired or disabled.
 * Slides the idle expiry forward (never past the absolute one, see session.ts).
 */
export async function loadPrincipal(deps: AppDeps, request: FastifyRequest): Promise<Principal | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const now = deps.clock();
  const { rows } = await deps.db.query<SessionRow>(
    `SELECT s.token_hash, s.user_id, s.mfa_passed, s.created_at, s.last_seen_at, u.username, u.display_name, u.role,
            u.scope_code, u.must_change_password, u.totp_enabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [hashToken(token), now],
  );
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
    await deps.db.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1', [
      row.token_hash,
      now,
      sessionExpiry(row.created_at, row.mfa_passed, now),
    ]);
  }
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scopeCode: row.scope_code,
    mfaPassed: row.mfa_passed,
    mustChangePassword: row.must_change_password,
    totpEnabled: row.totp_enabled_at !== null,
    sessionTokenHash: row.token_hash,
  };
}
