import type { Queryable } from '../db/db';
import { AppError } from './errors';

/**
 * Fixed-window counters in the `rate_limits` table, so a limit holds across every app instance.
 * Each call is one atomic upsert. Pattern for guarded actions (login, TOTP): `take` a slot before
 * the expensive or sensitive check, and `refund` it when the attempt succeeded, so only failures
 * count and parallel requests cannot slip past the limit.
 */
export interface RateRule {
  /** Key prefix, e.g. `login.account`. */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateCount {
  key: string;
  windowStart: Date;
  /** When the window ends and the count starts again. */
  resetAt: Date;
  hits: number;
  limit: number;
  exceeded: boolean;
  retryAfterSeconds: number;
}

function windowOf(rule: RateRule, subject: string, now: Date) {
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  return {
    key: `${rule.name}:${subject}`,
    windowStart: new Date(start),
    resetAt: new Date(start + rule.windowMs),
    retryAfterSeconds: Math.max(1, Math.ceil((start + rule.windowMs - now.getTime()) / 1000)),
  };
}

/** Counts one hit and says whether the limit is now exceeded (hits > limit). */
export async function takeRate(db: Queryable, rule: RateRule, subject: string, now: Date): Promise<RateCount> {
  const w = windowOf(rule, subject, now);
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
     RETURNING hits`,
    [w.key, w.windowStart],
  );
  const hits = rows[0]!.hits;
  return { ...w, hits, limit: rule.limit, exceeded: hits > rule.limit };
}

/** Reads the current count without adding to it. */
export async function peekRate(db: Queryable, rule: RateRule, subject: string, now: Date): Promise<RateCount> {
  const w = windowOf(rule, subject, now);
  const { rows } = await db.query<{ hits: number }>(
    'SELECT hits FROM rate_limits WHERE key = $1 AND window_start = $2',
    [w.key, w.windowStart],
  );
  const hits = rows[0]?.hits ?? 0;
  return { ...w, hits, limit: rule.limit, exceeded: hits >= rule.limit };
}

/** Gives back a slot taken by `takeRate` (the attempt succeeded). */
export async function refundRate(db: Queryable, count: RateCount): Promise<void> {
  await db.query('UPDATE rate_limits SET hits = hits - 1 WHERE key = $1 AND window_start = $2 AND hits > 0', [
    count.key,
    count.windowStart,
  ]);
}

/** Deletes the windows that started before `before`. Returns how many. */
export async function deleteRateLimitWindowsBefore(db: Queryable, before: Date): Promise<number> {
  const res = await db.query('DELETE FROM rate_limits WHERE window_start < $1', [before]);
  return res.rowCount;
}

export function rateLimitedError(count: Pick<RateCount, 'retryAfterSeconds'>): AppError {
  return new AppError(
    'RATE_LIMITED',
    'Terlalu banyak percobaan, coba lagi nanti / Too many attempts, try again later',
    { retryAfterSeconds: count.retryAfterSeconds },
    { 'retry-after': String(count.retryAfterSeconds) },
  );
}

/** Takes a slot and throws 429 RATE_LIMITED with Retry-After when the limit is exceeded. */
export async function enforceRate(db: Queryable, rule: RateRule, subject: string, now: Date): Promise<RateCount> {
  const count = await takeRate(db, rule, subject, now);
  if (count.exceeded) throw rateLimitedError(count);
  return count;
}
