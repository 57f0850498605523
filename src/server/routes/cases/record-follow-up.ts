import { FollowUpRequest, ForwardingParams, ForwardingView } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { recordFollowUp } from '../../cases/forwarding-service';

export const recordFollowUpRoute = defineRoute({
  method: 'POST',
  path: '/api/forwardings/:id/follow-ups',
  operationId: 'recordFollowUp',
  summary: "Records the receiving body's follow-up and the sanction imposed",
  tags: ['cases'],
  auth: 'officer',
  params: ForwardingParams,
  body: FollowUpRequest,
  response: ForwardingView,
  errors: ['NOT_FOUND', 'INVALID_TRANSITION', 'PRECONDITION_FAILED'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    recordFollowUp(deps, actor, now, principal!, params.id, body),
});
