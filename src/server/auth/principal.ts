import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../shared/roles';
import type { AppDeps } from '../deps';
import { findActiveSession, touchSession } from './repository';
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
  /** A receiving body's officer: which body (BKN, BUPATI_WALIKOTA …); null for everyone else. */
  body: string | null;
  mfaPassed: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  sessionTokenHash: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Activity is written back at most this often, so a busy page does not write on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * Resolves the session cookie to a principal; null when absent, unknown, expired or disabled.
 * Slides the idle expiry forward (never past the absolute one, see session.ts).
 */
export async function loadPrincipal(deps: AppDeps, request: FastifyRequest): Promise<Principal | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const now = deps.clock();
  const row = await findActiveSession(deps.db, hashToken(token), now);
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
    await touchSession(deps.db, row.token_hash, now, sessionExpiry(row.created_at, row.mfa_passed, now));
  }
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scopeCode: row.scope_code,
    body: row.body,
    mfaPassed: row.mfa_passed,
    mustChangePassword: row.must_change_password,
    totpEnabled: row.totp_enabled_at !== null,
    sessionTokenHash: row.token_hash,
  };
}
