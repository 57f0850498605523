import { hashAuditRecord } from '../../domain/audit-chain';
import type { Queryable } from '../db/db';
import { auditRecord, type Actor, type AuditEntry } from './audit';

/** The audit append as it was before lanes (one chain, no `lane` column): for the upgrade test only. */
export async function appendLegacy(tx: Queryable, actor: Actor, now: Date, entry: AuditEntry): Promise<void> {
  const head = await tx.query<{ hash: string | null; seq: number }>(
    "SELECT (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS hash, nextval('audit_events_seq')::int8 AS seq",
  );
  const record = auditRecord(head.rows[0]!, actor, now, entry);
  await tx.query(
    `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, action, subject_type, subject_id, data, ip, user_agent, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13)`,
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
    ],
  );
}
