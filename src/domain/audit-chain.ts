import { createHash } from 'node:crypto';

/**
 * The audit trail is a hash chain: each event stores the hash of the previous one and its own
 * hash over every field. Pure: the caller provides the events; `verifyChain` reports the first
 * broken link.
 */
export interface AuditRecord {
  seq: number;
  occurredAt: string; // ISO 8601, milliseconds, UTC
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditRecord(r: AuditRecord): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        r.seq,
        r.occurredAt,
        r.actorId,
        r.actorLabel,
        r.action,
        r.subjectType,
        r.subjectId,
        r.data,
        r.ip,
        r.userAgent,
        r.requestId,
        r.prevHash,
      ]),
    )
    .digest('hex');
}

export type ChainBreak = { seq: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/** Checks one event against the hash of the event before it; null when the link holds. */
export function checkLink(prevHash: string, record: AuditRecord, storedHash: string): ChainBreak | null {
  if (record.prevHash !== prevHash) return { seq: record.seq, reason: 'prev_hash_mismatch' };
  if (hashAuditRecord(record) !== storedHash) return { seq: record.seq, reason: 'hash_mismatch' };
  return null;
}
