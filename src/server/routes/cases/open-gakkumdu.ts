import { CaseDetail, CaseParams, GakkumduOpenRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { openGakkumdu } from '../../cases/gakkumdu-service';

export const openGakkumduRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/gakkumdu',
  operationId: 'openGakkumdu',
  summary: 'Shares the case with the Sentra Gakkumdu of its office (suspected crime)',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: GakkumduOpenRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND', 'CONFLICT', 'INVALID_TRANSITION'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    openGakkumdu(deps, actor, now, principal!, params.id, body),
});
