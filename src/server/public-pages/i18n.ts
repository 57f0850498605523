import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLang, translate, type Lang, type MessageKey as SharedKey } from '../../shared/i18n';
import { messages, type MessageKey, type Messages } from './messages';

export const LANG_COOKIE = 'netra_lang';

/** What a page needs to speak one language: its own strings (`t`) and the shared labels (`label`). */
export interface PageI18n {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  label: (key: SharedKey) => string;
}

export function pageI18n(lang: Lang): PageI18n {
  return {
    lang,
    t: (key, params) => fill(messages[lang][key], params),
    label: (key) => translate(lang, key),
  };
}

function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Bahasa Indonesia unless `?lang=en` or the `netra_lang` cookie says otherwise. An explicit `?lang=`
 * is remembered in the cookie, so the form's POST answers in the same language.
 */
export function chooseLang(request: FastifyRequest, reply: FastifyReply): Lang {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const asked = query.lang;
  if (isLang(asked)) {
    reply.setCookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600, httpOnly: true });
    return asked;
  }
  const cookie = request.cookies?.[LANG_COOKIE];
  return isLang(cookie) ? cookie : 'id';
}

/**
 * API messages are written 'Bahasa Indonesia / English'; the half for `lang` (the whole message
 * when it has no such halves).
 */
export function localize(message: string, lang: Lang): string {
  const halves = message.split(' / ');
  if (halves.length !== 2) return message;
  return (lang === 'id' ? halves[0] : halves[1])!.trim();
}

/** The strings the enhancement script needs, handed over in a data attribute of the form. */
export function clientMessages(i18n: PageI18n): Record<string, string> {
  const keys: MessageKey[] = [
    'field.required',
    'field.choose',
    'field.invalid',
    'form.errorSummary',
    'form.submitting',
    'js.search',
    'js.searchHelp',
    'js.searching',
    'js.results',
    'js.noResults',
    'js.chosen',
    'js.add',
    'js.remove',
    'js.uploading',
    'js.network',
    'error.generic',
    'error.retry',
  ];
  const out: Record<string, string> = { lang: i18n.lang };
  for (const k of keys) out[k] = i18n.t(k);
  for (const level of ['province', 'regency', 'district', 'village'] as const) {
    out[`level.${level}`] = i18n.label(`level.${level}`);
  }
  return out;
}

export type { Messages };
