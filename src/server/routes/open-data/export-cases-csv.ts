import { z } from 'zod';
import { OpenCasesQuery } from '../../../shared/api/open-data';
import { defineRoute } from '../../http/route';
import { openCasesCsv } from '../../open-data/service';
import { OPEN_DATA_CACHE } from './cache';

export const exportCasesCsv = defineRoute({
  method: 'GET',
  path: '/api/open/cases.csv',
  operationId: 'exportOpenCasesCsv',
  summary:
    'Data terbuka kasus (CSV, dialirkan) / open data of cases as CSV, streamed: RFC 4180, header row, UTF-8 ' +
    'without BOM, arrays joined with "|"; no personal data, places at regency level; columns as OpenCaseRow ' +
    '(src/shared/api/open-data.ts); ?from, ?to (received date, inclusive) and ?province filter',
  tags: ['open-data'],
  auth: 'public',
  query: OpenCasesQuery,
  response: z.unknown(),
  produces: 'text/csv',
  handler: async ({ deps, query, reply }) => {
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', 'attachment; filename="netra-kasus.csv"');
    reply.header('cache-control', OPEN_DATA_CACHE);
    reply.header('x-content-type-options', 'nosniff');
    return openCasesCsv(deps.db, query);
  },
});
