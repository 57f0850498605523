import type { Channel, IntakeKind, IntakeStatus, ReporterType, SubjectType, ViolationType } from '../../shared/intake';
import type { RequirementResult } from '../../shared/api/reports';
import type { RegionLevel } from '../../shared/roles';
import type { TimeZone } from '../../shared/zones';
import type { Queryable } from '../db/db';

/** A reports row with its office and incident region joined. */
export interface ReportRow {
  id: string;
  kind: IntakeKind;
  channel: Channel;
  status: IntakeStatus;
  received_at: Date;
  election_id: string | null;
  regime: 'PILKADA' | 'PEMILU';
  office_code: string;
  office_name: string;
  office_level: 'province' | 'regency';
  incident_region_code: string | null;
  incident_on: string | null;
  incident_time: string | null;
  place_detail: string | null;
  known_on: string | null;
  governor_election: boolean;
  description: string | null;
  acts: ViolationType[];
  links: string[];
  reporter_type: ReporterType | null;
  reporter_enc: string | null;
  name_masked: string | null;
  nik_masked: string | null;
  phone_masked: string | null;
  witnesses_enc: string | null;
  witness_count: number;
  identity_key_id: string | null;
  requirements: RequirementResult | null;
  fingerprint: string | null;
  created_by: string | null;
  created_by_name: string | null;
  time_zone: TimeZone;
  incident_name: string | null;
  incident_level: RegionLevel | null;
  incident_parent_code: string | null;
  evidence_count: number;
}

export interface PartyRow {
  report_id: string;
  position: number;
  name: string;
  subject_type: SubjectType;
  position_title: string | null;
  agency: string | null;
  region_code: string | null;
  identity_number: string | null;
  address: string | null;
}

export interface EvidenceRow {
  id: string;
  report_id: string;
  position: number;
  sha256: string;
  filename: string;
  added_at: Date;
  size: number;
  media_type: string;
}

const SELECT = `SELECT r.id, r.kind, r.channel, r.status, r.received_at, r.election_id, r.regime, r.office_code,
       o.name AS office_name, o.level AS office_level, r.incident_region_code, r.incident_on::text AS incident_on,
       r.incident_time, r.place_detail, r.known_on::text AS known_on, r.governor_election, r.description, r.acts,
       r.links, r.reporter_type, r.reporter_enc, r.name_masked, r.nik_masked, r.phone_masked, r.witnesses_enc,
       r.witness_count, r.identity_key_id, r.requirements, r.fingerprint, r.created_by, u.display_name AS created_by_name,
       COALESCE(i.time_zone, o.time_zone) AS time_zone, i.name AS incident_name, i.level AS incident_level,
       i.parent_code AS incident_parent_code,
       (SELECT count(*) FROM report_evidence e WHERE e.report_id = r.id)::int AS evidence_count
  FROM reports r
  JOIN regions o ON o.code = r.office_code
  LEFT JOIN regions i ON i.code = r.incident_region_code
  LEFT JOIN users u ON u.id = r.created_by`;

export interface NewReport {
  id: string;
  kind: IntakeKind;
  channel: Channel;
  receivedAt: Date;
  electionId: string | null;
  regime: 'PILKADA' | 'PEMILU';
  officeCode: string;
  incidentRegionCode: string | null;
  incidentOn: string | null;
  incidentTime: string | null;
  placeDetail: string | null;
  knownOn: string | null;
  governorElection: boolean;
  description: string | null;
  acts: readonly string[];
  links: readonly string[];
  reporterType: string | null;
  reporterEnc: string | null;
  nameMasked: string | null;
  nikMasked: string | null;
  phoneMasked: string | null;
  witnessesEnc: string | null;
  witnessCount: number;
  identityKeyId: string | null;
  requirements: RequirementResult | null;
  trackingHash: string | null;
  idempotencyHash: string | null;
  fingerprint: string | null;
  createdBy: string | null;
  /** The sealed identity holds an e-mail address (for status notices). */
  hasEmail: boolean;
}

/**
 * Inserts a report, its reported parties and its first routing in one statement (one round trip):
 * data-modifying CTEs; the foreign keys are checked at the end of the statement.
 */
export async function insertReport(
  tx: Queryable,
  r: NewReport,
  parties: readonly NewParty[],
  routingReason: string,
): Promise<void> {
  const col = <K extends keyof NewParty>(k: K) => parties.map((p) => p[k] ?? null);
  await tx.query(
    `WITH report AS (
       INSERT INTO reports (id, kind, channel, status, received_at, election_id, regime, office_code, incident_region_code,
         incident_on, incident_time, place_detail, known_on, governor_election, description, acts, links, reporter_type,
         reporter_enc, name_masked, nik_masked, phone_masked, witnesses_enc, witness_count, identity_key_id, requirements,
         tracking_hash, idempotency_hash, fingerprint, created_by, created_at, updated_at, has_email)
       VALUES ($1, $2, $3, 'RECEIVED', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
         $22, $23, $24, $25::jsonb, $26, $27, $28, $29, $4, $4, $38)
       RETURNING id, office_code, received_at),
     parties AS (
       INSERT INTO report_parties (report_id, position, name, subject_type, position_title, agency, region_code,
         identity_number, address)
       SELECT report.id, t.ord::int, t.name, t.subject_type, t.position_title, t.agency, t.region_code, t.identity_number,
              t.address
         FROM report, unnest($30::text[], $31::text[], $32::text[], $33::text[], $34::text[], $35::text[], $36::text[])
              WITH ORDINALITY AS t(name, subject_type, position_title, agency, region_code, identity_number, address, ord))
     INSERT INTO report_routings (report_id, seq, office_code, reason, routed_by, routed_at)
     SELECT id, 1, office_code, $37, NULL, received_at FROM report`,
    [
      r.id,
      r.kind,
      r.channel,
      r.receivedAt,
      r.electionId,
      r.regime,
      r.officeCode,
      r.incidentRegionCode,
      r.incidentOn,
      r.incidentTime,
      r.placeDetail,
      r.knownOn,
      r.governorElection,
      r.description,
      r.acts,
      r.links,
      r.reporterType,
      r.reporterEnc,
      r.nameMasked,
      r.nikMasked,
      r.phoneMasked,
      r.witnessesEnc,
      r.witnessCount,
      r.identityKeyId,
      r.requirements === null ? null : JSON.stringify(r.requirements),
      r.trackingHash,
      r.idempotencyHash,
      r.fingerprint,
      r.createdBy,
      col('name'),
      col('subjectType'),
      col('position'),
      col('agency'),
      col('regionCode'),
      col('identityNumber'),
      col('address'),
      routingReason,
      r.hasEmail,
    ],
  );
}

export interface NewParty {
  name: string;
  subjectType: string;
  position?: string | undefined;
  agency?: string | undefined;
  regionCode?: string | undefined;
  identityNumber?: string | undefined;
  address?: string | undefined;
}

export async function insertRouting(
  tx: Queryable,
  r: { reportId: string; officeCode: string; reason: string; routedBy: string | null; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO report_routings (report_id, seq, office_code, reason, routed_by, routed_at)
     VALUES ($1, (SELECT COALESCE(max(seq), 0) + 1 FROM report_routings WHERE report_id = $1), $2, $3, $4, $5)`,
    [r.reportId, r.officeCode, r.reason, r.routedBy, r.at],
  );
}

export async function setReportOffice(tx: Queryable, id: string, officeCode: string, now: Date): Promise<void> {
  await tx.query('UPDATE reports SET office_code = $2, updated_at = $3 WHERE id = $1', [id, officeCode, now]);
}

/** Records a blob once per hash; several reports may point at it. */
export async function upsertBlob(
  tx: Queryable,
  b: { sha256: string; size: number; mediaType: string },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO evidence_blobs (sha256, size, media_type, stored_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256) DO NOTHING`,
    [b.sha256, b.size, b.mediaType, now],
  );
}

export async function insertEvidence(
  tx: Queryable,
  e: { id: string; reportId: string; position: number; sha256: string; filename: string; addedBy: string | null },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO report_evidence (id, report_id, position, sha256, filename, added_at, added_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.id, e.reportId, e.position, e.sha256, e.filename, now, e.addedBy],
  );
}

export async function blobIsRecorded(db: Queryable, sha256: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM evidence_blobs WHERE sha256 = $1', [sha256]);
  return rows.length > 0;
}

export async function findReport(db: Queryable, id: string): Promise<ReportRow | null> {
  const { rows } = await db.query<ReportRow>(`${SELECT} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function findReportByTrackingHash(db: Queryable, hash: string): Promise<ReportRow | null> {
  const { rows } = await db.query<ReportRow>(`${SELECT} WHERE r.tracking_hash = $1`, [hash]);
  return rows[0] ?? null;
}

export async function findReportByIdempotencyHash(db: Queryable, hash: string): Promise<ReportRow | null> {
  const { rows } = await db.query<ReportRow>(`${SELECT} WHERE r.idempotency_hash = $1`, [hash]);
  return rows[0] ?? null;
}

export async function findParties(db: Queryable, ids: readonly string[]): Promise<PartyRow[]> {
  if (!ids.length) return [];
  const { rows } = await db.query<PartyRow>(
    `SELECT report_id, position, name, subject_type, position_title, agency, region_code, identity_number, address
       FROM report_parties WHERE report_id = ANY($1::uuid[]) ORDER BY report_id, position`,
    [ids],
  );
  return rows;
}

export async function findEvidence(db: Queryable, reportId: string): Promise<EvidenceRow[]> {
  const { rows } = await db.query<EvidenceRow>(
    `SELECT e.id, e.report_id, e.position, e.sha256, e.filename, e.added_at, b.size::int8 AS size, b.media_type
       FROM report_evidence e JOIN evidence_blobs b ON b.sha256 = e.sha256
      WHERE e.report_id = $1 ORDER BY e.position`,
    [reportId],
  );
  return rows;
}

export interface ReportFilter {
  /** The officer's reach: reports whose office or incident place lies in it (null: everywhere). */
  reach: string | null;
  kind?: IntakeKind | undefined;
  channel?: Channel | undefined;
  /** Incident place within this region. */
  region?: string | undefined;
}

function where(f: ReportFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const within = (column: string, code: string) => {
    params.push(code);
    const n = params.length;
    return `(${column} = $${n} OR ${column} LIKE $${n} || '.%')`;
  };
  if (f.reach !== null)
    clauses.push(`(${within('r.office_code', f.reach)} OR ${within('r.incident_region_code', f.reach)})`);
  if (f.kind) clauses.push(`r.kind = $${params.push(f.kind)}`);
  if (f.channel) clauses.push(`r.channel = $${params.push(f.channel)}`);
  if (f.region) clauses.push(within('r.incident_region_code', f.region));
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export async function listReports(
  db: Queryable,
  f: ReportFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ReportRow[]; total: number }> {
  const w = where(f);
  const n = w.params.length;
  const { rows } = await db.query<ReportRow>(
    `${SELECT} ${w.sql} ORDER BY r.received_at DESC, r.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...w.params, page.limit, page.offset],
  );
  const count = await db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM reports r ${w.sql}`, w.params);
  return { rows, total: count.rows[0]?.n ?? 0 };
}
