import { ReportParams, RevealRequest, RevealResponse } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { revealIdentity as reveal } from '../../reports/officer-service';

export const revealIdentity = defineRoute({
  method: 'POST',
  path: '/api/reports/:id/reveal',
  operationId: 'revealIdentity',
  summary:
    "Reveal the reporter's identity and the witnesses (officers of the handling office; audited with the reason)",
  tags: ['intake'],
  auth: 'officer',
  params: ReportParams,
  body: RevealRequest,
  response: RevealResponse,
  errors: ['NOT_FOUND', 'OUT_OF_SCOPE', 'CONFLICT'],
  handler: async ({ params, body, deps, actor, now, principal, reply }) => {
    reply.header('cache-control', 'no-store');
    return reveal(deps, actor, now, principal!, params.id, body.reason);
  },
});
