import type { z } from 'zod';
import type { TemplateView } from '../../shared/api/cases';
import { placeholdersOf } from './render';
import type { CurrentTemplate } from './template-service';

/** A template as the API shows it, with the placeholders its kind may use. */
export function presentTemplate(t: CurrentTemplate): z.infer<typeof TemplateView> {
  return {
    kind: t.kind,
    version: t.version,
    title: t.title,
    body: t.body,
    placeholders: placeholdersOf(t.kind),
    updatedAt: t.updatedAt === null ? null : t.updatedAt.toISOString(),
  };
}
