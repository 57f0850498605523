import { PasswordChangeRequest, PasswordChangeResponse } from '../../../shared/api/auth';
import { changePassword } from '../../auth/login-service';
import { defineRoute } from '../../http/route';

export const passwordChange = defineRoute({
  method: 'POST',
  path: '/api/auth/password',
  operationId: 'changePassword',
  summary: 'Change the password (after the second factor); ends the other sessions',
  tags: ['auth'],
  auth: 'partial',
  body: PasswordChangeRequest,
  response: PasswordChangeResponse,
  errors: ['MFA_REQUIRED', 'INVALID_CREDENTIALS', 'RATE_LIMITED'],
  handler: ({ body, deps, actor, now, principal }) => changePassword(deps.db, actor, now, principal!, body),
});
