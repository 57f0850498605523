import { fieldNameOf } from '../../shared/form-data';
import type { Lang } from '../../shared/i18n';
import { localize, type PageI18n } from './i18n';

/** An issue as the API reports it (`details.issues` of VALIDATION_FAILED). */
export interface IssueLike {
  path: readonly (string | number)[];
  code: string;
  message: string;
}

/** Field name → the message shown next to it. Insertion order is the order of the summary. */
export type FieldErrors = Map<string, string>;

/** The element id of a field: `parties[0].name` → `f-parties-0-name`. */
export function fieldId(name: string): string {
  return 'f-' + name.replace(/\[(\d+)\]/g, '-$1').replace(/[^A-Za-z0-9-]+/g, '-');
}

/**
 * The field an issue belongs to: its own name when the form has it, else the nearest enclosing
 * name the form has (`links[3]` → `links`, `parties` → the parties fieldset), else `_form`.
 */
export function fieldForIssue(path: readonly (string | number)[], known: ReadonlySet<string>): string {
  for (let n = path.length; n > 0; n -= 1) {
    const name = fieldNameOf(path.slice(0, n));
    if (known.has(name)) return name;
  }
  return '_form';
}

/** The message for an issue in the page's language: by issue code where the schema gave none of its own. */
export function issueMessage(issue: IssueLike, i18n: Pick<PageI18n, 't'> & { lang: Lang }): string {
  // A field left empty is absent after nestFormFields, which zod reports as a wrong type.
  if (issue.code === 'invalid_type') return i18n.t('field.required');
  if (issue.code === 'invalid_value') return i18n.t('field.choose');
  // Our schemas write 'Bahasa Indonesia / English'; zod's own defaults are English only.
  return issue.message.includes(' / ') ? localize(issue.message, i18n.lang) : i18n.t('field.invalid');
}

/** Issues → one message per field (the first issue of each field wins). */
export function fieldErrors(
  issues: readonly IssueLike[],
  known: ReadonlySet<string>,
  i18n: Pick<PageI18n, 't'> & { lang: Lang },
): FieldErrors {
  const out: FieldErrors = new Map();
  for (const issue of issues) {
    const field = fieldForIssue(issue.path, known);
    if (!out.has(field)) out.set(field, issueMessage(issue, i18n));
  }
  return out;
}

/** `details.issues` of an AppError, when well-formed. */
export function issuesOf(details: unknown): IssueLike[] {
  if (!details || typeof details !== 'object') return [];
  const issues = (details as { issues?: unknown }).issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is IssueLike =>
      !!i &&
      typeof i === 'object' &&
      Array.isArray((i as IssueLike).path) &&
      typeof (i as IssueLike).code === 'string' &&
      typeof (i as IssueLike).message === 'string',
  );
}
