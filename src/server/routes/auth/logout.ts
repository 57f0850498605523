import { z } from 'zod';
import { logout as logoutService } from '../../auth/login-service';
import { clearSessionCookie } from '../../auth/session';
import { defineRoute } from '../../http/route';

export const logout = defineRoute({
  method: 'POST',
  path: '/api/auth/logout',
  operationId: 'logout',
  summary: 'Sign out: deletes the session and clears the cookie',
  tags: ['auth'],
  auth: 'partial',
  status: 204,
  response: z.void(),
  handler: async ({ deps, actor, now, principal, reply }) => {
    await logoutService(deps.db, actor, now, principal!);
    clearSessionCookie(reply, deps.config);
  },
});
