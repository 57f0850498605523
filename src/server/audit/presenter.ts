import type { AuditEventView } from '../../shared/api/audit';
import type { AuditRow } from './repository';

/** Hashes and user agents stay on the server; `netra audit verify` checks the chain. */
export function presentAuditEvent(r: AuditRow): AuditEventView {
  return {
    seq: Number(r.seq),
    occurredAt: r.occurred_at.toISOString(),
    actorId: r.actor_id,
    actorLabel: r.actor_label,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    data: r.data,
    ip: r.ip,
    requestId: r.request_id,
  };
}
