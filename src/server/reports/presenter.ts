import type { ReportDetail, ReportListItem, TrackResponse } from '../../shared/api/reports';
import { ZONE_LABEL } from '../../shared/zones';
import { officeName } from './office';
import type { EvidenceRow, PartyRow, ReportRow } from './repository';

/** The only shapes intake records leave the server in. Identity fields never appear here. */
export function officeOf(row: Pick<ReportRow, 'office_code' | 'office_level' | 'office_name'>) {
  return { code: row.office_code, name: officeName(row.office_level, row.office_name) };
}

/** What a reporter sees by tracking code: status, dates, office; no names, no identities. */
/** What the reporter sees of the handling: public status changes of the report's case. */
export interface PublicProgress {
  status: TrackResponse['status'];
  registerNumber: string | null;
  history: TrackResponse['history'];
}

export function presentTrack(row: ReportRow, progress: PublicProgress | null): TrackResponse {
  return {
    kind: row.kind,
    status: progress?.status ?? row.status,
    receivedAt: row.received_at.toISOString(),
    office: officeOf(row),
    timeZone: row.time_zone,
    registerNumber: progress?.registerNumber ?? null,
    history: progress?.history ?? [{ status: 'RECEIVED', at: row.received_at.toISOString() }],
    requirements: row.requirements,
  };
}

export function presentListItem(row: ReportRow, parties: readonly PartyRow[]): ReportListItem {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    office: officeOf(row),
    incidentRegion:
      row.incident_region_code && row.incident_name && row.incident_level
        ? {
            code: row.incident_region_code,
            name: row.incident_name,
            level: row.incident_level,
            parentCode: row.incident_parent_code,
            timeZone: row.time_zone,
            zone: ZONE_LABEL[row.time_zone],
          }
        : null,
    timeZone: row.time_zone,
    parties: parties.map((p) => ({ name: p.name, subjectType: p.subject_type })),
    acts: row.acts,
    requirements: row.requirements,
    evidenceCount: row.evidence_count,
  };
}

export function presentDetail(
  row: ReportRow,
  parties: readonly PartyRow[],
  evidence: readonly EvidenceRow[],
  can: { reveal: boolean; route: boolean },
): ReportDetail {
  return {
    ...presentListItem(row, parties),
    electionId: row.election_id,
    regime: row.regime,
    incidentOn: row.incident_on,
    incidentTime: row.incident_time,
    placeDetail: row.place_detail,
    knownOn: row.known_on,
    governorElection: row.governor_election,
    description: row.description,
    links: row.links,
    fullParties: parties.map((p) => ({
      name: p.name,
      subjectType: p.subject_type,
      position: p.position_title ?? undefined,
      agency: p.agency ?? undefined,
      regionCode: p.region_code ?? undefined,
      identityNumber: p.identity_number ?? undefined,
      address: p.address ?? undefined,
    })),
    witnessCount: row.witness_count,
    reporter:
      row.reporter_type && row.name_masked
        ? {
            type: row.reporter_type,
            name: row.name_masked,
            nikMasked: row.nik_masked ?? '',
            phoneMasked: row.phone_masked ?? '',
          }
        : null,
    createdBy: row.created_by && row.created_by_name ? { id: row.created_by, displayName: row.created_by_name } : null,
    evidence: evidence.map((e) => ({
      id: e.id,
      filename: e.filename,
      mediaType: e.media_type,
      size: Number(e.size),
      sha256: e.sha256,
      addedAt: e.added_at.toISOString(),
    })),
    can,
  };
}
