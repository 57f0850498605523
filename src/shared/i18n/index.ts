import { en } from './en';
import { id, type Catalogue, type MessageKey } from './id';

export type { Catalogue, MessageKey } from './id';
export { formatInZone, zoneLabel, type IndonesianTimeZone } from './format';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

export const catalogues: Record<Lang, Catalogue> = { id, en };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The message for `key` in `lang`, with `{name}` placeholders replaced from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A `t(key, params)` bound to one language. */
export function createT(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
