import { CreateUserRequest, CreateUserResponse } from '../../../shared/api/users';
import { defineRoute } from '../../http/route';
import { createUser as createUserService } from '../../users/service';

export const createUser = defineRoute({
  method: 'POST',
  path: '/api/users',
  operationId: 'createUser',
  summary: 'Create an officer with a one-time password (shown once; changed at first sign-in)',
  tags: ['users'],
  auth: 'officer',
  status: 201,
  body: CreateUserRequest,
  response: CreateUserResponse,
  errors: ['UNKNOWN_REGION', 'CONFLICT', 'OUT_OF_SCOPE', 'MFA_REQUIRED'],
  handler: async ({ body, deps, actor, now, principal, reply }) => {
    reply.header('cache-control', 'no-store');
    return createUserService(deps.db, actor, now, body, principal!);
  },
});
