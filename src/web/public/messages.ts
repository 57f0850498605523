/** The page's strings for the script, handed over by the server in `data-messages` (page language). */
export type Say = (key: string, params?: Record<string, string | number>) => string;

export function messagesOf(el: HTMLElement): { lang: string; say: Say } {
  let table: Record<string, string> = {};
  try {
    table = JSON.parse(el.dataset.messages ?? '{}') as Record<string, string>;
  } catch {
    table = {};
  }
  const say: Say = (key, params) =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && params[name] !== undefined ? String(params[name]) : whole,
    );
  return { lang: table.lang ?? 'id', say };
}
