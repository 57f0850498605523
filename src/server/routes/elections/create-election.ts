import { ElectionCreate, ElectionDetail } from '../../../shared/api/elections';
import { authorize } from '../../policies';
import { createElection as createElectionService } from '../../elections/service';
import { defineRoute } from '../../http/route';

export const createElection = defineRoute({
  method: 'POST',
  path: '/api/elections',
  operationId: 'createElection',
  summary: 'Catat pemilihan / record an election',
  tags: ['elections'],
  auth: 'officer',
  body: ElectionCreate,
  status: 201,
  response: ElectionDetail,
  errors: ['UNKNOWN_REGION', 'CONFLICT'],
  handler: ({ deps, principal, actor, now, body }) => {
    authorize(principal, 'elections.manage');
    return createElectionService(deps.db, actor, now, body);
  },
});
