import type { Queryable } from '../db/db';

/** What the open-data export filters on: `receivedOn` between `from` and `to`, the office's province. */
export interface OpenCaseFilter {
  from?: string;
  to?: string;
  province?: string;
}

/**
 * One case as the export reads it: codes, dates and arrays only (no names, no free text, no
 * register number, no region below the regency). `id` is used for paging and hashed into the
 * public reference; it never leaves the server.
 */
export interface OpenCaseRecord {
  id: string;
  kind: 'REPORT' | 'FINDING';
  regime: 'PILKADA' | 'PEMILU';
  election_id: string | null;
  province_code: string;
  regency_code: string | null;
  received_on: string;
  registered_on: string | null;
  closed_on: string | null;
  status: string;
  categories: string[];
  subject_types: string[];
  acts: string[];
}

/**
 * One page of the export in case-id order, after `afterId` (keyset paging on the primary key: each
 * page is an index range scan, whatever the table's size; no index on received_at is needed).
 * (`ORDER BY cases.id`, the uuid: the output column `id` is text, and sorting by it defeats the index.)
 * Dates are the calendar day in the case's own zone. MERGED cases are left out: they live on in the
 * case they joined.
 */
export async function openCasePage(
  db: Queryable,
  filter: OpenCaseFilter,
  afterId: string | null,
  limit: number,
): Promise<OpenCaseRecord[]> {
  const params: unknown[] = [];
  const where = [`status <> 'MERGED'`];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (afterId !== null) where.push(`id > ${param(afterId)}::uuid`);
  if (filter.province !== undefined) where.push(`province_code = ${param(filter.province)}`);
  if (filter.from !== undefined)
    where.push(`(received_at AT TIME ZONE time_zone)::date >= ${param(filter.from)}::date`);
  if (filter.to !== undefined) where.push(`(received_at AT TIME ZONE time_zone)::date <= ${param(filter.to)}::date`);
  const { rows } = await db.query<OpenCaseRecord>(
    `SELECT id::text AS id, kind, regime, election_id, province_code,
            CASE WHEN length(incident_region_code) >= 5 THEN left(incident_region_code, 5)
                 WHEN length(office_code) = 5 THEN office_code END AS regency_code,
            to_char(received_at AT TIME ZONE time_zone, 'YYYY-MM-DD') AS received_on,
            to_char(registered_at AT TIME ZONE time_zone, 'YYYY-MM-DD') AS registered_on,
            to_char(closed_at AT TIME ZONE time_zone, 'YYYY-MM-DD') AS closed_on,
            status, categories, subject_types, acts
       FROM cases
      WHERE ${where.join(' AND ')}
      ORDER BY cases.id
      LIMIT ${param(limit)}`,
    params,
  );
  return rows;
}
