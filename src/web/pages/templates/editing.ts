import { ApiError } from '../../api';
import { serverFieldErrors, type FieldErrors } from '../../forms';
import type { Translate } from '../../../shared/i18n';

/** `text` put in place of `value`'s selection `start`–`end`, and the caret just after it. */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const from = Math.max(0, Math.min(start, end, value.length));
  const to = Math.min(value.length, Math.max(start, end, from));
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}

/** The `placeholder` an issue names (`unknown_placeholder` issues of PUT /api/document-templates/:kind). */
function placeholderOf(issue: object): string | null {
  return 'placeholder' in issue && typeof issue.placeholder === 'string' ? issue.placeholder : null;
}

/**
 * Field errors of a refused save: the unknown placeholders of each field, named (`{{tidak_ada}}`),
 * and the schema's own issues (too short, too long) as every form shows them.
 */
export function templateFieldErrors(err: unknown, t: Translate): FieldErrors {
  if (!(err instanceof ApiError)) return {};
  const unknown = new Map<string, string[]>();
  for (const issue of err.issues) {
    const name = issue.code === 'unknown_placeholder' ? placeholderOf(issue) : null;
    const field = String(issue.path[0] ?? '');
    if (name === null || !field) continue;
    const names = unknown.get(field) ?? [];
    if (!names.includes(name)) names.push(name);
    unknown.set(field, names);
  }
  const errors = serverFieldErrors(
    new ApiError(err.code, err.status, err.message, {
      issues: err.issues.filter((i) => i.code !== 'unknown_placeholder'),
    }),
    t,
  );
  for (const [field, names] of unknown)
    errors[field] = t('templates.unknownPlaceholder', { names: names.map((n) => `{{${n}}}`).join(', ') });
  return errors;
}
