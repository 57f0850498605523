import type { z } from 'zod';
import type { MessageKey, Translate } from '../shared/i18n';
import type { ApiError } from './api';

export type FieldErrors = Record<string, string>;

/** Field-specific messages for format errors (regex), keyed by the field's top-level name. */
export type FormatHints = Record<string, MessageKey>;

interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
}

function issueMessage(issue: IssueLike, t: Translate, hints: FormatHints): string {
  const field = String(issue.path[0] ?? '');
  switch (issue.code) {
    case 'too_small':
      return typeof issue.minimum === 'number' && issue.minimum > 1 ? t('field.tooShort', { min: issue.minimum }) : t('field.required');
    case 'too_big':
      return typeof issue.maximum === 'number' ? t('field.tooLong', { max: issue.maximum }) : t('field.invalid');
    case 'invalid_format': {
      const hint = hints[field];
      if (hint) return t(hint);
      return issue.format === 'email' ? t('field.email') : t('field.invalid');
    }
    case 'invalid_type':
      return t('field.required');
    default:
      return hints[field] ? t(hints[field]) : t('field.invalid');
  }
}

function collect(issues: readonly IssueLike[], t: Translate, hints: FormatHints): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_form');
    errors[field] ??= issueMessage(issue, t, hints);
  }
  return errors;
}

/**
 * Validates `value` with the same zod schema the server uses. Messages come from the catalogues
 * (by issue code), not from the schema, so they follow the chosen language.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  t: Translate,
  hints: FormatHints = {},
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: collect(result.error.issues, t, hints) };
}

/** Field errors from a server VALIDATION_FAILED answer. */
export function serverFieldErrors(err: ApiError, t: Translate, hints: FormatHints = {}): FieldErrors {
  return collect(err.issues, t, hints);
}

/** `setErrors(without('username'))`: clears one field's error once the user edits it. */
export function without(field: string): (errors: FieldErrors) => FieldErrors {
  return (errors) => {
    if (!(field in errors)) return errors;
    const { [field]: _removed, ...rest } = errors;
    return rest;
  };
}
