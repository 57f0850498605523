import { z } from 'zod';
import { PageQuery, page } from './common';

/** One event of the audit trail, as `GET /api/audit` shows it (newest first). */
export const AuditEventView = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditListQuery = PageQuery.extend({
  action: z.string().trim().min(1).max(100).optional(),
  subjectType: z.string().trim().min(1).max(100).optional(),
  subjectId: z.string().trim().min(1).max(200).optional(),
  actorId: z.string().trim().min(1).max(200).optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditPage = page(AuditEventView);
