import { HolidayUpsert, HolidayUpsertResult } from '../../../shared/api/elections';
import { authorize } from '../../policies';
import { upsertHolidays as upsertHolidaysService } from '../../elections/holidays-service';
import { defineRoute } from '../../http/route';

export const upsertHolidays = defineRoute({
  method: 'POST',
  path: '/api/holidays',
  operationId: 'upsertHolidays',
  summary: 'Tambah atau ganti hari libur (per tanggal) / create or replace holidays by date',
  tags: ['elections'],
  auth: 'officer',
  body: HolidayUpsert,
  response: HolidayUpsertResult,
  handler: ({ deps, principal, actor, now, body }) => {
    authorize(principal, 'holidays.manage');
    return upsertHolidaysService(deps.db, actor, now, body.holidays);
  },
});
