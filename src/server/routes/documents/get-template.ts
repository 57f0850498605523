import { TemplateParams, TemplateView } from '../../../shared/api/cases';
import { getTemplate as getTemplateService } from '../../documents/template-service';
import { defineRoute } from '../../http/route';

export const getTemplate = defineRoute({
  method: 'GET',
  path: '/api/document-templates/:kind',
  operationId: 'getDocumentTemplate',
  summary: 'Templat dokumen resmi yang berlaku / the template in force for an official document (any officer)',
  tags: ['documents'],
  auth: 'officer',
  params: TemplateParams,
  response: TemplateView,
  handler: async ({ params, deps, reply }) => {
    reply.header('cache-control', 'no-store');
    return getTemplateService(deps.db, params.kind);
  },
});
