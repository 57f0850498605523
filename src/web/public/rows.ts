import { setFieldError } from './dom';
import type { Say } from './messages';

/**
 * Add/remove rows of a list (reported parties, witnesses): the server renders two rows; here a
 * reporter adds more (up to `data-max`) or removes one. Rows are renumbered so the field names stay
 * `parties[0].name`, `parties[1].name`… as `nestFormFields` expects.
 */
export function enhanceRows(section: HTMLElement, say: Say): void {
  const list = section.dataset.rows ?? '';
  const max = Number(section.dataset.max ?? '10');
  const legend = section.dataset.legend ?? '{n}';
  const rows = () => [...section.querySelectorAll<HTMLFieldSetElement>(':scope > .row')];

  const add = document.createElement('button');
  add.type = 'button';
  add.className = 'button button--ghost';
  add.textContent = say('js.add');
  section.append(add);

  const nameRe = new RegExp(`^${list}\\[\\d+\\]`);
  const idRe = new RegExp(`f-${list}-\\d+-`, 'g');

  function renumber() {
    rows().forEach((row, i) => {
      const title = row.querySelector('legend');
      if (title) title.textContent = legend.replace('{n}', String(i + 1));
      for (const el of row.querySelectorAll<HTMLElement>('*')) {
        for (const attr of ['name', 'data-field']) {
          const v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(nameRe, `${list}[${i}]`));
        }
        for (const attr of ['id', 'for', 'aria-describedby']) {
          const v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(idRe, `f-${list}-${i}-`));
        }
      }
      const remove = row.querySelector<HTMLButtonElement>('.row__remove');
      if (remove) remove.hidden = rows().length <= 1;
    });
    add.hidden = rows().length >= max;
  }

  function withRemove(row: HTMLFieldSetElement) {
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button button--ghost row__remove';
    remove.textContent = say('js.remove');
    remove.addEventListener('click', () => {
      const next = row.nextElementSibling?.classList.contains('row')
        ? row.nextElementSibling
        : row.previousElementSibling;
      row.remove();
      renumber();
      (next?.querySelector<HTMLElement>('input, select, textarea') ?? add).focus();
      section.dispatchEvent(new Event('netra:change', { bubbles: true }));
    });
    row.append(remove);
  }

  for (const row of rows()) withRemove(row);

  add.addEventListener('click', () => {
    const last = rows().at(-1);
    if (!last) return;
    const row = last.cloneNode(true) as HTMLFieldSetElement;
    for (const el of row.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'input, select, textarea',
    )) {
      if (el instanceof HTMLSelectElement) el.selectedIndex = 0;
      else el.value = '';
    }
    row.querySelector('.row__remove')?.remove();
    last.after(row);
    withRemove(row);
    renumber();
    const form = section.closest('form');
    if (form) {
      for (const field of row.querySelectorAll<HTMLElement>('[data-field]')) {
        setFieldError(form, field.dataset.field ?? '', null);
      }
    }
    row.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  renumber();
}
