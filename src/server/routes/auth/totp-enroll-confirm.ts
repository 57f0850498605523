import { TotpEnrollConfirmRequest, TotpEnrollConfirmResponse } from '../../../shared/api/auth';
import { confirmTotpEnrollment } from '../../auth/mfa-service';
import { setSessionCookie } from '../../auth/session';
import { defineRoute } from '../../http/route';

export const totpEnrollConfirm = defineRoute({
  method: 'POST',
  path: '/api/auth/totp/enroll/confirm',
  operationId: 'confirmTotpEnrollment',
  summary: 'Confirm TOTP enrolment with a code; returns the recovery codes once and a new session token',
  tags: ['auth'],
  auth: 'partial',
  body: TotpEnrollConfirmRequest,
  response: TotpEnrollConfirmResponse,
  errors: ['INVALID_TOTP', 'RATE_LIMITED', 'CONFLICT'],
  handler: async ({ body, deps, actor, now, principal, reply }) => {
    const { token, recoveryCodes, next } = await confirmTotpEnrollment(deps, actor, now, principal!, body.code);
    setSessionCookie(reply, deps.config, token);
    reply.header('cache-control', 'no-store');
    return { recoveryCodes, next };
  },
});
