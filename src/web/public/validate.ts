import type { z } from 'zod';
import { FormShapeError, nestFormFields } from '../../shared/form-data';
import { fieldForIssue, fieldId, knownFields, localize, setFieldError } from './dom';
import type { Say } from './messages';

/**
 * Live validation with the schema the server uses: the form's fields are nested exactly as the
 * server nests them, parsed, and each issue is shown next to its field once the field was left
 * (blur/change), or everywhere on submit. Messages as the server words them (same rules).
 */

/** Fields the server reads besides the schema (and the place name it resolves itself). */
const NOT_IN_SCHEMA = /^(website|idempotencyKey|lang|areaQuery|incident\.areaQuery)$/;

export interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
  message: string;
}

export function issueText(issue: IssueLike, say: Say, lang: string): string {
  if (issue.code === 'invalid_type') return say('field.required');
  if (issue.code === 'invalid_value') return say('field.choose');
  return issue.message.includes(' / ') ? localize(issue.message, lang) : say('field.invalid');
}

/** Issues → the first message per field, placed on the nearest field the form has. */
export function errorsOf(form: HTMLFormElement, issues: readonly IssueLike[], say: Say, lang: string) {
  const known = knownFields(form);
  const out = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldForIssue(issue.path, known);
    if (!out.has(field)) out.set(field, issueText(issue, say, lang));
  }
  return out;
}

export interface LiveValidation {
  /** Validates; shows every error (submit) or only those of touched fields. Returns the errors. */
  check(all: boolean): Map<string, string>;
  /** Shows errors from elsewhere (the server's answer) and counts their fields as touched. */
  show(errors: Map<string, string>): void;
}

export function liveValidation(
  form: HTMLFormElement,
  schema: z.ZodType,
  arrays: readonly string[],
  groups: Record<string, () => unknown>,
  say: Say,
  lang: string,
): LiveValidation {
  const touched = new Set<string>();
  const shown = new Set<string>();
  /** The server's messages (e.g. a NIK of an unknown district): kept until their field is edited. */
  const sticky = new Map<string, string>();
  for (const el of form.querySelectorAll<HTMLElement>('.field--error[data-field]')) {
    const name = el.dataset.field ?? '';
    touched.add(name);
    shown.add(name);
    sticky.set(name, document.getElementById(`${fieldId(name)}-error`)?.textContent ?? '');
  }

  function collect(): Record<string, unknown> | null {
    const entries: [string, string][] = [];
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && !NOT_IN_SCHEMA.test(name)) entries.push([name, value]);
    }
    try {
      const raw = nestFormFields(entries, arrays);
      for (const [key, empty] of Object.entries(groups)) raw[key] ??= empty();
      return raw;
    } catch (err) {
      if (err instanceof FormShapeError) return null;
      throw err;
    }
  }

  function render(errors: Map<string, string>, all: boolean) {
    for (const name of [...shown]) {
      if (!errors.has(name) || (!all && !touched.has(name))) {
        setFieldError(form, name, null);
        shown.delete(name);
      }
    }
    for (const [name, message] of errors) {
      if (all || touched.has(name)) {
        setFieldError(form, name, message);
        shown.add(name);
      }
    }
  }

  function check(all: boolean): Map<string, string> {
    const raw = collect();
    if (raw === null) return new Map();
    const result = schema.safeParse(raw);
    const errors = result.success ? new Map<string, string>() : errorsOf(form, result.error.issues, say, lang);
    for (const [name, message] of sticky) if (!errors.has(name)) errors.set(name, message);
    render(errors, all);
    return errors;
  }

  const onLeave = (e: Event) => {
    const target = e.target as HTMLElement;
    // The region search loses focus to its own results: judge it when a place is chosen.
    if (e.type === 'focusout' && target.dataset.noBlur !== undefined) return;
    const wrap = target.closest<HTMLElement>('[data-field]');
    if (!wrap?.dataset.field) return;
    touched.add(wrap.dataset.field);
    check(false);
  };
  const onEdit = (e: Event) => {
    const name = (e.target as HTMLElement).closest<HTMLElement>('[data-field]')?.dataset.field;
    if (name) sticky.delete(name);
  };
  form.addEventListener('focusout', onLeave);
  form.addEventListener('change', onLeave);
  form.addEventListener('netra:change', onLeave);
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit, true);
  form.addEventListener('netra:change', onEdit, true);

  return {
    check,
    show(errors) {
      for (const [name, message] of errors) {
        touched.add(name);
        sticky.set(name, message);
      }
      render(errors, true);
    },
  };
}
