import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { buildOpenApi } from '../../http/openapi';
import { allRoutes } from '../index';

export const openapiJson = defineRoute({
  method: 'GET',
  path: '/api/openapi.json',
  operationId: 'getOpenApi',
  summary: 'This API described as OpenAPI 3.1',
  tags: ['system'],
  auth: 'public',
  response: z.record(z.string(), z.unknown()),
  handler: async () => buildOpenApi(allRoutes()),
});
