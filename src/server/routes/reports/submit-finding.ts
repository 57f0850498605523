import { FindingSubmission, IntakeCreated } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { readSubmission } from '../../http/submission';
import { submitFinding as submit } from '../../reports/officer-service';

export const submitFinding = defineRoute({
  method: 'POST',
  path: '/api/findings',
  operationId: 'submitFinding',
  summary: "Record a supervisor's finding (temuan); the discovery date starts the clock",
  tags: ['intake'],
  auth: 'officer',
  status: 201,
  upload: FindingSubmission,
  response: IntakeCreated,
  errors: ['OUT_OF_SCOPE', 'CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'],
  handler: async ({ request, deps, actor, now, principal }) => {
    const sub = await readSubmission(request, deps, FindingSubmission, { arrays: ['acts'] });
    return submit(deps, actor, now, principal!, sub);
  },
});
