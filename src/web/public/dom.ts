import { fieldNameOf } from '../../shared/form-data';

/**
 * Field errors in the DOM of the server-rendered public forms: each field's wrapper is
 * `[data-field=name]`, its control has id `f-…`, its message is `#f-…-error`, tied to the control
 * with `aria-describedby` and flagged with `aria-invalid` (the same markup the server renders).
 */

/** `parties[0].name` → `f-parties-0-name` (as src/server/public-pages/fields.ts). */
export function fieldId(name: string): string {
  return 'f-' + name.replace(/\[(\d+)\]/g, '-$1').replace(/[^A-Za-z0-9-]+/g, '-');
}

/** The nearest field the form has for an issue path (`links[3]` → `links`), else `_form`. */
export function fieldForIssue(path: readonly PropertyKey[], known: ReadonlySet<string>): string {
  for (let n = path.length; n > 0; n -= 1) {
    const name = fieldNameOf(path.slice(0, n));
    if (known.has(name)) return name;
  }
  return '_form';
}

/** The half of a 'Bahasa Indonesia / English' message for the page's language. */
export function localize(message: string, lang: string): string {
  const halves = message.split(' / ');
  if (halves.length !== 2) return message;
  return (lang === 'en' ? halves[1] : halves[0])!.trim();
}

export function wrapperOf(form: HTMLFormElement, name: string): HTMLElement | null {
  return form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
}

export function knownFields(form: HTMLFormElement): Set<string> {
  return new Set([...form.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset.field ?? ''));
}

/** The controls that belong to this wrapper itself (not to a nested field such as a row's). */
function ownControls(wrap: HTMLElement): HTMLElement[] {
  return [...wrap.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
    (c) => c.closest('[data-field]') === wrap && (c as HTMLInputElement).type !== 'hidden',
  );
}

function describe(control: HTMLElement, id: string, on: boolean) {
  const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '));
  else control.removeAttribute('aria-describedby');
}

/** Shows `message` next to the field, or removes its message when null. */
export function setFieldError(form: HTMLFormElement, name: string, message: string | null): void {
  const wrap = wrapperOf(form, name);
  if (!wrap) return;
  const errorId = `${fieldId(name)}-error`;
  let p = document.getElementById(errorId);
  if (message) {
    if (!p) {
      p = document.createElement('p');
      p.className = 'error';
      p.id = errorId;
      const firstRow = wrap.dataset.rows ? wrap.querySelector('.row') : null;
      if (firstRow) wrap.insertBefore(p, firstRow);
      else wrap.append(p);
    }
    p.textContent = message;
  } else {
    p?.remove();
  }
  wrap.classList.toggle('field--error', message !== null);
  for (const c of ownControls(wrap)) {
    if (message) c.setAttribute('aria-invalid', 'true');
    else c.removeAttribute('aria-invalid');
    describe(c, errorId, message !== null);
  }
}

/** The label of a field for the error summary. */
export function labelOf(form: HTMLFormElement, name: string): string {
  const wrap = wrapperOf(form, name);
  const label = wrap?.querySelector(':scope > label, :scope > legend, :scope > h2');
  const text = (label?.firstChild?.textContent ?? label?.textContent ?? name).trim();
  const row = wrap?.closest('.row')?.querySelector('legend')?.textContent?.trim();
  return row && row !== text ? `${row} — ${text}` : text;
}

/** The summary above the form: an optional message, then a link to each field with a problem. */
export function showSummary(
  form: HTMLFormElement,
  title: string,
  errors: Map<string, string>,
  message: string | null,
): void {
  let box = document.getElementById('errors');
  if (!box) {
    box = document.createElement('div');
    box.id = 'errors';
    box.className = 'alert';
    box.setAttribute('role', 'alert');
    box.tabIndex = -1;
    form.before(box);
  }
  box.replaceChildren();
  if (message) {
    const p = document.createElement('p');
    p.className = 'alert__message';
    p.textContent = message;
    box.append(p);
  }
  if (errors.size) {
    const p = document.createElement('p');
    p.className = 'alert__title';
    p.textContent = title;
    const ul = document.createElement('ul');
    for (const [name, text] of errors) {
      const li = document.createElement('li');
      if (name === '_form') li.textContent = text;
      else {
        const a = document.createElement('a');
        a.href = `#${fieldId(name)}`;
        a.textContent = `${labelOf(form, name)}: ${text}`;
        li.append(a);
      }
      ul.append(li);
    }
    box.append(p, ul);
  }
  box.focus();
}

export function clearSummary(): void {
  document.getElementById('errors')?.remove();
}
