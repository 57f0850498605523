import { HolidayListQuery, HolidayPage } from '../../../shared/api/elections';
import { listHolidays as listHolidaysService } from '../../elections/holidays-service';
import { defineRoute } from '../../http/route';

export const listHolidays = defineRoute({
  method: 'GET',
  path: '/api/holidays',
  operationId: 'listHolidays',
  summary: 'Hari libur nasional, cuti bersama, hari pemungutan suara / holidays, collective leave, voting days',
  tags: ['elections'],
  auth: 'public',
  query: HolidayListQuery,
  response: HolidayPage,
  handler: ({ deps, query }) => listHolidaysService(deps.db, query),
});
