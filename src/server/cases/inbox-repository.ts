import type { CaseStatus, Category, DeadlineState } from '../../shared/cases';
import type { SubjectType, ViolationType } from '../../shared/intake';
import { levelOfCode } from '../../shared/roles';
import type { Queryable } from '../db/db';
import { CASE_COLUMNS, CASE_JOINS, type CaseRow } from './repository';

export interface CaseFilter {
  /** The officer's reach: null = national. A province reaches its regencies' offices. */
  reach: string | null;
  open: boolean;
  status?: CaseStatus | undefined;
  kind?: 'REPORT' | 'FINDING' | undefined;
  category?: Category | undefined;
  subjectType?: SubjectType | undefined;
  act?: ViolationType | undefined;
  /** The place of the incident lies in this region. */
  region?: string | undefined;
  deadline?: DeadlineState | undefined;
  now: Date;
  dueSoonHours: number;
}

/**
 * Which cases a reach covers, in a form each inbox index serves: a regency or province office by
 * its handling office (`cases_office_deadline`, `cases_province_deadline`), a district or village
 * supervisor by the place of the incident.
 */
function reachClause(reach: string | null, p: (v: unknown) => string): string | null {
  if (reach === null) return null;
  switch (levelOfCode(reach)) {
    case 'province':
      return `c.province_code = ${p(reach)}`;
    case 'regency':
      return `c.office_code = ${p(reach)}`;
    default:
      return `(c.incident_region_code = ${p(reach)} OR c.incident_region_code LIKE ${p(`${reach}.%`)})`;
  }
}

/** Builds WHERE conditions and parameters for a filter. */
export function caseWhere(f: CaseFilter): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const p = (v: unknown) => `$${values.push(v)}`;
  const where: string[] = [];
  const reach = reachClause(f.reach, p);
  if (reach) where.push(reach);
  if (f.open) where.push('c.is_open');
  if (f.status) where.push(`c.status = ${p(f.status)}`);
  if (f.kind) where.push(`c.kind = ${p(f.kind)}`);
  if (f.category) where.push(`${p(f.category)} = ANY(c.categories)`);
  if (f.subjectType) where.push(`${p(f.subjectType)} = ANY(c.subject_types)`);
  if (f.act) where.push(`${p(f.act)} = ANY(c.acts)`);
  if (f.region) {
    where.push(`(c.incident_region_code = ${p(f.region)} OR c.incident_region_code LIKE ${p(`${f.region}.%`)})`);
  }
  if (f.deadline) {
    const soon = new Date(f.now.getTime() + f.dueSoonHours * 3_600_000);
    if (f.deadline === 'OVERDUE') where.push(`c.next_deadline_at <= ${p(f.now)}`);
    if (f.deadline === 'DUE_SOON') where.push(`c.next_deadline_at > ${p(f.now)} AND c.next_deadline_at <= ${p(soon)}`);
    if (f.deadline === 'OK') where.push(`(c.next_deadline_at IS NULL OR c.next_deadline_at > ${p(soon)})`);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', values };
}

/**
 * One page of the inbox: open cases by nearest deadline (those without one last), every case by
 * newest receipt. The total is counted over the same filter.
 */
export async function listCases(
  db: Queryable,
  f: CaseFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: CaseRow[]; total: number }> {
  const { where, values } = caseWhere(f);
  const order = f.open ? 'c.next_deadline_at ASC NULLS LAST, c.id' : 'c.received_at DESC, c.id';
  const [list, count] = await Promise.all([
    db.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM (SELECT c.* FROM cases c ${where} ORDER BY ${order}
         LIMIT ${page.limit} OFFSET ${page.offset}) c ${CASE_JOINS} ORDER BY ${order}`,
      values,
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM cases c ${where}`, values),
  ]);
  return { rows: list.rows, total: count.rows[0]?.total ?? 0 };
}

export interface WorkloadRowRaw {
  office_code: string;
  office_name: string;
  office_level: 'province' | 'regency';
  open: number;
  due_soon: number;
  overdue: number;
  unanswered: number;
}

/**
 * Open cases, due soon and overdue per handling office within the reach — how a provincial office
 * sees its regencies' overdue cases — and forwardings past their expected reply.
 */
export async function workload(
  db: Queryable,
  reach: string | null,
  now: Date,
  dueSoonHours: number,
): Promise<WorkloadRowRaw[]> {
  const values: unknown[] = [now, new Date(now.getTime() + dueSoonHours * 3_600_000)];
  const p = (v: unknown) => `$${values.push(v)}`;
  const clause = reachClause(reach, p);
  // Aggregate per office first, then name the offices: a few hundred rows to join, not every case.
  const where = `c.is_open ${clause ? `AND ${clause}` : ''}`;
  const { rows } = await db.query<WorkloadRowRaw>(
    `WITH per_office AS (
       SELECT c.office_code, count(*)::int AS open,
              count(*) FILTER (WHERE c.next_deadline_at > $1 AND c.next_deadline_at <= $2)::int AS due_soon,
              count(*) FILTER (WHERE c.next_deadline_at <= $1)::int AS overdue
         FROM cases c WHERE ${where} GROUP BY c.office_code
     ), unanswered AS (
       SELECT c.office_code, count(*)::int AS unanswered
         FROM forwardings f JOIN cases c ON c.id = f.case_id
        WHERE NOT f.final AND f.expected_reply_at <= $1 AND ${where}
        GROUP BY c.office_code
     )
     SELECT w.office_code, o.name AS office_name, o.level AS office_level, w.open, w.due_soon, w.overdue,
            coalesce(u.unanswered, 0)::int AS unanswered
       FROM per_office w
       JOIN regions o ON o.code = w.office_code
       LEFT JOIN unanswered u ON u.office_code = w.office_code
      ORDER BY w.overdue DESC, w.office_code`,
    values,
  );
  return rows;
}
