import type { Queryable } from '../db/db';
import type { PublicProgress } from '../reports/presenter';
import { caseIdOfReport, findCase, findEvents } from './repository';

/**
 * The public side of a report's case for the tracking page: its status, register number and each
 * public status change (never notes, reasons' texts, officers or parties). Null for a tip.
 */
export async function publicProgress(db: Queryable, reportId: string): Promise<PublicProgress | null> {
  const caseId = await caseIdOfReport(db, reportId);
  if (!caseId) return null;
  const row = await findCase(db, caseId);
  if (!row) return null;
  const events = await findEvents(db, caseId, { publicOnly: true });
  const history: PublicProgress['history'] = [];
  for (const e of events) {
    if (history.at(-1)?.status !== e.to_status) history.push({ status: e.to_status, at: e.at.toISOString() });
  }
  return { status: row.status, registerNumber: row.register_number, history };
}
