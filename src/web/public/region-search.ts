import { RegionPage, type RegionSummary } from '../../shared/api/regions';
import { fieldId } from './dom';
import type { Say } from './messages';

/**
 * Replaces the no-JavaScript region fields (a regency select plus a typed district/village name)
 * with one search box down to the village (`GET /api/regions?q=`), keeping the chosen code in a
 * hidden input under the same name, so the form sends what the server expects.
 */

interface Regency {
  name: string;
  province: string;
}

const DEBOUNCE_MS = 250;

async function fetchPage(url: string, signal?: AbortSignal): Promise<RegionSummary[]> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!res.ok) return [];
  const parsed = RegionPage.safeParse(await res.json());
  return parsed.success ? parsed.data.items : [];
}

export function enhanceRegion(block: HTMLElement, say: Say): void {
  const regionName = block.dataset.region ?? '';
  const areaName = block.dataset.area ?? '';
  const select = block.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(regionName)}"]`);
  if (!select) return;

  // Regency names and their provinces, from the select's options and optgroups.
  const regencies = new Map<string, Regency>();
  for (const group of select.querySelectorAll('optgroup')) {
    for (const o of group.querySelectorAll('option')) regencies.set(o.value, { name: o.text, province: group.label });
  }
  const districtNames = new Map<string, Promise<Map<string, string>>>();
  const districtsOf = (regency: string) => {
    let found = districtNames.get(regency);
    if (!found) {
      found = fetchPage(`/api/regions?parent=${encodeURIComponent(regency)}&limit=200`)
        .then((items) => new Map(items.map((r) => [r.code, r.name])))
        .catch(() => new Map<string, string>());
      districtNames.set(regency, found);
    }
    return found;
  };

  const initial = select.value;
  const required = select.required;
  const oldWrap = select.closest<HTMLElement>('[data-field]');
  const oldError = oldWrap?.querySelector('.error')?.textContent ?? null;
  const id = fieldId(regionName);

  const wrap = document.createElement('div');
  wrap.className = oldError ? 'field field--error' : 'field';
  wrap.dataset.field = regionName;
  wrap.innerHTML = `<label></label><p class="help"></p><input type="search" autocomplete="off" data-no-blur>
    <p class="chosen" aria-live="polite"></p><p class="sr" role="status"></p><ul class="results"></ul>`;
  const [label, help] = [wrap.querySelector('label')!, wrap.querySelector('.help')!];
  const input = wrap.querySelector<HTMLInputElement>('input')!;
  const chosen = wrap.querySelector<HTMLElement>('.chosen')!;
  const status = wrap.querySelector<HTMLElement>('.sr')!;
  const list = wrap.querySelector<HTMLUListElement>('.results')!;
  label.htmlFor = id;
  label.textContent = say('js.search');
  const tag = oldWrap?.querySelector('.tag');
  if (tag) label.append(' ', tag.cloneNode(true));
  help.id = `${id}-help`;
  help.textContent = say('js.searchHelp');
  input.id = id;
  input.required = required;
  input.setAttribute('aria-describedby', `${id}-help`);
  list.id = `${id}-results`;
  input.setAttribute('aria-controls', list.id);
  if (oldError) {
    const p = document.createElement('p');
    p.className = 'error';
    p.id = `${id}-error`;
    p.textContent = oldError;
    wrap.append(p);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${id}-help ${id}-error`);
  }
  const hidden = document.createElement('input');
  hidden.type = 'hidden';
  hidden.name = regionName;
  hidden.value = initial;
  wrap.append(hidden);

  const show = (code: string, text: string) => {
    chosen.textContent = code ? say('js.chosen', { name: text }) : '';
  };
  if (initial) {
    const r = regencies.get(initial);
    if (r) show(initial, `${r.name}, ${r.province}`);
  }

  // The select and the typed place name give way to the search box.
  oldWrap?.replaceWith(wrap);
  block.querySelector(`[data-field="${CSS.escape(areaName)}"]`)?.remove();

  function context(r: RegionSummary, districts: Map<string, string> | undefined): string {
    const regencyCode = r.code.split('.').slice(0, 2).join('.');
    const regency = regencies.get(regencyCode);
    const parts = [say(`level.${r.level}`)];
    if (r.level === 'village' && r.parentCode) {
      const d = districts?.get(r.parentCode);
      if (d) parts.push(`${say('level.district')} ${d}`);
    }
    if (r.level !== 'regency' && regency) parts.push(regency.name);
    if (regency) parts.push(regency.province);
    return parts.join(' · ');
  }

  let results: RegionSummary[] = [];
  const districtMaps = new Map<string, Map<string, string>>();

  function renderResults() {
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'result';
        const name = document.createElement('span');
        name.className = 'result__name';
        name.textContent = r.name;
        const where = document.createElement('span');
        where.className = 'result__where';
        where.textContent = context(r, districtMaps.get(r.code.slice(0, 5)));
        button.append(name, where);
        button.addEventListener('click', () => choose(r, where.textContent ?? ''));
        li.append(button);
        return li;
      }),
    );
  }

  function choose(r: RegionSummary, where: string) {
    hidden.value = r.code;
    input.value = r.name;
    show(r.code, `${r.name} (${where})`);
    results = [];
    list.replaceChildren();
    status.textContent = '';
    input.focus();
    hidden.dispatchEvent(new Event('netra:change', { bubbles: true }));
  }

  let timer: number | undefined;
  let inflight: AbortController | null = null;
  async function search(q: string) {
    inflight?.abort();
    inflight = new AbortController();
    status.textContent = say('js.searching');
    try {
      const items = await fetchPage(`/api/regions?q=${encodeURIComponent(q)}&limit=10`, inflight.signal);
      results = items.filter((r) => r.level !== 'province');
    } catch {
      return; // aborted by a newer search
    }
    status.textContent = results.length ? say('js.results', { n: results.length }) : say('js.noResults');
    renderResults();
    const regencyCodes = [...new Set(results.filter((r) => r.level === 'village').map((r) => r.code.slice(0, 5)))];
    for (const code of regencyCodes) {
      void districtsOf(code).then((m) => {
        districtMaps.set(code, m);
        renderResults();
      });
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    timer = window.setTimeout(() => void search(q), DEBOUNCE_MS);
  });
  // Arrow keys move between the input and the results; Escape closes the list.
  wrap.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' && buttons.length) {
      e.preventDefault();
      buttons[Math.min(at + 1, buttons.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? input : buttons[at - 1]!).focus();
    } else if (e.key === 'Escape') {
      list.replaceChildren();
      input.focus();
    } else if (e.key === 'Enter' && e.target === input) {
      e.preventDefault(); // Enter in the search box searches; it never submits the form.
    }
  });
}
