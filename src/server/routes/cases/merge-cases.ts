import { CaseDetail, CaseParams, MergeRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { mergeCases } from '../../cases/case-service';

export const mergeCasesRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/merge',
  operationId: 'mergeCases',
  summary: 'Merges other cases (before registration) into this one; every reporter keeps standing',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: MergeRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND', 'INVALID_TRANSITION', 'PRECONDITION_FAILED'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    mergeCases(deps, actor, now, principal!, params.id, body),
});
