import { z } from 'zod';
import { DocumentParams } from '../../../shared/api/cases';
import { openDocument } from '../../cases/document-service';
import { defineRoute } from '../../http/route';

export const downloadDocumentRoute = defineRoute({
  method: 'GET',
  path: '/api/cases/:id/documents/:documentId',
  operationId: 'downloadCaseDocument',
  summary: 'Download an issued document (PDF)',
  tags: ['cases'],
  auth: 'officer',
  params: DocumentParams,
  response: z.unknown(),
  produces: 'application/pdf',
  errors: ['NOT_FOUND'],
  handler: async ({ params, deps, principal, reply }) => {
    const { stream, filename, size } = await openDocument(deps, principal!, params.id, params.documentId);
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="${filename}"`);
    reply.header('content-length', String(size));
    reply.header('cache-control', 'private, no-store');
    reply.header('x-content-type-options', 'nosniff');
    return stream;
  },
});
