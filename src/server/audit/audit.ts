import { GENESIS_HASH, hashAuditRecord, laneOf, type AuditRecord } from '../../domain/audit-chain';
import type { Database, Queryable } from '../db/db';

/** Who did it and from where: carried from the request (or the CLI) into every audit event. */
export interface Actor {
  id: string | null;
  /** Human-readable: a username, `system`, or `cli:<os user>`. */
  label: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string | null;
  data?: Record<string, unknown>;
}

/** Serialises appends to one lane across transactions and app instances (lock id = base + lane). */
const AUDIT_CHAIN_LOCK = 7_301_100;

/** The event as hashed: its place in the chain (`seq`, the previous hash; null at a lane's start) and its fields. */
export function auditRecord(
  head: { seq: number; hash: string | null },
  actor: Actor,
  now: Date,
  entry: AuditEntry,
): AuditRecord {
  return {
    seq: head.seq,
    occurredAt: now.toISOString(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    // Round-trip through JSON so what we hash is exactly what jsonb gives back.
    data: JSON.parse(JSON.stringify(entry.data ?? {})),
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
    prevHash: head.hash ?? GENESIS_HASH,
  };
}

/**
 * Appends one event to its lane's chain inside the caller's transaction. A transaction appending
 * to several lanes must take them in ascending order (`mutate` does), or two could deadlock.
 */
export async function appendAudit(tx: Queryable, actor: Actor, now: Date, entry: AuditEntry): Promise<void> {
  const lane = laneOf(entry.subjectType, entry.subjectId);
  // The lock first, alone: the next statement's snapshot then sees the event its holder committed last.
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK + lane]);
  const head = await tx.query<{ hash: string | null; seq: number }>(
    `SELECT (SELECT hash FROM audit_events WHERE lane = $1 ORDER BY seq DESC LIMIT 1) AS hash,
            nextval('audit_events_seq')::int8 AS seq`,
    [lane],
  );
  const record = auditRecord(head.rows[0]!, actor, now, entry);
  await tx.query(
    `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, action, subject_type, subject_id, data, ip, user_agent, request_id, prev_hash, hash, lane)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14)`,
    [
      record.seq,
      record.occurredAt,
      record.actorId,
      record.actorLabel,
      record.action,
      record.subjectType,
      record.subjectId,
      JSON.stringify(record.data),
      record.ip,
      record.userAgent,
      record.requestId,
      record.prevHash,
      hashAuditRecord(record),
      lane,
    ],
  );
}

/**
 * The only way services change state: `fn` runs in one transaction and returns its result with
 * the audit entries describing the change; they are written in the same transaction.
 */
export async function mutate<T>(
  db: Database,
  actor: Actor,
  now: Date,
  fn: (tx: Queryable) => Promise<{ result: T; audit: AuditEntry | AuditEntry[] }>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { result, audit } = await fn(tx);
    // Lanes in ascending order (a stable sort keeps each lane's events in the order given).
    const entries = (Array.isArray(audit) ? audit : [audit])
      .map((entry) => ({ entry, lane: laneOf(entry.subjectType, entry.subjectId) }))
      .sort((a, b) => a.lane - b.lane);
    for (const { entry } of entries) await appendAudit(tx, actor, now, entry);
    return result;
  });
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system', ip: null, userAgent: null, requestId: null };
