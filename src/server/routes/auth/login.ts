import { LoginRequest, LoginResponse } from '../../../shared/api/auth';
import { login as loginService } from '../../auth/login-service';
import { hashToken, SESSION_COOKIE } from '../../auth/principal';
import { setSessionCookie } from '../../auth/session';
import { defineRoute } from '../../http/route';

export const login = defineRoute({
  method: 'POST',
  path: '/api/auth/login',
  operationId: 'login',
  summary: 'Sign in with username and password; starts a session that still owes the second factor',
  tags: ['auth'],
  auth: 'public',
  body: LoginRequest,
  response: LoginResponse,
  errors: ['INVALID_CREDENTIALS', 'RATE_LIMITED', 'ORIGIN_MISMATCH'],
  handler: async ({ body, deps, actor, now, request, reply }) => {
    const previous = request.cookies[SESSION_COOKIE];
    const previousHash = previous && previous.length <= 200 ? hashToken(previous) : null;
    const { token, next } = await loginService(deps.db, actor, now, body, previousHash);
    setSessionCookie(reply, deps.config, token);
    return { next };
  },
});
