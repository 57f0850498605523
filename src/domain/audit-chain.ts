import { createHash } from 'node:crypto';

/**
 * The audit trail is a set of hash chains (lanes): each event stores the hash of the previous event
 * of its lane and its own hash over every field. Pure: the caller provides the events; `checkLink`
 * reports a broken link.
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

/**
 * How many chains ("lanes") the trail is split into. Each lane is appended under its own lock, so
 * changes to different subjects commit side by side; all events of one subject share a lane.
 */
export const AUDIT_LANES = 8;

/** The lane of a subject: a stable hash of its type and id (events without an id: of the type). */
export function laneOf(subjectType: string, subjectId: string | null, lanes = AUDIT_LANES): number {
  const digest = createHash('sha256')
    .update(`${subjectType}\u0000${subjectId ?? ''}`)
    .digest();
  return digest.readUInt32BE(0) % lanes;
}

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
