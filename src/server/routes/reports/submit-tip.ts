import { SubmissionReceipt, TipSubmission } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { readSubmission } from '../../http/submission';
import { submitTip as submitTipService, takeSubmitSlot } from '../../reports/public-service';

export const submitTip = defineRoute({
  method: 'POST',
  path: '/api/public/tips',
  operationId: 'submitTip',
  summary: 'Send an anonymous tip (informasi awal): no identity; answers with a receipt code',
  tags: ['intake'],
  auth: 'public',
  status: 201,
  upload: TipSubmission,
  response: SubmissionReceipt,
  errors: ['CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST', 'RATE_LIMITED'],
  handler: async ({ request, reply, deps, actor, now }) => {
    reply.header('cache-control', 'no-store');
    await takeSubmitSlot(deps, actor, now);
    const sub = await readSubmission(request, deps, TipSubmission);
    return submitTipService(deps, actor, now, sub);
  },
});
