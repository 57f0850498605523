import type { AnyRoute } from '../../http/route';
import { createElection } from './create-election';
import { deleteHoliday } from './delete-holiday';
import { getElection } from './get-election';
import { listElections } from './list-elections';
import { listHolidays } from './list-holidays';
import { updateElection } from './update-election';
import { upsertHolidays } from './upsert-holidays';

export const electionsRoutes: AnyRoute[] = [
  listElections,
  getElection,
  createElection,
  updateElection,
  listHolidays,
  upsertHolidays,
  deleteHoliday,
];
