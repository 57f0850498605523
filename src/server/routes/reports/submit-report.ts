import { ReportSubmission, SubmissionReceipt } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { readSubmission } from '../../http/submission';
import { submitPublicReport, takeSubmitSlot } from '../../reports/public-service';

export const submitReport = defineRoute({
  method: 'POST',
  path: '/api/public/reports',
  operationId: 'submitReport',
  summary: 'File a public report (laporan) with evidence; answers with the tracking code once committed',
  tags: ['intake'],
  auth: 'public',
  status: 201,
  upload: ReportSubmission,
  response: SubmissionReceipt,
  errors: ['CONFLICT', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST', 'RATE_LIMITED'],
  handler: async ({ request, reply, deps, actor, now }) => {
    reply.header('cache-control', 'no-store');
    await takeSubmitSlot(deps, actor, now);
    const sub = await readSubmission(request, deps, ReportSubmission, { arrays: ['acts'] });
    return submitPublicReport(deps, actor, now, sub);
  },
});
