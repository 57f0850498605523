import { z } from 'zod';
import { deleteExpiredSessions } from '../auth/repository';
import type { Queryable } from '../db/db';
import { deleteRateLimitWindowsBefore } from '../http/rate-limit';
import { defineJob } from './runner';

/** Rate-limit windows are kept a day for forensics, then dropped. */
const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Staged uploads are committed or deleted within one request; a day-old one is a crash leftover. */
const STAGING_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes expired sessions and stale rate-limit windows. Idempotent, safe to run on any instance. */
export async function cleanupExpired(db: Queryable, now: Date): Promise<{ sessions: number; rateLimits: number }> {
  const sessions = await deleteExpiredSessions(db, now);
  const rateLimits = await deleteRateLimitWindowsBefore(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
  return { sessions, rateLimits };
}

export const cleanupJob = defineJob({
  name: 'maintenance.cleanup',
  data: z.object({}),
  cron: '17 * * * *',
  run: async (deps) => {
    const now = deps.clock();
    const removed = await cleanupExpired(deps.db, now);
    const staging = await deps.blobs.sweepStaging(STAGING_RETENTION_MS, now);
    deps.log.info({ removed, staging }, 'removed expired sessions, rate-limit windows and abandoned uploads');
  },
});
