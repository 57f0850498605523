import { TrackRequest, TrackResponse } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { trackReport } from '../../reports/public-service';

export const track = defineRoute({
  method: 'POST',
  path: '/api/public/track',
  operationId: 'trackReport',
  summary: 'The status of a report or tip by its tracking code (POST keeps the code out of URLs and logs)',
  tags: ['intake'],
  auth: 'public',
  body: TrackRequest,
  response: TrackResponse,
  errors: ['NOT_FOUND', 'RATE_LIMITED'],
  handler: async ({ body, reply, deps, actor, now }) => {
    reply.header('cache-control', 'no-store');
    return trackReport(deps, actor, now, body.code);
  },
});
