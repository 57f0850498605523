import { AuditListQuery, AuditPage, type AuditEventView } from '../../../shared/api/audit';
import { AppError } from '../../http/errors';
import { decodeOffsetCursor, offsetPage } from '../../http/pagination';
import { defineRoute } from '../../http/route';
import { authorize } from '../../policies';

interface AuditRow {
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  request_id: string | null;
}

const present = (r: AuditRow): AuditEventView => ({
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
});

export const listAudit = defineRoute({
  method: 'GET',
  path: '/api/audit',
  operationId: 'listAuditEvents',
  summary: 'The audit trail, newest first, filterable by action, subject and actor',
  tags: ['audit'],
  auth: 'officer',
  query: AuditListQuery,
  response: AuditPage,
  errors: ['BAD_REQUEST', 'MFA_REQUIRED'],
  handler: async ({ query, deps, principal }) => {
    authorize(principal!, 'audit.read');
    const offset = decodeOffsetCursor(query.cursor);
    if (offset === null) throw new AppError('BAD_REQUEST', 'Kursor tidak valid / Invalid cursor');
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [column, value] of [
      ['action', query.action],
      ['subject_type', query.subjectType],
      ['subject_id', query.subjectId],
      ['actor_id', query.actorId],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${column} = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await deps.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events ${clause}`, params);
    const { rows } = await deps.db.query<AuditRow>(
      `SELECT seq, occurred_at, actor_id, actor_label, action, subject_type, subject_id, data, ip, request_id
         FROM audit_events ${clause} ORDER BY seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, offset],
    );
    return offsetPage(rows.map(present), total.rows[0]!.n, offset, query.limit);
  },
});
