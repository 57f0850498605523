import { useState, type ChangeEvent, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import type { z } from 'zod';
import type { Lang, MessageKey, Translate } from '../shared/i18n';
import { ApiError } from './api';

export type FieldErrors = Record<string, string>;

/** The outcome of checking a form: the data to send, or messages keyed by field. */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Field-specific messages for format errors (regex), keyed by the field's top-level name. */
export type FormatHints = Record<string, MessageKey>;

interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: unknown;
  origin?: unknown;
}

function issueMessage(issue: IssueLike, t: Translate, hints: FormatHints): string {
  const field = String(issue.path[0] ?? '');
  switch (issue.code) {
    case 'too_small':
      return typeof issue.minimum === 'number' && issue.minimum > 1
        ? t('field.tooShort', { min: issue.minimum })
        : t('field.required');
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

/** Checks a value with a zod schema; `hints` give field-specific messages (see `FormatHints`). */
export type Validator = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  t: Translate,
  hints?: FormatHints,
) => Checked<z.output<S>>;

/** A `Validator` whose failures become field messages by `collectErrors`. */
function validator(
  collectErrors: (issues: readonly IssueLike[], t: Translate, hints: FormatHints) => FieldErrors,
): Validator {
  return (schema, value, t, hints = {}) => {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, data: result.data };
    return { ok: false, errors: collectErrors(result.error.issues, t, hints) };
  };
}

/**
 * Validates `value` with the same zod schema the server uses. Messages come from the catalogues
 * (by issue code), not from the schema, so they follow the chosen language.
 */
export const validate: Validator = validator(collect);

/** A nested field's key: its path joined with dots (`parties.0.name`, `reporter.nik`). */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '_form';
}

/** The hint pattern of a path: indices become `*` (`parties.*.identityNumber`). */
function hintPattern(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
}

/**
 * `validate` for nested forms: errors keyed by the whole path (`fieldKey`), hints by path pattern
 * (`parties.*.name`). A hint replaces every message of its field (empty, invalid, refused) except
 * length limits, so it should say what a valid value looks like.
 */
export const validateNested: Validator = validator((issues, t, hints) => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const hint = hints[hintPattern(issue.path)];
    const limit =
      issue.code === 'too_big' ||
      (issue.code === 'too_small' && typeof issue.minimum === 'number' && issue.minimum > 1);
    const message =
      issue.code === 'too_big' && issue.origin === 'array' && typeof issue.maximum === 'number'
        ? t('field.tooMany', { max: issue.maximum })
        : hint && !limit
          ? t(hint)
          : issueMessage(issue, t, {});
    errors[fieldKey(issue.path)] ??= message;
  }
  return errors;
});

/** The half of a server message `'Bahasa Indonesia / English'` in the chosen language. */
export function localMessage(message: string, lang: Lang): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return (lang === 'id' ? parts[0] : parts[1]) ?? message;
}

/** A server VALIDATION_FAILED answer's own messages, keyed by `fieldKey` (for nested forms). */
export function serverNestedErrors(err: unknown, lang: Lang): FieldErrors {
  const errors: FieldErrors = {};
  if (err instanceof ApiError)
    for (const issue of err.issues) errors[fieldKey(issue.path)] ??= localMessage(issue.message, lang);
  return errors;
}

/** The error of `key` or, failing that, the first error of a field under it (`links` → `links.2`). */
export function errorUnder(errors: FieldErrors, key: string): string | undefined {
  if (errors[key]) return errors[key];
  const found = Object.keys(errors).find((k) => k.startsWith(`${key}.`));
  return found ? errors[found] : undefined;
}

/** Field errors from a server VALIDATION_FAILED answer (none for any other failure). */
export function serverFieldErrors(err: unknown, t: Translate, hints: FormatHints = {}): FieldErrors {
  return err instanceof ApiError ? collect(err.issues, t, hints) : {};
}

/** `checked` plus errors found outside the schema (e.g. two passwords that differ); these win. */
export function withErrors<T>(checked: Checked<T>, extra: FieldErrors): Checked<T> {
  if (Object.keys(extra).length === 0) return checked;
  return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...extra } };
}

/** `setErrors(without('username'))`: clears one field's error once the user edits it. */
export function without(field: string): (errors: FieldErrors) => FieldErrors {
  return (errors) => {
    if (!(field in errors)) return errors;
    const { [field]: _removed, ...rest } = errors;
    return rest;
  };
}

/** What `<Field {...form.field('name')} />` needs: the value, its error, an onChange that clears it. */
export interface FieldBinding {
  value: string;
  error: string | undefined;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
}

export interface Submission<V, T> {
  /** Validates the values (usually with `validate` and the shared schema). */
  check: (values: V) => Checked<T>;
  /** Sends the checked data; a throw is shown by `<ErrorAlert error={form.failure} />`. */
  send: (data: T, values: V) => Promise<void>;
  /** After a failed send: field errors to show (e.g. `serverFieldErrors`), or nothing. */
  fail?: (err: unknown) => FieldErrors | void;
}

export interface Form<F extends string> {
  values: Record<F, string>;
  errors: FieldErrors;
  /** The last failed send (null while none). */
  failure: unknown;
  busy: boolean;
  field: (name: F) => FieldBinding;
  set: (name: F, value: string) => void;
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
  /** Back to the initial values, without errors or failure. */
  reset: () => void;
  /** The submit flow every form shares: check, then send once with `busy` set, then map a failure. */
  submit: <T>(e: FormEvent, submission: Submission<Record<F, string>, T>) => Promise<void>;
}

/** State of a form of text fields: values, field errors, the request failure and `busy`. */
export function useForm<F extends string>(initial: Record<F, string>): Form<F> {
  const [start] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: F, value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit<T>(e: FormEvent, { check, send, fail }: Submission<Record<F, string>, T>): Promise<void> {
    e.preventDefault();
    setFailure(null);
    const checked = check(values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      await send(checked.data, values);
    } catch (err) {
      const found = fail?.(err);
      if (found) setErrors(found);
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return {
    values,
    errors,
    failure,
    busy,
    field: (name) => ({
      value: values[name],
      error: errors[name],
      onChange: (e) => {
        set(name, e.target.value);
        setErrors(without(name));
      },
    }),
    set,
    setErrors,
    reset: () => {
      setValues(start);
      setErrors({});
      setFailure(null);
    },
    submit,
  };
}
