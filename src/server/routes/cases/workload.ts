import { WorkloadResponse } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { getWorkload } from '../../cases/case-service';

export const caseWorkload = defineRoute({
  method: 'GET',
  path: '/api/cases/workload',
  operationId: 'caseWorkload',
  summary: 'Open, due-soon and overdue cases and unanswered forwardings per office in reach',
  tags: ['cases'],
  auth: 'officer',
  response: WorkloadResponse,
  errors: [],
  handler: async ({ deps, principal }) => getWorkload(deps, principal!),
});
