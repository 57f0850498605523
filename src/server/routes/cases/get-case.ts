import { CaseDetail, CaseParams } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { getCase } from '../../cases/case-service';

export const getCaseRoute = defineRoute({
  method: 'GET',
  path: '/api/cases/:id',
  operationId: 'getCase',
  summary: 'The case page: timeline, deadlines with their rules, parties, forwardings, documents, allowed actions',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  response: CaseDetail,
  errors: ['NOT_FOUND'],
  handler: async ({ params, deps, principal }) => getCase(deps, principal!, params.id),
});
