import { TotpEnrollResponse } from '../../../shared/api/auth';
import { startTotpEnrollment } from '../../auth/mfa-service';
import { defineRoute } from '../../http/route';

export const totpEnroll = defineRoute({
  method: 'POST',
  path: '/api/auth/totp/enroll',
  operationId: 'enrollTotp',
  summary: 'Start TOTP enrolment: a new secret with its otpauth URI and QR code (SVG)',
  tags: ['auth'],
  auth: 'partial',
  response: TotpEnrollResponse,
  errors: ['CONFLICT'],
  handler: async ({ deps, actor, now, principal, reply }) => {
    // The secret is in this response: never cache it.
    reply.header('cache-control', 'no-store');
    return startTotpEnrollment(deps, actor, now, principal!);
  },
});
