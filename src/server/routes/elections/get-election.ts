import { ElectionDetail, ElectionParams } from '../../../shared/api/elections';
import { getElection as getElectionService } from '../../elections/service';
import { defineRoute } from '../../http/route';

export const getElection = defineRoute({
  method: 'GET',
  path: '/api/elections/:id',
  operationId: 'getElection',
  summary: 'Satu pemilihan dengan tahapan dan wilayahnya / one election with its stages and regions',
  tags: ['elections'],
  auth: 'public',
  params: ElectionParams,
  response: ElectionDetail,
  errors: ['NOT_FOUND'],
  handler: ({ deps, params }) => getElectionService(deps.db, params.id),
});
