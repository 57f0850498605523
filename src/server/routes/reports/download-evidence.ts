import { z } from 'zod';
import { EvidenceParams } from '../../../shared/api/reports';
import { extensionFor } from '../../evidence/media-types';
import { defineRoute } from '../../http/route';
import { openEvidence } from '../../reports/officer-service';

export const downloadEvidence = defineRoute({
  method: 'GET',
  path: '/api/reports/:id/evidence/:evidenceId',
  operationId: 'downloadEvidence',
  summary: 'Download one evidence file, as an attachment (each access audited)',
  tags: ['intake'],
  auth: 'officer',
  params: EvidenceParams,
  response: z.unknown(),
  produces: 'application/octet-stream',
  errors: ['NOT_FOUND', 'OUT_OF_SCOPE'],
  handler: async ({ params, deps, actor, now, principal, reply }) => {
    const { evidence, stream, size } = await openEvidence(deps, actor, now, principal!, params.id, params.evidenceId);
    const ascii = `bukti-${evidence.position + 1}.${extensionFor(evidence.media_type)}`;
    reply.header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(evidence.filename)}`,
    );
    reply.header('content-length', String(size));
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    return stream;
  },
});
