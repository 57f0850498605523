import { IntakeCreated, WalkInSubmission } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { readSubmission } from '../../http/submission';
import { submitWalkIn as submit } from '../../reports/officer-service';

export const submitWalkIn = defineRoute({
  method: 'POST',
  path: '/api/reports/walk-in',
  operationId: 'submitWalkIn',
  summary: 'Record a walk-in report typed in by staff; answers with the tracking code for the reporter',
  tags: ['intake'],
  auth: 'officer',
  status: 201,
  upload: WalkInSubmission,
  response: IntakeCreated,
  errors: ['OUT_OF_SCOPE', 'CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'],
  handler: async ({ request, reply, deps, actor, now, principal }) => {
    reply.header('cache-control', 'no-store');
    const sub = await readSubmission(request, deps, WalkInSubmission, { arrays: ['acts'] });
    return submit(deps, actor, now, principal!, sub);
  },
});
