import type {
  FindingSubmission,
  ReportDetail,
  ReportSubmission,
  RevealResponse,
  SubmissionReceipt,
} from '../../shared/api/reports';
import type { z } from 'zod';
import type { ReportListQuery } from '../../shared/api/reports';
import type { Page } from '../../shared/api/common';
import type { ReportListItem } from '../../shared/api/reports';
import { mutate, type Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { AppDeps } from '../deps';
import { AppError, notFound } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import type { Submission } from '../http/submission';
import { authorize, can, reachOf } from '../policies';
import { openIdentity, type ReporterIdentity, type WitnessIdentity } from './identity';
import { storeIntake } from './intake-store';
import { validationFailed } from './intake-validate';
import { requireRegions } from '../regions/service';
import { presentDetail, presentListItem } from './presenter';
import { findingDraft, reportDraft } from './drafts';
import { receiptOf } from './public-service';
import * as repo from './repository';

/** A walk-in report typed in by staff: the same checks as the web form, the officer recorded. */
export async function submitWalkIn(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  sub: Submission<ReportSubmission>,
): Promise<{ id: string; receipt: SubmissionReceipt }> {
  try {
    authorize(principal, 'reports.intake', { region: sub.body.incident.regionCode });
  } catch (err) {
    await sub.discard();
    throw err;
  }
  const { draft, place } = reportDraft(sub.body, 'WALK_IN', principal.userId);
  const stored = await storeIntake(deps, actor, now, draft, sub, place);
  return { id: stored.id, receipt: receiptOf('REPORT', stored) };
}

/** A supervisor's own finding; the discovery date starts the clock. */
export async function submitFinding(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  sub: Submission<FindingSubmission>,
): Promise<{ id: string; receipt: null }> {
  const body = sub.body;
  try {
    authorize(principal, 'reports.intake', { region: body.incident.regionCode });
  } catch (err) {
    await sub.discard();
    throw err;
  }
  const { draft, place } = findingDraft(body, principal.userId);
  const stored = await storeIntake(deps, actor, now, draft, sub, place);
  return { id: stored.id, receipt: null };
}

/** The inbox: items whose handling office or place lies in the officer's reach, newest first. */
export async function listInbox(
  deps: AppDeps,
  principal: Principal,
  query: z.infer<typeof ReportListQuery>,
): Promise<Page<ReportListItem>> {
  const { region: reach } = reachOf(principal, 'reports.read');
  if (query.region) authorize(principal, 'reports.read', { region: query.region });
  const offset = offsetOf(query.cursor);
  const { rows, total } = await repo.listReports(
    deps.db,
    { reach, kind: query.kind, channel: query.channel, region: query.region },
    { limit: query.limit, offset },
  );
  const parties = await repo.findParties(
    deps.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) =>
    presentListItem(
      r,
      parties.filter((p) => p.report_id === r.id),
    ),
  );
  return offsetPage(items, total, offset, query.limit);
}

/** A report the officer may see: its office or its place lies in their reach. Otherwise 404/403. */
async function visibleReport(deps: AppDeps, principal: Principal, id: string): Promise<repo.ReportRow> {
  authorize(principal, 'reports.read');
  const row = await repo.findReport(deps.db, id);
  if (!row) throw notFound('laporan / report');
  const visible =
    can(principal, 'reports.read', { region: row.office_code }) ||
    (row.incident_region_code !== null && can(principal, 'reports.read', { region: row.incident_region_code }));
  if (!visible) authorize(principal, 'reports.read', { region: row.office_code });
  return row;
}

export async function getReport(deps: AppDeps, principal: Principal, id: string): Promise<ReportDetail> {
  const row = await visibleReport(deps, principal, id);
  const [parties, evidence] = await Promise.all([repo.findParties(deps.db, [id]), repo.findEvidence(deps.db, id)]);
  return presentDetail(row, parties, evidence, {
    reveal:
      row.reporter_enc !== null || row.witnesses_enc !== null
        ? can(principal, 'reports.reveal', { region: row.office_code })
        : false,
    route: can(principal, 'reports.route', { region: row.office_code }),
  });
}

/** Shows the reporter's identity and the witnesses to an officer of the handling office; audited with the reason. */
export async function revealIdentity(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  reason: string,
): Promise<z.input<typeof RevealResponse>> {
  const row = await visibleReport(deps, principal, id);
  authorize(principal, 'reports.reveal', { region: row.office_code });
  if (row.reporter_enc === null && row.witnesses_enc === null) {
    throw new AppError('CONFLICT', 'Tidak ada identitas untuk dibuka / There is no identity to reveal');
  }
  return mutate(deps.db, actor, now, async () => {
    const reporter = row.reporter_enc ? openIdentity<ReporterIdentity>(deps.config, id, row.reporter_enc) : null;
    const witnesses = row.witnesses_enc ? openIdentity<WitnessIdentity[]>(deps.config, id, row.witnesses_enc) : [];
    return {
      result: {
        reporter: reporter && row.reporter_type ? { type: row.reporter_type, ...reporter } : null,
        witnesses,
      },
      audit: {
        action: 'report.identity.reveal',
        subjectType: 'report',
        subjectId: id,
        data: { reason, reporter: reporter !== null, witnesses: witnesses.length, keyId: row.identity_key_id },
      },
    };
  });
}

/** Sends a report to another Bawaslu office, with the reason; both offices keep the history. */
export async function rerouteReport(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  id: string,
  body: { officeCode: string; reason: string },
): Promise<ReportDetail> {
  const row = await visibleReport(deps, principal, id);
  authorize(principal, 'reports.route', { region: row.office_code });
  if (body.officeCode === row.office_code) {
    throw validationFailed([{ path: ['officeCode'], code: 'same_office', message: 'Kantor yang sama / Same office' }]);
  }
  await requireRegions(deps.db, [body.officeCode]);
  await mutate(deps.db, actor, now, async (tx) => {
    await repo.setReportOffice(tx, id, body.officeCode, now);
    await repo.insertRouting(tx, {
      reportId: id,
      officeCode: body.officeCode,
      reason: body.reason,
      routedBy: principal.userId,
      at: now,
    });
    return {
      result: null,
      audit: {
        action: 'report.route',
        subjectType: 'report',
        subjectId: id,
        data: { from: row.office_code, to: body.officeCode, reason: body.reason },
      },
    };
  });
  // The officer who sent it away may no longer see it: answer with what they sent, as they saw it.
  const updated = (await repo.findReport(deps.db, id))!;
  const [parties, evidence] = await Promise.all([repo.findParties(deps.db, [id]), repo.findEvidence(deps.db, id)]);
  return presentDetail(updated, parties, evidence, {
    reveal: can(principal, 'reports.reveal', { region: updated.office_code }),
    route: can(principal, 'reports.route', { region: updated.office_code }),
  });
}

/** Opens an evidence file for download; each access is an audit event. */
export async function openEvidence(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  principal: Principal,
  reportId: string,
  evidenceId: string,
) {
  await visibleReport(deps, principal, reportId);
  const evidence = (await repo.findEvidence(deps.db, reportId)).find((e) => e.id === evidenceId);
  if (!evidence) throw notFound('bukti / evidence');
  await mutate(deps.db, actor, now, async () => ({
    result: null,
    audit: {
      action: 'evidence.download',
      subjectType: 'report',
      subjectId: reportId,
      data: { evidence: evidenceId, sha256: evidence.sha256 },
    },
  }));
  const blob = await deps.blobs.read(evidence.sha256);
  return { evidence, ...blob };
}
