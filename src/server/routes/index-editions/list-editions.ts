import { EditionList } from '../../../shared/api/index-editions';
import { defineRoute } from '../../http/route';
import { listIndexEditions } from '../../index-editions/service';
import { PUBLIC_CACHE } from './cache';

export const listEditions = defineRoute({
  method: 'GET',
  path: '/api/index/editions',
  operationId: 'listIndexEditions',
  summary: 'Daftar edisi Indeks Kerawanan Pemilu / editions of the vulnerability index',
  tags: ['index'],
  auth: 'public',
  response: EditionList,
  handler: async ({ deps, reply }) => {
    reply.header('cache-control', PUBLIC_CACHE);
    return listIndexEditions(deps.db);
  },
});
