import { ResetCredentialsResponse, UserParams } from '../../../shared/api/users';
import { defineRoute } from '../../http/route';
import { resetCredentials } from '../../users/credentials-service';

export const resetUser = defineRoute({
  method: 'POST',
  path: '/api/users/:id/reset-credentials',
  operationId: 'resetUserCredentials',
  summary: 'New one-time password, TOTP removed, sessions ended (lost password or authenticator)',
  tags: ['users'],
  auth: 'officer',
  params: UserParams,
  response: ResetCredentialsResponse,
  errors: ['NOT_FOUND', 'OUT_OF_SCOPE', 'BAD_REQUEST', 'MFA_REQUIRED'],
  handler: ({ params, deps, actor, now, principal }) => resetCredentials(deps.db, actor, now, params.id, principal!),
});
