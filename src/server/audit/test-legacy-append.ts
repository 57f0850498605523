import { GENESIS_HASH, hashAuditRecord, type AuditRecord } from '../../domain/audit-chain';
import type { Queryable } from '../db/db';
import type { Actor, AuditEntry } from './audit';

/** The audit append as it was before lanes (one chain, no `lane` column): for the upgrade test only. */
export async function appendLegacy(tx: Queryable, actor: Actor, now: Date, entry: AuditEntry): Promise<void> {
  const head = await tx.query<{ hash: string | null; seq: number }>(
    "SELECT (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS hash, nextval('audit_events_seq')::int8 AS seq",
  );
  const record: AuditRecord = {
    seq: head.rows[0]!.seq,
    occurredAt: now.toISOString(),
    actorId: actor.id,
    actorLabel: actor.label,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    data: {},
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
    prevHash: head.rows[0]!.hash ?? GENESIS_HASH,
  };
  await tx.query(
    `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, action, subject_type, subject_id, data, ip, user_agent, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '{}'::jsonb, $8, $9, $10, $11, $12)`,
    [
      record.seq,
      record.occurredAt,
      record.actorId,
      record.actorLabel,
      record.action,
      record.subjectType,
      record.subjectId,
      record.ip,
      record.userAgent,
      record.requestId,
      record.prevHash,
      hashAuditRecord(record),
    ],
  );
}
