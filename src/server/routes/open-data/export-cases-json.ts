import { OpenCasesJson, OpenCasesQuery } from '../../../shared/api/open-data';
import { defineRoute } from '../../http/route';
import { openCasesJson } from '../../open-data/service';
import { OPEN_DATA_CACHE } from './cache';

export const exportCasesJson = defineRoute({
  method: 'GET',
  path: '/api/open/cases.json',
  operationId: 'exportOpenCasesJson',
  summary:
    'Data terbuka kasus (JSON, dialirkan) / open data of cases as JSON, streamed: one array of OpenCaseRow ' +
    '(src/shared/api/open-data.ts), one row per line; no personal data, places at regency level; ?from, ?to ' +
    '(received date, inclusive) and ?province filter',
  tags: ['open-data'],
  auth: 'public',
  query: OpenCasesQuery,
  // Documents the rows; the handler streams them (a truncated body means the export failed midway).
  response: OpenCasesJson,
  produces: 'application/json',
  handler: async ({ deps, query, reply }) => {
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('cache-control', OPEN_DATA_CACHE);
    reply.header('x-content-type-options', 'nosniff');
    return openCasesJson(deps.db, query) as never;
  },
});
