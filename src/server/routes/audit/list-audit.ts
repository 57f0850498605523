import { AuditListQuery, AuditPage } from '../../../shared/api/audit';
import { presentAuditEvent } from '../../audit/presenter';
import { listAuditEvents } from '../../audit/repository';
import { offsetOf, offsetPage } from '../../http/pagination';
import { defineRoute } from '../../http/route';
import { authorize } from '../../policies';

export const listAudit = defineRoute({
  method: 'GET',
  path: '/api/audit',
  operationId: 'listAuditEvents',
  summary: 'The audit trail, newest first, filterable by action, subject and actor',
  tags: ['audit'],
  auth: 'officer',
  query: AuditListQuery,
  response: AuditPage,
  errors: ['MFA_REQUIRED'],
  handler: async ({ query, deps, principal }) => {
    authorize(principal, 'audit.read');
    const offset = offsetOf(query.cursor);
    const { rows, total } = await listAuditEvents(deps.db, query, query.limit, offset);
    return offsetPage(rows.map(presentAuditEvent), total, offset, query.limit);
  },
});
