import { TotpVerifyRequest, TotpVerifyResponse } from '../../../shared/api/auth';
import { verifySecondFactor } from '../../auth/mfa-service';
import { setSessionCookie } from '../../auth/session';
import { defineRoute } from '../../http/route';

export const totpVerify = defineRoute({
  method: 'POST',
  path: '/api/auth/totp',
  operationId: 'verifyTotp',
  summary: 'Second factor: a TOTP code or a single-use recovery code; issues a new session token',
  tags: ['auth'],
  auth: 'partial',
  body: TotpVerifyRequest,
  response: TotpVerifyResponse,
  errors: ['INVALID_TOTP', 'RATE_LIMITED', 'CONFLICT'],
  handler: async ({ body, deps, actor, now, principal, reply }) => {
    const { token, next } = await verifySecondFactor(deps, actor, now, principal!, body);
    setSessionCookie(reply, deps.config, token);
    return { next };
  },
});
