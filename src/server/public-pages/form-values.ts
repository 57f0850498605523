/**
 * The values a reporter typed, as `nestFormFields` gave them, read back by field name so a form
 * rejected by the server comes back filled in (`parties[0].name` → raw.parties[0].name).
 */
export class FormValues {
  constructor(private readonly raw: Record<string, unknown> = {}) {}

  private at(name: string): unknown {
    let node: unknown = this.raw;
    for (const part of name.split(/\.|(?=\[)/)) {
      if (node === null || typeof node !== 'object') return undefined;
      const index = /^\[(\d+)\]$/.exec(part);
      node = index
        ? Array.isArray(node)
          ? node[Number(index[1])]
          : undefined
        : (node as Record<string, unknown>)[part];
    }
    return node;
  }

  /** The text of a field ('' when absent or not text). */
  text(name: string): string {
    const v = this.at(name);
    return typeof v === 'string' ? v : '';
  }

  /** The values of a repeated field such as the `acts` checkboxes. */
  list(name: string): string[] {
    const v = this.at(name);
    if (typeof v === 'string') return [v];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /** A checkbox's state: on when the form sent any value for it. */
  checked(name: string): boolean {
    const v = this.at(name);
    return v === true || (typeof v === 'string' && v !== '' && v !== 'false');
  }

  /** How many rows the list field holds (filled rows only: empty ones were dropped). */
  count(name: string): number {
    const v = this.at(name);
    return Array.isArray(v) ? v.length : 0;
  }
}
