import { UserListQuery, UserPage } from '../../../shared/api/users';
import { defineRoute } from '../../http/route';
import { listUsers as listUsersService } from '../../users/service';

export const listUsers = defineRoute({
  method: 'GET',
  path: '/api/users',
  operationId: 'listUsers',
  summary: 'Officers within the caller’s reach, by username',
  tags: ['users'],
  auth: 'officer',
  query: UserListQuery,
  response: UserPage,
  errors: ['BAD_REQUEST', 'MFA_REQUIRED'],
  handler: ({ query, deps, principal }) => listUsersService(deps.db, query, principal!),
});
