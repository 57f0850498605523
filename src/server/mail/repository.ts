import type { Queryable } from '../db/db';

/** An outbox row as a worker needs it: the address still sealed. */
export interface OutboxRow {
  id: string;
  to_enc: string;
  key_id: string;
  subject: string;
  body_text: string;
  attempts: number;
}

export async function insertOutboxEmail(
  tx: Queryable,
  row: {
    id: string;
    toEnc: string;
    keyId: string;
    subject: string;
    bodyText: string;
    caseId: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO outbox_emails (id, to_enc, key_id, subject, body_text, case_id, attempts, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7)`,
    [row.id, row.toEnc, row.keyId, row.subject, row.bodyText, row.caseId, row.now],
  );
}

/**
 * Claims up to `limit` unsent messages due at `now` that have attempts left, oldest due first, by
 * moving their next attempt to `claimUntil`: one statement, rows locked with SKIP LOCKED, so two
 * workers (on two instances) never claim the same message, and nothing is held open while sending.
 */
export async function claimDueEmails(
  db: Queryable,
  now: Date,
  limit: number,
  maxAttempts: number,
  claimUntil: Date,
): Promise<OutboxRow[]> {
  const { rows } = await db.query<OutboxRow>(
    `WITH due AS (
       SELECT id FROM outbox_emails
        WHERE sent_at IS NULL AND attempts < $3 AND next_attempt_at <= $1
        ORDER BY next_attempt_at, id
        LIMIT $2
          FOR UPDATE SKIP LOCKED
     )
     UPDATE outbox_emails o SET next_attempt_at = $4
       FROM due WHERE o.id = due.id
     RETURNING o.id, o.to_enc, o.key_id, o.subject, o.body_text, o.attempts`,
    [now, limit, maxAttempts, claimUntil],
  );
  return rows;
}

export async function markEmailSent(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE outbox_emails SET sent_at = $2, last_error = NULL WHERE id = $1 AND sent_at IS NULL', [
    id,
    now,
  ]);
}

export async function markEmailFailed(
  db: Queryable,
  id: string,
  failure: { attempts: number; error: string; nextAttemptAt: Date },
): Promise<void> {
  await db.query(
    'UPDATE outbox_emails SET attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1 AND sent_at IS NULL',
    [id, failure.attempts, failure.error, failure.nextAttemptAt],
  );
}
