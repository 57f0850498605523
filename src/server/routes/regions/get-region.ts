import { RegionDetail, RegionParams } from '../../../shared/api/regions';
import { defineRoute } from '../../http/route';
import { getRegion as getRegionService } from '../../regions/service';

export const getRegion = defineRoute({
  method: 'GET',
  path: '/api/regions/:code',
  operationId: 'getRegion',
  summary: 'Satu wilayah dengan induknya / one region with its ancestors',
  tags: ['regions'],
  auth: 'public',
  params: RegionParams,
  response: RegionDetail,
  errors: ['NOT_FOUND'],
  handler: ({ deps, params }) => getRegionService(deps.db, params.code),
});
