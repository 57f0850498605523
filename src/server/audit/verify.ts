import { checkLink, GENESIS_HASH, type AuditRecord, type ChainBreak } from '../../domain/audit-chain';
import type { Queryable } from '../db/db';
import { chainPage } from './repository';

export type VerifyResult = { ok: true; checked: number } | { ok: false; checked: number; broken: ChainBreak };

/** Walks every event in pages, in order, each against the last event of its lane; stops at the first broken link. */
export async function verifyAuditChain(db: Queryable, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  const heads = new Map<number, string>();
  let afterSeq = -1;
  let checked = 0;
  for (;;) {
    const rows = await chainPage(db, afterSeq, 1000);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      const record: AuditRecord = {
        seq: Number(row.seq),
        occurredAt: new Date(row.occurred_at).toISOString(),
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        data: row.data,
        ip: row.ip,
        userAgent: row.user_agent,
        requestId: row.request_id,
        prevHash: row.prev_hash,
      };
      const broken = checkLink(heads.get(row.lane) ?? GENESIS_HASH, record, row.hash);
      if (broken) return { ok: false, checked, broken };
      heads.set(row.lane, row.hash);
      afterSeq = record.seq;
      checked++;
    }
    onProgress?.(checked);
  }
}
