import { ElectionDetail, ElectionParams, ElectionUpdate } from '../../../shared/api/elections';
import { authorize } from '../../policies';
import { updateElection as updateElectionService } from '../../elections/service';
import { defineRoute } from '../../http/route';

export const updateElection = defineRoute({
  method: 'PATCH',
  path: '/api/elections/:id',
  operationId: 'updateElection',
  summary: 'Ubah pemilihan / change an election (stages and regions replace the whole list)',
  tags: ['elections'],
  auth: 'officer',
  params: ElectionParams,
  body: ElectionUpdate,
  response: ElectionDetail,
  errors: ['NOT_FOUND', 'UNKNOWN_REGION'],
  handler: ({ deps, principal, actor, now, params, body }) => {
    authorize(principal, 'elections.manage');
    return updateElectionService(deps.db, actor, now, params.id, body);
  },
});
