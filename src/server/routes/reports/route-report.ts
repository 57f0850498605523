import { ReportDetail, ReportParams, RouteRequest } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { rerouteReport } from '../../reports/officer-service';

export const routeReport = defineRoute({
  method: 'POST',
  path: '/api/reports/:id/route',
  operationId: 'routeReport',
  summary: 'Re-route an intake record to another Bawaslu office, with a reason',
  tags: ['intake'],
  auth: 'officer',
  params: ReportParams,
  body: RouteRequest,
  response: ReportDetail,
  errors: ['NOT_FOUND', 'OUT_OF_SCOPE', 'UNKNOWN_REGION'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    rerouteReport(deps, actor, now, principal!, params.id, body),
});
