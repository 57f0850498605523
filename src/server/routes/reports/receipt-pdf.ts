import { z } from 'zod';
import { TrackRequest } from '../../../shared/api/reports';
import { normalizeTrackingCode } from '../../../domain/intake/tracking-code';
import { defineRoute } from '../../http/route';
import { receiptPdfFor } from '../../reports/public-service';

export const receiptPdf = defineRoute({
  method: 'POST',
  path: '/api/public/receipt',
  operationId: 'receiptPdf',
  summary: 'The PDF receipt (tanda terima) of a report or tip, by its tracking code',
  tags: ['intake'],
  auth: 'public',
  body: TrackRequest,
  response: z.unknown(),
  produces: 'application/pdf',
  errors: ['NOT_FOUND', 'RATE_LIMITED'],
  handler: async ({ body, reply, deps, actor, now }) => {
    const pdf = await receiptPdfFor(deps, actor, now, body.code);
    reply.header('cache-control', 'no-store');
    reply.header('content-disposition', `attachment; filename="tanda-terima-${normalizeTrackingCode(body.code)}.pdf"`);
    return pdf;
  },
});
