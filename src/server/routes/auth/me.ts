import { MeResponse } from '../../../shared/api/auth';
import { nextStep } from '../../auth/login-service';
import { authRequired } from '../../http/errors';
import { defineRoute } from '../../http/route';
import { abilities } from '../../policies';
import { presentScope } from '../../users/presenter';
import { findUserById } from '../../users/repository';

export const me = defineRoute({
  method: 'GET',
  path: '/api/me',
  operationId: 'getMe',
  summary: 'The signed-in officer, the next login step and the allowed actions',
  tags: ['auth'],
  auth: 'partial',
  response: MeResponse,
  handler: async ({ deps, principal }) => {
    const p = principal!;
    const row = await findUserById(deps.db, p.userId);
    if (!row) throw authRequired();
    return {
      user: {
        id: p.userId,
        username: p.username,
        displayName: p.displayName,
        role: p.role,
        scope: presentScope(row),
        totpEnabled: p.totpEnabled,
      },
      session: { next: nextStep(p) },
      abilities: abilities(p),
    };
  },
});
