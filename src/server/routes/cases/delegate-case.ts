import { CaseDetail, CaseParams, DelegateRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { delegateCase } from '../../cases/case-service';

export const delegateCaseRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/delegate',
  operationId: 'delegateCase',
  summary: 'Delegates a case up to the province or down to one of its regencies',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: DelegateRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND', 'UNKNOWN_REGION', 'INVALID_TRANSITION', 'PRECONDITION_FAILED'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    delegateCase(deps, actor, now, principal!, params.id, body),
});
