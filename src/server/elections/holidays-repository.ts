import type { Holiday, HolidayKind } from '../../shared/api/elections';
import type { Queryable } from '../db/db';

export interface HolidayRecord {
  date: string;
  name: string;
  kind: HolidayKind;
  source: string;
}

const COLUMNS = 'date, name, kind, source';

export async function listHolidayRecords(
  db: Queryable,
  year: number | undefined,
  offset: number,
  limit: number,
): Promise<{ rows: HolidayRecord[]; total: number }> {
  const where =
    year === undefined ? '' : `WHERE date >= make_date($1::int, 1, 1) AND date < make_date($1::int + 1, 1, 1)`;
  const params = year === undefined ? [] : [year];
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM holidays ${where}`, params);
  const { rows } = await db.query<HolidayRecord>(
    `SELECT ${COLUMNS} FROM holidays ${where} ORDER BY date LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

export async function findHolidays(db: Queryable, dates: readonly string[]): Promise<HolidayRecord[]> {
  const { rows } = await db.query<HolidayRecord>(
    `SELECT ${COLUMNS} FROM holidays WHERE date = ANY($1::date[]) ORDER BY date`,
    [dates],
  );
  return rows;
}

/**
 * Inserts or replaces holidays by date. With `keepExisting`, dates already present are left as they
 * are (first-start seeding must not undo an admin's correction). Returns the dates written.
 */
export async function upsertHolidayRows(
  tx: Queryable,
  holidays: readonly Holiday[],
  now: Date,
  options: { keepExisting?: boolean } = {},
): Promise<{ created: string[]; updated: string[] }> {
  const conflict = options.keepExisting
    ? 'DO NOTHING'
    : `DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at`;
  const { rows } = await tx.query<{ date: string; created: boolean }>(
    `INSERT INTO holidays (date, name, kind, source, created_at, updated_at)
     SELECT d, n, k, s, $5, $5 FROM unnest($1::date[], $2::text[], $3::text[], $4::text[]) AS h (d, n, k, s)
     ON CONFLICT (date) ${conflict}
     RETURNING date, (xmax = 0) AS created`,
    [
      holidays.map((h) => h.date),
      holidays.map((h) => h.name),
      holidays.map((h) => h.kind),
      holidays.map((h) => h.source),
      now,
    ],
  );
  return {
    created: rows.filter((r) => r.created).map((r) => r.date),
    updated: rows.filter((r) => !r.created).map((r) => r.date),
  };
}

export async function deleteHolidayRow(tx: Queryable, date: string): Promise<HolidayRecord | null> {
  const { rows } = await tx.query<HolidayRecord>(`DELETE FROM holidays WHERE date = $1 RETURNING ${COLUMNS}`, [date]);
  return rows[0] ?? null;
}
