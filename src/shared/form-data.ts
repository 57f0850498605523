/**
 * Flat HTML form fields → the nested object the API schemas validate, so the server-rendered form
 * (multipart, no JavaScript), the enhanced form and the JSON API share one schema.
 *
 *   reporter.name=Ana, parties[0].name=Budi, parties[1].name=, acts=MEDSOS, acts=FOTO_BERSAMA
 *   → { reporter: { name: 'Ana' }, parties: [{ name: 'Budi' }], acts: ['MEDSOS', 'FOTO_BERSAMA'] }
 *
 * Values are trimmed; empty values are left out (an untouched optional field is absent, not '');
 * array items left wholly empty (the spare rows of a form) disappear. Keys outside the shape
 * below are refused rather than guessed at.
 */
export class FormShapeError extends Error {
  constructor(readonly field: string) {
    super(`unsupported form field name: ${field}`);
    this.name = 'FormShapeError';
  }
}

/** Highest row index a form may send (`parties[19].name`). */
export const MAX_FORM_ROWS = 20;
const SEGMENT = /^([A-Za-z][A-Za-z0-9]{0,40})(?:\[(\d{1,2})\])?$/;
type Node = Record<string, unknown>;

/** `arrays` names the top-level fields that are always lists, even with one value (`acts`). */
export function nestFormFields(entries: Iterable<readonly [string, string]>, arrays: readonly string[] = []): Node {
  const root: Node = Object.create(null) as Node;
  for (const [key, raw] of entries) {
    const value = raw.trim();
    const segments = key.split('.');
    if (segments.length > 3) throw new FormShapeError(key);
    let node = root;
    segments.forEach((segment, i) => {
      const m = SEGMENT.exec(segment);
      if (!m) throw new FormShapeError(key);
      const name = m[1]!;
      const index = m[2] === undefined ? null : Number(m[2]);
      const last = i === segments.length - 1;
      if (index !== null) {
        if (index >= MAX_FORM_ROWS) throw new FormShapeError(key);
        const list = (node[name] ??= []) as unknown[];
        if (!Array.isArray(list)) throw new FormShapeError(key);
        if (last) {
          if (value) list[index] = value;
          return;
        }
        node = (list[index] ??= Object.create(null)) as Node;
      } else if (last) {
        if (arrays.includes(name) && i === 0) {
          const list = (node[name] ??= []) as unknown[];
          if (!Array.isArray(list)) throw new FormShapeError(key);
          if (value) list.push(value);
        } else if (value) {
          if (name in node) throw new FormShapeError(key);
          node[name] = value;
        }
      } else {
        const child = (node[name] ??= Object.create(null)) as Node;
        if (typeof child !== 'object' || Array.isArray(child)) throw new FormShapeError(key);
        node = child;
      }
    });
  }
  return (compact(root) as Node | undefined) ?? {};
}

/** Drops holes and empty rows from arrays, and objects left with no keys. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(compact).filter((v) => v !== undefined);
  }
  if (value && typeof value === 'object') {
    const out: Node = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' ? undefined : value;
}

/**
 * The other way: an issue path as zod reports it → the flat form field's name, so a message can be
 * placed next to its field. `['parties', 0, 'name']` (or `['parties', '0', 'name']`) → `parties[0].name`.
 */
export function fieldNameOf(path: readonly PropertyKey[]): string {
  let name = '';
  for (const segment of path) {
    const s = String(segment);
    if (/^\d+$/.test(s)) name += `[${s}]`;
    else name += name ? `.${s}` : s;
  }
  return name;
}
