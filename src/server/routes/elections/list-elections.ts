import { ElectionListQuery, ElectionPage } from '../../../shared/api/elections';
import { listElections as listElectionsService } from '../../elections/service';
import { defineRoute } from '../../http/route';

export const listElections = defineRoute({
  method: 'GET',
  path: '/api/elections',
  operationId: 'listElections',
  summary: 'Daftar pemilihan / list elections (by regime, or held in a region)',
  tags: ['elections'],
  auth: 'public',
  query: ElectionListQuery,
  response: ElectionPage,
  errors: ['UNKNOWN_REGION'],
  handler: ({ deps, query }) => listElectionsService(deps.db, query),
});
