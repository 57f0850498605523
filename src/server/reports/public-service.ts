import type { ReportSubmission, SubmissionReceipt, TipSubmission, TrackResponse } from '../../shared/api/reports';
import type { Actor } from '../audit/audit';
import type { AppDeps } from '../deps';
import { enforceRate } from '../http/rate-limit';
import type { Submission } from '../http/submission';
import { reportDraft } from './drafts';
import { storeIntake, type IntakeDraft, type StoredIntake } from './intake-store';
import { PUBLIC_SUBMIT_RULE } from './limits';
import { findByCode } from './lookup';
import { presentTrack } from './presenter';
import { publicProgress } from '../cases/public-progress';

export { receiptFor, receiptPdfFor } from './receipt-service';

/**
 * Counts a public submission against the client's address (reports and tips together) and refuses
 * it with 429 over the limit. Callers take the slot BEFORE reading the body, so a client over its
 * limit cannot make the server stream another 250 MB of uploads.
 */
export async function takeSubmitSlot(deps: AppDeps, actor: Actor, now: Date): Promise<void> {
  await enforceRate(deps.db, PUBLIC_SUBMIT_RULE, actor.ip ?? 'unknown', now);
}

/** A public report from the web form or the API (after `takeSubmitSlot`). Acknowledged only once everything is committed. */
export async function submitPublicReport(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  sub: Submission<ReportSubmission>,
): Promise<SubmissionReceipt> {
  const { draft, place } = reportDraft(sub.body, 'WEB', null);
  const stored = await storeIntake(deps, actor, now, draft, sub, place);
  return receiptOf('REPORT', stored);
}

/** An anonymous tip: what, where, when; no identity, no requirement check. */
export async function submitTip(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  sub: Submission<TipSubmission>,
): Promise<SubmissionReceipt> {
  const body = sub.body;
  const draft: IntakeDraft = {
    kind: 'TIP',
    channel: 'TIP',
    incidentRegionCode: body.regionCode,
    incidentOn: body.date ?? null,
    incidentTime: null,
    placeDetail: body.placeDetail ?? null,
    knownOn: null,
    governorElection: false,
    electionId: null,
    description: body.description,
    acts: [],
    links: body.links,
    parties: [],
    witnesses: [],
    reporter: null,
    createdBy: null,
    tracked: true,
  };
  const stored = await storeIntake(deps, actor, now, draft, sub, {
    regionCode: body.regionCode,
    regionPath: ['regionCode'],
    knownOn: null,
    knownOnPath: [],
    incidentOn: body.date ?? null,
    incidentOnPath: ['date'],
    parties: [],
    nik: null,
  });
  return receiptOf('TIP', stored);
}

export function receiptOf(kind: 'REPORT' | 'TIP', stored: StoredIntake): SubmissionReceipt {
  return {
    kind,
    trackingCode: stored.trackingCode!,
    receivedAt: stored.receivedAt.toISOString(),
    office: stored.office,
    requirements: stored.requirements,
  };
}

/** The status of a report or tip by its code: dates and office, never personal data. */
export async function trackReport(deps: AppDeps, actor: Actor, now: Date, code: string): Promise<TrackResponse> {
  const row = await findByCode(deps, actor, now, code);
  return presentTrack(row, await publicProgress(deps.db, row.id));
}
