import { deadlineState } from '../../domain/cases';
import type { CaseListItem } from '../../shared/api/cases';
import type { z } from 'zod';
import type { OfficeSummary } from '../../shared/api/reports';
import { presentRegion } from '../regions/presenter';
import { officeName } from '../reports/office';
import { DUE_SOON_HOURS } from './deadline-rows';
import type { CaseRow } from './repository';

export function officeOfCase(
  row: Pick<CaseRow, 'office_code' | 'office_name' | 'office_level'>,
): z.infer<typeof OfficeSummary> {
  return { code: row.office_code, name: officeName(row.office_level, row.office_name) };
}

/** A case as the inbox shows it: explicit fields, nothing about reporters. */
export function presentCaseItem(row: CaseRow, now: Date): CaseListItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    registerNumber: row.register_number,
    receivedAt: row.received_at.toISOString(),
    office: officeOfCase(row),
    incidentRegion:
      row.incident_region_code && row.incident_name && row.incident_level
        ? presentRegion({
            code: row.incident_region_code,
            name: row.incident_name,
            level: row.incident_level,
            parent_code: row.incident_parent_code,
            time_zone: row.time_zone,
          })
        : null,
    timeZone: row.time_zone,
    subjectTypes: row.subject_types,
    acts: row.acts,
    categories: row.categories,
    partyNames: row.party_names,
    reportCount: row.report_count,
    nextDeadline:
      row.is_open && row.next_deadline_code && row.next_deadline_at
        ? {
            code: row.next_deadline_code,
            dueAt: row.next_deadline_at.toISOString(),
            state: deadlineState(row.next_deadline_at, now, DUE_SOON_HOURS),
          }
        : null,
  };
}
