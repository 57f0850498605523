import { CaseListQuery, GakkumduPage } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { listGakkumdu } from '../../cases/gakkumdu-service';

export const listGakkumduRoute = defineRoute({
  method: 'GET',
  path: '/api/gakkumdu',
  operationId: 'listGakkumdu',
  summary: "Cases shared with the officer's Sentra Gakkumdu",
  tags: ['cases'],
  auth: 'officer',
  query: CaseListQuery,
  response: GakkumduPage,
  errors: [],
  handler: async ({ query, deps, principal }) => listGakkumdu(deps, principal!, query),
});
