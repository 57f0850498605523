import type { Holiday, HolidayKind } from '../../shared/api/elections';
import type { Page } from '../../shared/api/common';
import { mutate, type Actor } from '../audit/audit';
import type { Database, Queryable } from '../db/db';
import { notFound } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import {
  deleteHolidayRow,
  findHolidays,
  listHolidayRecords,
  upsertHolidayRows,
  type HolidayRecord,
} from './holidays-repository';

export interface HolidayView {
  date: string;
  name: string;
  kind: HolidayKind;
  source: string;
}

const present = (r: HolidayRecord): HolidayView => ({ date: r.date, name: r.name, kind: r.kind, source: r.source });

export async function listHolidays(
  db: Queryable,
  query: { year?: number; limit: number; cursor?: string },
): Promise<Page<HolidayView>> {
  const offset = offsetOf(query.cursor);
  const { rows, total } = await listHolidayRecords(db, query.year, offset, query.limit);
  return offsetPage(rows.map(present), total, offset, query.limit);
}

/** Creates or replaces holidays by date, in one transaction, one audit event for the batch. */
export async function upsertHolidays(
  db: Database,
  actor: Actor,
  now: Date,
  holidays: readonly Holiday[],
): Promise<{ created: number; updated: number; items: HolidayView[] }> {
  return mutate(db, actor, now, async (tx) => {
    const before = await findHolidays(
      tx,
      holidays.map((h) => h.date),
    );
    const { created, updated } = await upsertHolidayRows(tx, holidays, now);
    const items = (
      await findHolidays(
        tx,
        holidays.map((h) => h.date),
      )
    ).map(present);
    return {
      result: { created: created.length, updated: updated.length, items },
      audit: {
        action: 'holiday.upsert',
        subjectType: 'holiday',
        subjectId: holidays.length === 1 ? holidays[0]!.date : null,
        data: { created, updated, holidays: [...holidays], before: before.map(present) },
      },
    };
  });
}

export async function deleteHoliday(db: Database, actor: Actor, now: Date, date: string): Promise<void> {
  await mutate(db, actor, now, async (tx) => {
    const deleted = await deleteHolidayRow(tx, date);
    if (!deleted) throw notFound(`hari libur / holiday ${date}`);
    return {
      result: null,
      audit: { action: 'holiday.delete', subjectType: 'holiday', subjectId: date, data: { deleted: present(deleted) } },
    };
  });
}
