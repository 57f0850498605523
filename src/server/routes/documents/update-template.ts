import { TemplateParams, TemplateUpdate, TemplateView } from '../../../shared/api/cases';
import { saveTemplate } from '../../documents/template-service';
import { defineRoute } from '../../http/route';

export const updateTemplate = defineRoute({
  method: 'PUT',
  path: '/api/document-templates/:kind',
  operationId: 'updateDocumentTemplate',
  summary: 'Simpan versi baru templat dokumen / save a new version of a document template (templates.manage)',
  tags: ['documents'],
  auth: 'officer',
  params: TemplateParams,
  body: TemplateUpdate,
  response: TemplateView,
  errors: ['CONFLICT'],
  handler: ({ params, body, deps, actor, now, principal }) =>
    saveTemplate(deps, actor, now, principal, params.kind, body),
});
