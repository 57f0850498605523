import { z } from 'zod';
import type { Queryable } from '../db/db';
import { defineJob } from './runner';

/** Rate-limit windows are kept a day for forensics, then dropped. */
const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes expired sessions and stale rate-limit windows. Idempotent, safe to run on any instance. */
export async function cleanupExpired(db: Queryable, now: Date): Promise<{ sessions: number; rateLimits: number }> {
  const sessions = await db.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
  const rateLimits = await db.query('DELETE FROM rate_limits WHERE window_start < $1', [
    new Date(now.getTime() - RATE_LIMIT_RETENTION_MS),
  ]);
  return { sessions: sessions.rowCount, rateLimits: rateLimits.rowCount };
}

export const cleanupJob = defineJob({
  name: 'maintenance.cleanup',
  data: z.object({}),
  cron: '17 * * * *',
  run: async (deps) => {
    const removed = await cleanupExpired(deps.db, deps.clock());
    deps.log.info({ removed }, 'removed expired sessions and rate-limit windows');
  },
});
