import { CaseDetail, CaseParams, ForwardRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { forwardCase } from '../../cases/forwarding-service';

export const forwardCaseRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/forwardings',
  operationId: 'forwardCase',
  summary: 'Forwards a decided category of a reported party to the receiving body (default from the routing rules)',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: ForwardRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND', 'INVALID_TRANSITION', 'PRECONDITION_FAILED'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    forwardCase(deps, actor, now, principal!, params.id, body),
});
