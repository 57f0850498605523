import { z } from 'zod';
import { HolidayParams } from '../../../shared/api/elections';
import { authorize } from '../../policies';
import { deleteHoliday as deleteHolidayService } from '../../elections/holidays-service';
import { defineRoute } from '../../http/route';

export const deleteHoliday = defineRoute({
  method: 'DELETE',
  path: '/api/holidays/:date',
  operationId: 'deleteHoliday',
  summary: 'Hapus hari libur / delete a holiday',
  tags: ['elections'],
  auth: 'officer',
  params: HolidayParams,
  status: 204,
  response: z.null(),
  errors: ['NOT_FOUND'],
  handler: async ({ deps, principal, actor, now, params }) => {
    authorize(principal, 'holidays.manage');
    await deleteHolidayService(deps.db, actor, now, params.date);
    return null;
  },
});
