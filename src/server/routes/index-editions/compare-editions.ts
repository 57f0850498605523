import { EditionCompare, EditionCompareParams } from '../../../shared/api/index-editions';
import { defineRoute } from '../../http/route';
import { compareIndexEditions } from '../../index-editions/service';
import { PUBLIC_CACHE } from './cache';

export const compareEditions = defineRoute({
  method: 'GET',
  path: '/api/index/editions/:id/compare/:otherId',
  operationId: 'compareIndexEditions',
  summary: 'Wilayah yang berubah kategori antara dua edisi / regions whose category changed between two editions',
  tags: ['index'],
  auth: 'public',
  params: EditionCompareParams,
  response: EditionCompare,
  errors: ['NOT_FOUND', 'BAD_REQUEST'],
  handler: async ({ deps, params, reply }) => {
    const comparison = await compareIndexEditions(deps.db, params.id, params.otherId);
    reply.header('cache-control', PUBLIC_CACHE);
    return comparison;
  },
});
