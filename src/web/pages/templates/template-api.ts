import type { z } from 'zod';
import { TemplateView, type TemplateUpdate } from '../../../shared/api/cases';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/cases';
import { api } from '../../api';

export type Template = z.output<typeof TemplateView>;

const url = (kind: DocumentKind) => `/api/document-templates/${encodeURIComponent(kind)}`;

/** The template in force of every document kind, in the order of DOCUMENT_KINDS. */
export function loadTemplates(): Promise<Template[]> {
  return Promise.all(DOCUMENT_KINDS.map((kind) => api.get(url(kind), TemplateView)));
}

/** Saves a new version of a kind's template. */
export function saveTemplate(kind: DocumentKind, update: z.input<typeof TemplateUpdate>): Promise<Template> {
  return api.put(url(kind), TemplateView, update);
}
