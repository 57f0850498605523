import type { Sanction } from '../../shared/api/cases';
import type {
  Category,
  DocumentKind,
  FollowUpStatus,
  GakkumduConclusion,
  GakkumduStage,
  ReceivingBody,
} from '../../shared/cases';
import type { SubjectType } from '../../shared/intake';
import type { Queryable } from '../db/db';

export interface ForwardingRow {
  id: string;
  case_id: string;
  party_position: number;
  party_name: string;
  subject_type: SubjectType;
  category: Category;
  body: ReceivingBody;
  body_detail: string | null;
  letter_number: string;
  letter_date: string;
  expected_reply_on: string;
  expected_reply_at: Date;
  status: FollowUpStatus | 'SENT';
  final: boolean;
  rule_effective_from: string | null;
  created_at: Date;
}

const FORWARDING_COLUMNS = `f.id, f.case_id, f.party_position, p.name AS party_name, p.subject_type, f.category, f.body,
  f.body_detail, f.letter_number, f.letter_date::text AS letter_date, f.expected_reply_on::text AS expected_reply_on,
  f.expected_reply_at, f.status, f.final, f.rule_effective_from::text AS rule_effective_from, f.created_at`;
const FORWARDING_FROM = `forwardings f JOIN case_parties p ON p.case_id = f.case_id AND p.position = f.party_position`;

export async function findForwardings(db: Queryable, caseId: string): Promise<ForwardingRow[]> {
  const { rows } = await db.query<ForwardingRow>(
    `SELECT ${FORWARDING_COLUMNS} FROM ${FORWARDING_FROM} WHERE f.case_id = $1 ORDER BY f.created_at, f.letter_date, f.letter_number, f.id`,
    [caseId],
  );
  return rows;
}

export async function findForwarding(db: Queryable, id: string): Promise<ForwardingRow | null> {
  const { rows } = await db.query<ForwardingRow>(
    `SELECT ${FORWARDING_COLUMNS} FROM ${FORWARDING_FROM} WHERE f.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Forwardings addressed to a body (a receiving body's list), in its reach, oldest expected reply first. */
export async function listForwardingsTo(
  db: Queryable,
  f: { body: string | null; reach: string | null; unanswered: boolean | undefined },
  page: { limit: number; offset: number },
): Promise<{
  rows: (ForwardingRow & {
    register_number: string | null;
    office_code: string;
    office_name: string;
    office_level: 'province' | 'regency';
  })[];
  total: number;
}> {
  const values: unknown[] = [];
  const p = (v: unknown) => `$${values.push(v)}`;
  const where: string[] = [];
  if (f.body !== null) where.push(`f.body = ${p(f.body)}`);
  if (f.reach !== null) where.push(`(c.office_code = ${p(f.reach)} OR c.office_code LIKE ${p(`${f.reach}.%`)})`);
  if (f.unanswered !== undefined) where.push(f.unanswered ? 'NOT f.final' : 'f.final');
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const from = `${FORWARDING_FROM} JOIN cases c ON c.id = f.case_id JOIN regions o ON o.code = c.office_code`;
  const [list, count] = await Promise.all([
    db.query<
      ForwardingRow & {
        register_number: string | null;
        office_code: string;
        office_name: string;
        office_level: 'province' | 'regency';
      }
    >(
      `SELECT ${FORWARDING_COLUMNS}, c.register_number, c.office_code, o.name AS office_name, o.level AS office_level
         FROM ${from} ${w} ORDER BY f.final, f.expected_reply_at, f.id LIMIT ${page.limit} OFFSET ${page.offset}`,
      values,
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${from} ${w}`, values),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export interface NewForwarding {
  id: string;
  caseId: string;
  partyPosition: number;
  category: Category;
  body: ReceivingBody;
  bodyDetail: string | null;
  letterNumber: string;
  letterDate: string;
  expectedReplyOn: string;
  expectedReplyAt: Date;
  ruleEffectiveFrom: string | null;
  createdBy: string;
}

export async function insertForwarding(tx: Queryable, f: NewForwarding, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO forwardings (id, case_id, party_position, category, body, body_detail, letter_number, letter_date,
                              expected_reply_on, expected_reply_at, rule_effective_from, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
    [
      f.id,
      f.caseId,
      f.partyPosition,
      f.category,
      f.body,
      f.bodyDetail,
      f.letterNumber,
      f.letterDate,
      f.expectedReplyOn,
      f.expectedReplyAt,
      f.ruleEffectiveFrom,
      f.createdBy,
      now,
    ],
  );
}

export interface FollowUpRow {
  forwarding_id: string;
  seq: number;
  status: FollowUpStatus;
  sanctions: Sanction[];
  note: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

export async function findFollowUps(db: Queryable, forwardingIds: readonly string[]): Promise<FollowUpRow[]> {
  if (forwardingIds.length === 0) return [];
  const { rows } = await db.query<FollowUpRow>(
    `SELECT f.forwarding_id, f.seq, f.status, f.sanctions, f.note, u.display_name AS recorded_by_name, f.recorded_at
       FROM follow_ups f LEFT JOIN users u ON u.id = f.recorded_by
      WHERE f.forwarding_id = ANY($1::uuid[]) ORDER BY f.forwarding_id, f.seq`,
    [forwardingIds],
  );
  return rows;
}

/** Records a follow-up and makes it the forwarding's current status (the forwarding is locked by the caller). */
export async function insertFollowUp(
  tx: Queryable,
  f: {
    forwardingId: string;
    status: FollowUpStatus;
    sanctions: Sanction[];
    note: string | null;
    final: boolean;
    by: string;
  },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO follow_ups (forwarding_id, seq, status, sanctions, note, recorded_by, recorded_at)
     VALUES ($1, coalesce((SELECT max(seq) FROM follow_ups WHERE forwarding_id = $1), 0) + 1, $2, $3::jsonb, $4, $5, $6)`,
    [f.forwardingId, f.status, JSON.stringify(f.sanctions), f.note, f.by, now],
  );
  await tx.query('UPDATE forwardings SET status = $2, final = $3, updated_at = $4 WHERE id = $1', [
    f.forwardingId,
    f.status,
    f.final,
    now,
  ]);
}

// ---- Documents ----

export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  number: string;
  sha256: string;
  forwarding_id: string | null;
  created_at: Date;
}

export async function findDocuments(db: Queryable, caseId: string): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT id, kind, number, sha256, forwarding_id, created_at FROM case_documents WHERE case_id = $1
      ORDER BY created_at, number`,
    [caseId],
  );
  return rows;
}

export async function insertDocument(
  tx: Queryable,
  d: DocumentRow & { caseId: string; templateVersion: number; createdBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_documents (id, case_id, kind, number, sha256, template_version, forwarding_id, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [d.id, d.caseId, d.kind, d.number, d.sha256, d.templateVersion, d.forwarding_id, d.createdBy, d.created_at],
  );
}

// ---- Sentra Gakkumdu ----

export interface GakkumduRow {
  centre_code: string;
  centre_name: string;
  centre_level: 'province' | 'regency';
  stage: GakkumduStage;
  article: string | null;
  opened_at: Date;
}

export async function findGakkumdu(db: Queryable, caseId: string): Promise<GakkumduRow | null> {
  const { rows } = await db.query<GakkumduRow>(
    `SELECT g.centre_code, r.name AS centre_name, r.level AS centre_level, g.stage, g.article, g.opened_at
       FROM gakkumdu_cases g JOIN regions r ON r.code = g.centre_code WHERE g.case_id = $1`,
    [caseId],
  );
  return rows[0] ?? null;
}

export interface DiscussionRow {
  seq: number;
  stage: GakkumduStage;
  held_on: string;
  article: string;
  conclusion: GakkumduConclusion;
  minutes: string;
  recorded_by_name: string | null;
  recorded_at: Date;
}

export async function findDiscussions(db: Queryable, caseId: string): Promise<DiscussionRow[]> {
  const { rows } = await db.query<DiscussionRow>(
    `SELECT d.seq, d.stage, d.held_on::text AS held_on, d.article, d.conclusion, d.minutes,
            u.display_name AS recorded_by_name, d.recorded_at
       FROM gakkumdu_discussions d LEFT JOIN users u ON u.id = d.recorded_by
      WHERE d.case_id = $1 ORDER BY d.seq`,
    [caseId],
  );
  return rows;
}
