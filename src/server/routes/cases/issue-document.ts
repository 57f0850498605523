import { CaseDocumentView, CaseParams, DocumentRequest } from '../../../shared/api/cases';
import { defineRoute } from '../../http/route';
import { issueDocument } from '../../cases/document-service';

export const issueDocumentRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:id/documents',
  operationId: 'issueCaseDocument',
  summary: 'Issues a numbered official document (PDF) for the case; its hash goes into the audit trail',
  tags: ['cases'],
  auth: 'officer',
  params: CaseParams,
  body: DocumentRequest,
  response: CaseDocumentView,
  status: 201,
  errors: ['NOT_FOUND'],
  handler: async ({ params, body, deps, actor, now, principal }) =>
    issueDocument(deps, actor, now, principal!, params.id, body),
});
