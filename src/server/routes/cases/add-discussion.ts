import { CaseDetail, CaseParams, GakkumduDiscussionRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { addDiscussion } from '../../cases/gakkumdu-service';

export const addDiscussionRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/gakkumdu/discussions',
  operationId: 'addGakkumduDiscussion',
  summary: 'Records the minutes of a Sentra Gakkumdu discussion',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: GakkumduDiscussionRequest,
  response: CaseDetail,
  errors: ['NOT_FOUND'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    addDiscussion(deps, actor, now, principal!, params.id, body),
});
