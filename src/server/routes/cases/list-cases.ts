import { CaseListQuery, CasePage } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { listCaseInbox } from '../../cases/case-service';

export const listCasesRoute = defineRoute({
  method: 'GET',
  path: '/api/cases',
  operationId: 'listCases',
  summary: "The office's case inbox: open cases by nearest deadline, with filters",
  tags: ['cases'],
  auth: 'officer',
  query: CaseListQuery,
  response: CasePage,
  errors: ['OUT_OF_SCOPE'],
  handler: async ({ query, deps, principal }) => listCaseInbox(deps, principal!, query),
});
