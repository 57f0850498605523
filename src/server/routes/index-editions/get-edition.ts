import { EditionDetail, EditionParams } from '../../../shared/api/index-editions';
import { defineRoute } from '../../http/route';
import { getIndexEdition } from '../../index-editions/service';
import { PUBLIC_CACHE } from './cache';

export const getEdition = defineRoute({
  method: 'GET',
  path: '/api/index/editions/:id',
  operationId: 'getIndexEdition',
  summary: 'Skor per wilayah satu edisi / one edition with its scores per region',
  tags: ['index'],
  auth: 'public',
  params: EditionParams,
  response: EditionDetail,
  errors: ['NOT_FOUND'],
  handler: async ({ deps, params, reply }) => {
    const edition = await getIndexEdition(deps.db, params.id);
    reply.header('cache-control', PUBLIC_CACHE);
    return edition;
  },
});
