import { CaseDetail, CaseParams, TransitionRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { transitionCase } from '../../cases/case-service';

export const transitionCaseRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/transitions',
  operationId: 'transitionCase',
  summary: 'Runs one command of the procedure (409 with the allowed next steps when it does not apply)',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: TransitionRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND', 'INVALID_TRANSITION', 'PRECONDITION_FAILED'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    transitionCase(deps, actor, now, principal!, params.id, body),
});
