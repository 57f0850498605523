import type {
  ReportSubmission,
  SubmissionReceipt,
  TipSubmission,
  TrackResponse,
  WalkInSubmission,
} from '../../shared/api/reports';
import type { Actor } from '../audit/audit';
import type { AppDeps } from '../deps';
import { enforceRate } from '../http/rate-limit';
import type { Submission } from '../http/submission';
import { storeIntake, type IntakeDraft, type StoredIntake } from './intake-store';
import type { PlaceAndDates } from './intake-validate';
import { PUBLIC_SUBMIT_RULE } from './limits';
import { findByCode } from './lookup';
import { presentTrack } from './presenter';

export { receiptFor, receiptPdfFor } from './receipt-service';

/** The draft of a report (web or walk-in) from its validated submission. */
export function reportDraft(body: ReportSubmission | WalkInSubmission, channel: 'WEB' | 'WALK_IN'): IntakeDraft {
  return {
    kind: 'REPORT',
    channel,
    incidentRegionCode: body.incident.regionCode,
    incidentOn: body.incident.date ?? null,
    incidentTime: body.incident.time ?? null,
    placeDetail: body.incident.placeDetail ?? null,
    knownOn: body.knownOn,
    governorElection: body.governorElection,
    electionId: body.electionId ?? null,
    description: body.description ?? null,
    acts: body.acts,
    links: body.links,
    parties: body.parties,
    witnesses: body.witnesses.map((w) => ({ name: w.name, contact: w.contact ?? null })),
    reporter: {
      type: body.reporter.type,
      identity: {
        name: body.reporter.name,
        nik: body.reporter.nik,
        address: body.reporter.address,
        phone: body.reporter.phone,
        email: body.reporter.email ?? null,
      },
    },
    createdBy: null,
    tracked: true,
  };
}

/** What a report's fields are checked against in reference data (regions, NIK, NIP, dates). */
export function reportPlace(body: ReportSubmission): PlaceAndDates {
  return {
    regionCode: body.incident.regionCode,
    regionPath: ['incident', 'regionCode'],
    knownOn: body.knownOn,
    knownOnPath: ['knownOn'],
    incidentOn: body.incident.date ?? null,
    incidentOnPath: ['incident', 'date'],
    parties: body.parties,
    nik: body.reporter.nik,
  };
}

/** A public report from the web form or the API. Acknowledged only once everything is committed. */
export async function submitPublicReport(
  deps: AppDeps,
  actor: Actor,
  now: Date,
  sub: Submission<ReportSubmission>,
): Promise<SubmissionReceipt> {
  try {
    await enforceRate(deps.db, PUBLIC_SUBMIT_RULE, actor.ip ?? 'unknown', now);
  } catch (err) {
    await sub.discard();
    throw err;
  }
  const stored = await storeIntake(deps, actor, now, reportDraft(sub.body, 'WEB'), sub, reportPlace(sub.body));
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
  try {
    await enforceRate(deps.db, PUBLIC_SUBMIT_RULE, actor.ip ?? 'unknown', now);
  } catch (err) {
    await sub.discard();
    throw err;
  }
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
  return presentTrack(await findByCode(deps, actor, now, code));
}
