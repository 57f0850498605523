import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../domain/deadlines/calendar';
import { timeZoneOfCode } from '../../domain/regions/time-zone';
import type { Regime } from '../../shared/cases';
import type { AuditEntry } from '../audit/audit';
import type { Queryable } from '../db/db';
import { deadlineRow } from './deadline-rows';
import * as repo from './repository';
import { loadRuleBook } from './rules-repository';

export interface OpenCaseInput {
  reportId: string;
  kind: 'REPORT' | 'FINDING';
  regime: Regime;
  electionId: string | null;
  governorElection: boolean;
  officeCode: string;
  incidentRegionCode: string | null;
  receivedAt: Date;
  actOn: string | null;
  requirementsMet: boolean;
  acts: readonly string[];
  createdBy: string | null;
}

/**
 * Opens the case of a newly received report or finding (one report → one case; officers merge
 * later), inside the intake transaction: the decision deadline starts at receipt, in the zone of
 * the incident region. Returns the audit entry for the caller's `mutate`.
 */
export async function openCaseForReport(tx: Queryable, input: OpenCaseInput, now: Date): Promise<AuditEntry> {
  const zone = timeZoneOfCode(input.incidentRegionCode ?? input.officeCode);
  if (!zone) throw new Error(`no time zone for region ${input.incidentRegionCode ?? input.officeCode}`);
  const receivedOn = localDateOf(input.receivedAt, zone);
  const book = await loadRuleBook(tx, receivedOn);
  const id = randomUUID();
  await repo.insertCase(
    tx,
    {
      id,
      reportId: input.reportId,
      kind: input.kind,
      regime: input.regime,
      electionId: input.electionId,
      governorElection: input.governorElection,
      officeCode: input.officeCode,
      incidentRegionCode: input.incidentRegionCode,
      timeZone: zone,
      receivedAt: input.receivedAt,
      actOn: input.actOn,
      requirementsMet: input.requirementsMet,
      acts: input.acts,
    },
    now,
  );
  await repo.upsertDeadline(
    tx,
    id,
    deadlineRow(book, { regime: input.regime, code: 'DECISION', start: receivedOn, zone }),
  );
  await repo.appendEvent(
    tx,
    id,
    {
      command: 'OPEN',
      from: 'RECEIVED',
      to: 'RECEIVED',
      public: true,
      actorId: input.createdBy,
      data: { report: input.reportId },
    },
    now,
  );
  await repo.refreshSummary(tx, id);
  return {
    action: 'case.opened',
    subjectType: 'case',
    subjectId: id,
    data: { report: input.reportId, kind: input.kind, office: input.officeCode, regime: input.regime },
  };
}
