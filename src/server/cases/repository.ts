import type { CaseEvent, CaseStatus, Category, DeadlineCode, Regime } from '../../shared/cases';
import type { Channel, SubjectType, ViolationType } from '../../shared/intake';
import type { RequirementResult } from '../../shared/api/reports';
import type { RegionLevel } from '../../shared/roles';
import type { TimeZone } from '../../shared/zones';
import type { Queryable } from '../db/db';

/** A cases row with its office and incident region joined. */
export interface CaseRow {
  id: string;
  kind: 'REPORT' | 'FINDING';
  status: CaseStatus;
  is_open: boolean;
  regime: Regime;
  election_id: string | null;
  governor_election: boolean;
  office_code: string;
  office_name: string;
  office_level: 'province' | 'regency';
  province_code: string;
  incident_region_code: string | null;
  incident_name: string | null;
  incident_level: RegionLevel | null;
  incident_parent_code: string | null;
  time_zone: TimeZone;
  received_at: Date;
  act_on: string | null;
  requirements_met: boolean;
  decision_extended: boolean;
  register_number: string | null;
  registered_at: Date | null;
  merged_into: string | null;
  next_deadline_code: DeadlineCode | null;
  next_deadline_at: Date | null;
  subject_types: SubjectType[];
  acts: ViolationType[];
  categories: Category[];
  party_names: string[];
  report_count: number;
}

/** Columns of `CaseRow`, for every query that returns cases (`c` = cases). */
export const CASE_COLUMNS = `c.id, c.kind, c.status, c.is_open, c.regime, c.election_id, c.governor_election,
  c.office_code, o.name AS office_name, o.level AS office_level, c.province_code, c.incident_region_code,
  ir.name AS incident_name, ir.level AS incident_level, ir.parent_code AS incident_parent_code, c.time_zone,
  c.received_at, c.act_on::text AS act_on, c.requirements_met, c.decision_extended, c.register_number,
  c.registered_at, c.merged_into, c.next_deadline_code, c.next_deadline_at, c.subject_types, c.acts, c.categories,
  ARRAY(SELECT p.name FROM case_parties p WHERE p.case_id = c.id ORDER BY p.position) AS party_names,
  (SELECT count(*)::int FROM reports r WHERE r.case_id = c.id) AS report_count`;
export const CASE_JOINS = `JOIN regions o ON o.code = c.office_code
  LEFT JOIN regions ir ON ir.code = c.incident_region_code`;

export async function findCase(db: Queryable, id: string, opts: { lock?: boolean } = {}): Promise<CaseRow | null> {
  if (opts.lock) await db.query('SELECT 1 FROM cases WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases c ${CASE_JOINS} WHERE c.id = $1`, [id]);
  return rows[0] ?? null;
}

/** What a new case copies from the report that opens it. */
export interface NewCase {
  id: string;
  reportId: string;
  kind: 'REPORT' | 'FINDING';
  regime: Regime;
  electionId: string | null;
  governorElection: boolean;
  officeCode: string;
  incidentRegionCode: string | null;
  timeZone: TimeZone;
  receivedAt: Date;
  actOn: string | null;
  requirementsMet: boolean;
  acts: readonly string[];
}

/** Inserts the case, links the report to it and copies the report's parties. */
export async function insertCase(tx: Queryable, c: NewCase, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO cases (id, kind, status, regime, election_id, governor_election, office_code, province_code,
                        incident_region_code, time_zone, received_at, act_on, requirements_met, acts,
                        subject_types, created_at, updated_at)
     VALUES ($1, $2, 'RECEIVED', $3, $4, $5, $6, substr($6, 1, 2), $7, $8, $9, $10, $11, $12::text[],
             coalesce((SELECT array_agg(DISTINCT subject_type) FROM report_parties WHERE report_id = $13), '{}'),
             $14, $14)`,
    [
      c.id,
      c.kind,
      c.regime,
      c.electionId,
      c.governorElection,
      c.officeCode,
      c.incidentRegionCode,
      c.timeZone,
      c.receivedAt,
      c.actOn,
      c.requirementsMet,
      c.acts,
      c.reportId,
      now,
    ],
  );
  await attachReport(tx, c.id, c.reportId);
}

/** Links a report to a case and appends the report's parties to the case's. */
export async function attachReport(tx: Queryable, caseId: string, reportId: string): Promise<void> {
  await tx.query('UPDATE reports SET case_id = $1 WHERE id = $2', [caseId, reportId]);
  await tx.query(
    `INSERT INTO case_parties (case_id, position, report_id, report_position, name, subject_type, position_title,
                               agency, region_code, identity_number)
     SELECT $1, coalesce((SELECT max(position) FROM case_parties WHERE case_id = $1), 0)
                + row_number() OVER (ORDER BY p.position),
            p.report_id, p.position, p.name, p.subject_type, p.position_title, p.agency, p.region_code, p.identity_number
       FROM report_parties p WHERE p.report_id = $2`,
    [caseId, reportId],
  );
}

/** The fields a command may change on the case row. */
export interface CasePatch {
  status?: CaseStatus;
  officeCode?: string;
  registerNumber?: string;
  registeredAt?: Date;
  decisionExtended?: boolean;
  notRegisteredReason?: string;
  mergedInto?: string;
  closedAt?: Date;
  requirementsMet?: boolean;
}

export async function updateCase(tx: Queryable, id: string, patch: CasePatch, now: Date): Promise<void> {
  const cols: Record<string, unknown> = {
    status: patch.status,
    office_code: patch.officeCode,
    register_number: patch.registerNumber,
    registered_at: patch.registeredAt,
    decision_extended: patch.decisionExtended,
    not_registered_reason: patch.notRegisteredReason,
    merged_into: patch.mergedInto,
    closed_at: patch.closedAt,
    requirements_met: patch.requirementsMet,
  };
  const sets: string[] = [];
  const values: unknown[] = [id, now];
  for (const [col, value] of Object.entries(cols)) {
    if (value === undefined) continue;
    values.push(value);
    sets.push(`${col} = $${values.length}`);
    if (col === 'office_code') sets.push(`province_code = substr($${values.length}::text, 1, 2)`);
  }
  await tx.query(`UPDATE cases SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, values);
}

/**
 * Recomputes what the inbox reads from a case's children: the nearest open deadline, the parties'
 * subject types and the decided categories. Called after every change to them.
 */
export async function refreshSummary(tx: Queryable, id: string): Promise<void> {
  await tx.query(
    `UPDATE cases c SET
       next_deadline_code = d.code, next_deadline_at = d.due_at,
       subject_types = coalesce((SELECT array_agg(DISTINCT subject_type ORDER BY subject_type) FROM case_parties
                                  WHERE case_id = c.id), '{}'),
       categories = coalesce((SELECT array_agg(DISTINCT category ORDER BY category) FROM case_categories
                               WHERE case_id = c.id), '{}')
       FROM (SELECT (SELECT code FROM case_deadlines WHERE case_id = $1 AND met_at IS NULL ORDER BY due_at, code LIMIT 1) AS code,
                    (SELECT min(due_at) FROM case_deadlines WHERE case_id = $1 AND met_at IS NULL) AS due_at) d
      WHERE c.id = $1`,
    [id],
  );
}

// ---- Timeline ----

export interface NewEvent {
  command: CaseEvent;
  from: CaseStatus;
  to: CaseStatus;
  reasonCode?: string | null;
  note?: string | null;
  public: boolean;
  data?: Record<string, unknown>;
  actorId: string | null;
}

/** Appends to the case's timeline (the case row is locked by the caller, so `seq` is free). */
export async function appendEvent(tx: Queryable, caseId: string, e: NewEvent, now: Date): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO case_events (case_id, seq, command, from_status, to_status, reason_code, note, public, data, actor_id, at)
     VALUES ($1, coalesce((SELECT max(seq) FROM case_events WHERE case_id = $1), 0) + 1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)
     RETURNING seq`,
    [
      caseId,
      e.command,
      e.from,
      e.to,
      e.reasonCode ?? null,
      e.note ?? null,
      e.public,
      JSON.stringify(e.data ?? {}),
      e.actorId,
      now,
    ],
  );
  return rows[0]!.seq;
}

export interface EventRow {
  seq: number;
  command: CaseEvent;
  from_status: CaseStatus;
  to_status: CaseStatus;
  reason_code: string | null;
  note: string | null;
  public: boolean;
  data: Record<string, unknown>;
  actor_name: string | null;
  at: Date;
}

export async function findEvents(
  db: Queryable,
  caseId: string,
  opts: { publicOnly?: boolean } = {},
): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT e.seq, e.command, e.from_status, e.to_status, e.reason_code, e.note, e.public, e.data,
            u.display_name AS actor_name, e.at
       FROM case_events e LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.case_id = $1 AND ($2::boolean = false OR e.public)
      ORDER BY e.seq`,
    [caseId, opts.publicOnly ?? false],
  );
  return rows;
}

// ---- Deadlines ----

export interface DeadlineRow {
  code: DeadlineCode;
  ref: string;
  start_on: string;
  last_day: string;
  due_at: Date;
  rule_regime: Regime;
  rule_effective_from: string;
  extended_from: string | null;
  met_at: Date | null;
}

export async function upsertDeadline(tx: Queryable, caseId: string, d: Omit<DeadlineRow, 'met_at'>): Promise<void> {
  await tx.query(
    `INSERT INTO case_deadlines (case_id, code, ref, start_on, last_day, due_at, rule_regime, rule_effective_from, extended_from)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (case_id, code, ref) DO UPDATE SET start_on = EXCLUDED.start_on, last_day = EXCLUDED.last_day,
       due_at = EXCLUDED.due_at, rule_regime = EXCLUDED.rule_regime, rule_effective_from = EXCLUDED.rule_effective_from,
       extended_from = EXCLUDED.extended_from, met_at = NULL`,
    [caseId, d.code, d.ref, d.start_on, d.last_day, d.due_at, d.rule_regime, d.rule_effective_from, d.extended_from],
  );
}

/** Marks open deadlines met (codes given; `ref` null = every ref of those codes). */
export async function meetDeadlines(
  tx: Queryable,
  caseId: string,
  codes: readonly DeadlineCode[],
  now: Date,
  ref: string | null = null,
): Promise<void> {
  if (codes.length === 0) return;
  await tx.query(
    `UPDATE case_deadlines SET met_at = $3
      WHERE case_id = $1 AND code = ANY($2::text[]) AND met_at IS NULL AND ($4::text IS NULL OR ref = $4)`,
    [caseId, codes, now, ref],
  );
}

export async function findDeadlines(db: Queryable, caseId: string): Promise<DeadlineRow[]> {
  const { rows } = await db.query<DeadlineRow>(
    `SELECT code, ref, start_on::text AS start_on, last_day::text AS last_day, due_at, rule_regime,
            rule_effective_from::text AS rule_effective_from, extended_from::text AS extended_from, met_at
       FROM case_deadlines WHERE case_id = $1 ORDER BY due_at, code, ref`,
    [caseId],
  );
  return rows;
}

// ---- Parties, reports, categories ----

export interface CasePartyRow {
  position: number;
  name: string;
  subject_type: SubjectType;
  position_title: string | null;
  agency: string | null;
  region_code: string | null;
  identity_number: string | null;
  categories: Category[];
}

export async function findParties(db: Queryable, caseId: string): Promise<CasePartyRow[]> {
  const { rows } = await db.query<CasePartyRow>(
    `SELECT p.position, p.name, p.subject_type, p.position_title, p.agency, p.region_code, p.identity_number,
            ARRAY(SELECT k.category FROM case_categories k WHERE k.case_id = p.case_id AND k.party_position = p.position
                   ORDER BY k.category) AS categories
       FROM case_parties p WHERE p.case_id = $1 ORDER BY p.position`,
    [caseId],
  );
  return rows;
}

export async function insertCategories(
  tx: Queryable,
  caseId: string,
  items: readonly { partyPosition: number; category: Category }[],
): Promise<void> {
  await tx.query(
    `INSERT INTO case_categories (case_id, party_position, category)
     SELECT $1, * FROM unnest($2::int[], $3::text[])`,
    [caseId, items.map((i) => i.partyPosition), items.map((i) => i.category)],
  );
}

export interface CaseReportRow {
  id: string;
  kind: 'REPORT' | 'FINDING';
  channel: Channel;
  received_at: Date;
  name_masked: string | null;
  has_email: boolean;
  requirements: RequirementResult | null;
  evidence_count: number;
}

export async function findCaseReports(db: Queryable, caseId: string): Promise<CaseReportRow[]> {
  const { rows } = await db.query<CaseReportRow>(
    `SELECT r.id, r.kind, r.channel, r.received_at, r.name_masked, r.has_email, r.requirements,
            (SELECT count(*)::int FROM report_evidence e WHERE e.report_id = r.id) AS evidence_count
       FROM reports r WHERE r.case_id = $1 ORDER BY r.received_at, r.id`,
    [caseId],
  );
  return rows;
}

/** The case a report belongs to (tracking). */
export async function caseIdOfReport(db: Queryable, reportId: string): Promise<string | null> {
  const { rows } = await db.query<{ case_id: string | null }>('SELECT case_id FROM reports WHERE id = $1', [reportId]);
  return rows[0]?.case_id ?? null;
}

/**
 * The next number of a gap-free series (register numbers, document numbers) per office and year.
 * The row lock it takes is held until COMMIT, so concurrent takers across instances queue; a
 * rollback returns the number.
 */
export async function takeNumber(tx: Queryable, officeCode: string, year: number, series: string): Promise<number> {
  const { rows } = await tx.query<{ last_number: number }>(
    `INSERT INTO counters (office_code, year, series, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (office_code, year, series) DO UPDATE SET last_number = counters.last_number + 1
     RETURNING last_number`,
    [officeCode, year, series],
  );
  return rows[0]!.last_number;
}
