import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Config } from '../config';
import type { Queryable } from '../db/db';
import { hashToken, SESSION_COOKIE } from './principal';
import { deleteSession, insertSession } from './repository';

/**
 * Server-side sessions. The cookie carries 32 random bytes; only their SHA-256 is stored, so a
 * database dump yields no usable session. Lifetimes:
 * - before the TOTP step a session lives at most PARTIAL_TTL;
 * - afterwards it expires after IDLE_TTL without requests, and at ABSOLUTE_TTL whatever happens.
 */
export const PARTIAL_TTL_MS = 15 * 60 * 1000;
export const IDLE_TTL_MS = 30 * 60 * 1000;
export const ABSOLUTE_TTL_MS = 12 * 60 * 60 * 1000;

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Expiry after activity at `now`: idle window, capped by the session's hard limit. */
export function sessionExpiry(createdAt: Date, mfaPassed: boolean, now: Date): Date {
  const cap = createdAt.getTime() + (mfaPassed ? ABSOLUTE_TTL_MS : PARTIAL_TTL_MS);
  return new Date(Math.min(cap, now.getTime() + (mfaPassed ? IDLE_TTL_MS : PARTIAL_TTL_MS)));
}

/** Creates a session and returns its token (for the cookie). */
export async function createSession(
  tx: Queryable,
  userId: string,
  mfaPassed: boolean,
  now: Date,
  meta: SessionMeta,
): Promise<string> {
  const token = newSessionToken();
  await insertSession(tx, {
    token_hash: hashToken(token),
    user_id: userId,
    mfa_passed: mfaPassed,
    created_at: now,
    expires_at: sessionExpiry(now, mfaPassed, now),
    ip: meta.ip,
    user_agent: meta.userAgent,
  });
  return token;
}

/**
 * Replaces a session by a fresh one that has passed the second factor (no session fixation: a
 * token seen before the TOTP step is worthless after it). Returns the new token.
 */
export async function rotateSession(tx: Queryable, oldTokenHash: string, userId: string, now: Date, meta: SessionMeta) {
  await deleteSession(tx, oldTokenHash);
  return createSession(tx, userId, true, now, meta);
}

export function setSessionCookie(reply: FastifyReply, config: Pick<Config, 'env'>, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.env === 'production',
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Pick<Config, 'env'>): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.env === 'production',
  });
}
