import { ReportListQuery, ReportPage } from '../../../shared/api/reports';
import { defineRoute } from '../../http/route';
import { listInbox } from '../../reports/officer-service';

export const listReports = defineRoute({
  method: 'GET',
  path: '/api/reports',
  operationId: 'listReports',
  summary: "The inbox: reports, tips and findings in the officer's region, newest first, with their requirement result",
  tags: ['intake'],
  auth: 'officer',
  query: ReportListQuery,
  response: ReportPage,
  errors: ['OUT_OF_SCOPE'],
  handler: async ({ query, deps, principal }) => listInbox(deps, principal!, query),
});
