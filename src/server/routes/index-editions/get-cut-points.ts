import { CutPointsQuery, CutPointsResponse } from '../../../shared/api/index-editions';
import { defineRoute } from '../../http/route';
import { indexCutPoints } from '../../index-editions/service';
import { PUBLIC_CACHE } from './cache';

export const getCutPoints = defineRoute({
  method: 'GET',
  path: '/api/index/cut-points',
  operationId: 'getIndexCutPoints',
  summary: 'Batas kategori kerawanan yang berlaku / category cut points in force, per level',
  tags: ['index'],
  auth: 'public',
  query: CutPointsQuery,
  response: CutPointsResponse,
  handler: async ({ deps, query, now, reply }) => {
    reply.header('cache-control', PUBLIC_CACHE);
    return indexCutPoints(deps.db, now, query.on);
  },
});
