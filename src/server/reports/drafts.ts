import type { FindingSubmission, ReportSubmission } from '../../shared/api/reports';
import type { IntakeDraft } from './intake-store';
import type { PlaceAndDates } from './intake-validate';

/** The incident fields reports and findings share (see `IncidentReport` in src/shared/api/reports.ts). */
type IncidentFields = Omit<FindingSubmission, 'discoveredOn'>;

/** Where the clock starts: the date the reporter knew (reports) or the discovery date (findings). */
interface Start {
  on: string;
  field: 'knownOn' | 'discoveredOn';
}

function incidentDraft(body: IncidentFields, start: Start) {
  return {
    incidentRegionCode: body.incident.regionCode,
    incidentOn: body.incident.date ?? null,
    incidentTime: body.incident.time ?? null,
    placeDetail: body.incident.placeDetail ?? null,
    knownOn: start.on,
    governorElection: body.governorElection,
    electionId: body.electionId ?? null,
    description: body.description ?? null,
    acts: body.acts,
    links: body.links,
    parties: body.parties,
    witnesses: body.witnesses.map((w) => ({ name: w.name, contact: w.contact ?? null })),
  };
}

/** What the fields are checked against in reference data (regions, NIK, NIP, dates). */
function incidentPlace(body: IncidentFields, start: Start, nik: string | null): PlaceAndDates {
  return {
    regionCode: body.incident.regionCode,
    regionPath: ['incident', 'regionCode'],
    knownOn: start.on,
    knownOnPath: [start.field],
    incidentOn: body.incident.date ?? null,
    incidentOnPath: ['incident', 'date'],
    parties: body.parties,
    nik,
  };
}

/** A report (web or walk-in; `createdBy` is the officer who typed a walk-in in). */
export function reportDraft(
  body: ReportSubmission,
  channel: 'WEB' | 'WALK_IN',
  createdBy: string | null,
): { draft: IntakeDraft; place: PlaceAndDates } {
  const start: Start = { on: body.knownOn, field: 'knownOn' };
  const { reporter } = body;
  return {
    draft: {
      kind: 'REPORT',
      channel,
      ...incidentDraft(body, start),
      reporter: {
        type: reporter.type,
        identity: {
          name: reporter.name,
          nik: reporter.nik,
          address: reporter.address,
          phone: reporter.phone,
          email: reporter.email ?? null,
        },
      },
      createdBy,
      tracked: true,
    },
    place: incidentPlace(body, start, reporter.nik),
  };
}

/** A supervisor's finding: no reporter, no tracking code; the discovery date starts the clock. */
export function findingDraft(body: FindingSubmission, createdBy: string): { draft: IntakeDraft; place: PlaceAndDates } {
  const start: Start = { on: body.discoveredOn, field: 'discoveredOn' };
  return {
    draft: {
      kind: 'FINDING',
      channel: 'FINDING',
      ...incidentDraft(body, start),
      reporter: null,
      createdBy,
      tracked: false,
    },
    place: incidentPlace(body, start, null),
  };
}
