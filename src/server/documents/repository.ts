import type { DocumentKind } from '../../shared/cases';
import type { Queryable } from '../db/db';

/** One saved version of a document template (version 0, the built-in default, is never stored). */
export interface TemplateRow {
  kind: DocumentKind;
  version: number;
  title: string;
  body: string;
  updated_by: string | null;
  updated_at: Date;
}

const COLUMNS = 'kind, version, title, body, updated_by, updated_at';

export async function findLatestTemplate(db: Queryable, kind: DocumentKind): Promise<TemplateRow | null> {
  const { rows } = await db.query<TemplateRow>(
    `SELECT ${COLUMNS} FROM document_templates WHERE kind = $1 ORDER BY version DESC LIMIT 1`,
    [kind],
  );
  return rows[0] ?? null;
}

/**
 * Stores the next version of `kind` (the latest + 1, or 1). Two admins saving at once compute the
 * same number: the second insert fails on the primary key (unique violation) and rolls back.
 */
export async function insertTemplateVersion(
  tx: Queryable,
  input: { kind: DocumentKind; title: string; body: string; updatedBy: string | null; now: Date },
): Promise<TemplateRow> {
  const { rows } = await tx.query<TemplateRow>(
    `INSERT INTO document_templates (kind, version, title, body, updated_by, updated_at)
     SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5 FROM document_templates WHERE kind = $1
     RETURNING ${COLUMNS}`,
    [input.kind, input.title, input.body, input.updatedBy, input.now],
  );
  return rows[0]!;
}
