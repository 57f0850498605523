import { TrackResponse, WithdrawRequest } from '../../../shared/api/reports';
import { withdrawByReporter } from '../../cases/withdraw';
import { defineRoute } from '../../http/route';

export const withdraw = defineRoute({
  method: 'POST',
  path: '/api/public/withdraw',
  operationId: 'withdrawReport',
  summary: 'The reporter withdraws their report with the tracking code, before it is registered',
  tags: ['intake'],
  auth: 'public',
  body: WithdrawRequest,
  response: TrackResponse,
  errors: ['NOT_FOUND', 'RATE_LIMITED', 'INVALID_TRANSITION', 'PRECONDITION_FAILED'],
  handler: async ({ body, reply, deps, actor, now }) => {
    reply.header('cache-control', 'no-store');
    return withdrawByReporter(deps, actor, now, body.code, body.note);
  },
});
