import { ReportDetail, ReportParams } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { getReport as getReportService } from '../../reports/officer-service';

export const getReport = defineRoute({
  method: 'GET',
  path: '/api/reports/:id',
  operationId: 'getReport',
  summary: "One intake record, the reporter's identity masked",
  tags: ['intake'],
  auth: 'officer',
  params: ReportParams,
  response: ReportDetail,
  errors: ['NOT_FOUND', 'OUT_OF_SCOPE'],
  handler: async ({ params, deps, principal, reply }) => {
    reply.header('cache-control', 'no-store');
    return getReportService(deps, principal!, params.id);
  },
});
