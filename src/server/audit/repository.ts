import type { Queryable } from '../db/db';

/** An `audit_events` row as stored. */
export interface AuditRow {
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
  lane: number;
}

export interface AuditFilter {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
}

/** Oldest first, after `afterSeq`: the order the hash chain is checked in. */
export async function chainPage(db: Queryable, afterSeq: number, limit: number): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow>('SELECT * FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2', [
    afterSeq,
    limit,
  ]);
  return rows;
}

/** Newest first, filtered, with the total count for pagination. */
export async function listAuditEvents(
  db: Queryable,
  filter: AuditFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [
    ['action', filter.action],
    ['subject_type', filter.subjectType],
    ['subject_id', filter.subjectId],
    ['actor_id', filter.actorId],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events ${clause}`, params);
  const { rows } = await db.query<AuditRow>(
    `SELECT * FROM audit_events ${clause} ORDER BY seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { rows, total: total.rows[0]!.n };
}
