import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { TemplateUpdate, TemplateView } from '../../shared/api/cases';
import type { DocumentKind } from '../../shared/cases';
import { mutate, type Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { PG, pgErrorCode, type Database, type Queryable } from '../db/db';
import { AppError, conflict } from '../http/errors';
import { authorize } from '../policies';
import { DEFAULT_TEMPLATES } from './defaults';
import { presentTemplate } from './presenter';
import { unknownPlaceholders } from './render';
import { findLatestTemplate, insertTemplateVersion } from './repository';

/** The template in force for a kind: the latest saved version, or the built-in default (version 0). */
export interface CurrentTemplate {
  kind: DocumentKind;
  version: number;
  title: string;
  body: string;
  /** Null for the built-in default. */
  updatedAt: Date | null;
}

export async function currentTemplate(db: Queryable, kind: DocumentKind): Promise<CurrentTemplate> {
  const row = await findLatestTemplate(db, kind);
  if (row) return { kind, version: row.version, title: row.title, body: row.body, updatedAt: row.updated_at };
  return { kind, version: 0, ...DEFAULT_TEMPLATES[kind], updatedAt: null };
}

export async function getTemplate(db: Queryable, kind: DocumentKind): Promise<z.infer<typeof TemplateView>> {
  return presentTemplate(await currentTemplate(db, kind));
}

/** 400 VALIDATION_FAILED naming every placeholder the kind does not know, per field. */
function checkPlaceholders(kind: DocumentKind, input: z.infer<typeof TemplateUpdate>): void {
  const issues = (['title', 'body'] as const).flatMap((field) =>
    unknownPlaceholders(kind, input[field]).map((name) => ({
      path: [field],
      code: 'unknown_placeholder',
      message: `Isian tidak dikenal / Unknown placeholder: {{${name}}}`,
      placeholder: name,
    })),
  );
  if (issues.length === 0) return;
  const names = [...new Set(issues.map((i) => `{{${i.placeholder}}}`))].join(', ');
  throw new AppError('VALIDATION_FAILED', `Isian templat tidak dikenal / Unknown template placeholders: ${names}`, {
    in: 'body',
    issues,
  });
}

/**
 * Saves a new version of a kind's template (admins: `templates.manage`). Documents issued before
 * keep the version they were made with (case_documents.template_version).
 */
export async function saveTemplate(
  deps: { db: Database },
  actor: Actor,
  now: Date,
  principal: Principal | null,
  kind: DocumentKind,
  input: z.infer<typeof TemplateUpdate>,
): Promise<z.infer<typeof TemplateView>> {
  authorize(principal, 'templates.manage');
  checkPlaceholders(kind, input);
  return mutate(deps.db, actor, now, async (tx) => {
    let row;
    try {
      row = await insertTemplateVersion(tx, { kind, ...input, updatedBy: principal.userId, now });
    } catch (err) {
      if (pgErrorCode(err) !== PG.UNIQUE_VIOLATION) throw err;
      throw conflict(
        'Templat baru saja diubah; muat ulang lalu coba lagi / The template just changed; reload and retry',
      );
    }
    const bodySha256 = createHash('sha256').update(input.body).digest('hex');
    return {
      result: presentTemplate({
        kind,
        version: row.version,
        title: row.title,
        body: row.body,
        updatedAt: row.updated_at,
      }),
      audit: {
        action: 'document_template.updated',
        subjectType: 'document_template',
        subjectId: kind,
        data: { version: row.version, title: input.title, bodySha256 },
      },
    };
  });
}
