import { decide } from '../../domain/cases';
import type { TrackResponse } from '../../shared/api/reports';
import { mutate, type Actor } from '../audit/audit';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { findByCode } from '../reports/lookup';
import { presentTrack } from '../reports/presenter';
import { assertTransition, snapshotOf } from './command-service';
import { notifyReporters } from './notify';
import { publicProgress } from './public-progress';
import * as repo from './repository';

/**
 * The reporter withdraws their report with the tracking code, before registration only (DOMAIN.md
 * §2). A case that holds other reporters' reports stays with them: the office decides then.
 */
export async function withdrawByReporter(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  code: string,
  note: string,
): Promise<TrackResponse> {
  const report = await findByCode(deps, actor, now, code);
  const caseId = await repo.caseIdOfReport(deps.db, report.id);
  if (report.kind !== 'REPORT' || caseId === null) {
    throw new AppError('INVALID_TRANSITION', 'Hanya laporan yang dapat dicabut / Only a report can be withdrawn', {
      allowed: [],
    });
  }
  await mutate(deps.db, actor, now, async (tx) => {
    const row = await repo.findCase(tx, caseId, { lock: true });
    if (!row) throw new Error(`case ${caseId} of report ${report.id} vanished`);
    const t = decide(await snapshotOf(tx, row), { type: 'WITHDRAW', note }, { role: 'REPORTER' });
    if (!t.ok && t.code === 'INVALID_TRANSITION') {
      throw new AppError(
        'INVALID_TRANSITION',
        'Laporan yang sudah diregistrasi tidak dapat dicabut / A registered report cannot be withdrawn',
        { allowed: [] },
      );
    }
    assertTransition(t);
    if (row.report_count > 1) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'Laporan ini digabung dengan laporan lain; hubungi kantor pengawas / Merged with other reports: contact the office',
        { failed: ['OTHER_REPORTERS'] },
      );
    }
    await tx.query('UPDATE case_deadlines SET met_at = $2 WHERE case_id = $1 AND met_at IS NULL', [caseId, now]);
    await repo.updateCase(tx, caseId, { status: t.to, closedAt: now }, now);
    await repo.appendEvent(
      tx,
      caseId,
      { command: 'WITHDRAW', from: t.from, to: t.to, note, public: true, data: { by: 'REPORTER' }, actorId: null },
      now,
    );
    await repo.refreshSummary(tx, caseId);
    await notifyReporters(deps, tx, caseId, t.to, now);
    return {
      result: null,
      audit: {
        action: 'case.withdraw',
        subjectType: 'case',
        subjectId: caseId,
        data: { from: t.from, by: 'REPORTER' },
      },
    };
  });
  return presentTrack(report, await publicProgress(deps.db, report.id));
}
