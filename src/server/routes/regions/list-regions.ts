import { RegionListQuery, RegionPage } from '../../../shared/api/regions';
import { defineRoute } from '../../http/route';
import { searchRegions } from '../../regions/service';

export const listRegions = defineRoute({
  method: 'GET',
  path: '/api/regions',
  operationId: 'listRegions',
  summary: 'Daftar dan cari wilayah / list and search regions (level, parent, within, q combine)',
  tags: ['regions'],
  auth: 'public',
  query: RegionListQuery,
  response: RegionPage,
  errors: ['UNKNOWN_REGION'],
  handler: ({ deps, query }) => searchRegions(deps.db, query),
});
