import { UserParams, UserView } from '../../../shared/api/users';
import { defineRoute } from '../../http/route';
import { setUserDisabled } from '../../users/service';

export const disableUser = defineRoute({
  method: 'POST',
  path: '/api/users/:id/disable',
  operationId: 'disableUser',
  summary: 'Disable an officer and end all their sessions',
  tags: ['users'],
  auth: 'officer',
  params: UserParams,
  response: UserView,
  errors: ['NOT_FOUND', 'OUT_OF_SCOPE', 'BAD_REQUEST', 'MFA_REQUIRED'],
  handler: ({ params, deps, actor, now, principal }) =>
    setUserDisabled(deps.db, actor, now, params.id, principal!, true),
});
