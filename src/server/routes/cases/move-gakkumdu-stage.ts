import { CaseDetail, CaseParams, GakkumduStepRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { moveGakkumduStage } from '../../cases/gakkumdu-service';

export const moveGakkumduStageRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/gakkumdu/steps',
  operationId: 'moveGakkumduStage',
  summary: 'Moves the criminal track to a stage and starts its deadline',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: GakkumduStepRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    moveGakkumduStage(deps, actor, now, principal!, params.id, body),
});
