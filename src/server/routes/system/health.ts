import { HealthResponse } from '../../../shared/api/common';
import { defineRoute } from '../../http/route';

export const health = defineRoute({
  method: 'GET',
  path: '/api/health',
  operationId: 'getHealth',
  summary: 'Liveness and database engine',
  tags: ['system'],
  auth: 'public',
  response: HealthResponse,
  handler: async ({ deps }) => {
    await deps.db.query('SELECT 1');
    return { status: 'ok' as const, database: deps.db.engine };
  },
});
