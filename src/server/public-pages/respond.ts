import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { TIME_ZONES, type TimeZone } from '../../shared/zones';
import type { AppError } from '../http/errors';
import { limitParams, type Uploads } from './blocks';
import { fieldErrors, issuesOf, type FieldErrors } from './fields';
import { localize, type PageI18n } from './i18n';

/** A fresh key per rendered form: 24 random bytes → 32 base64url characters. */
export function newIdempotencyKey(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * `no-store` for anything showing a tracking code or a submission's content; the empty forms are
 * `no-cache` (each render carries its own idempotency key).
 */
export function sendHtml(reply: FastifyReply, status: number, html: string, cache: 'no-store' | 'no-cache') {
  return reply
    .status(status)
    .header('cache-control', cache === 'no-store' ? 'no-store' : 'private, no-cache')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** The page title; prefixed with 'Ada kesalahan' when the form came back refused (read first by screen readers). */
export function formTitle(
  i18n: PageI18n,
  key: 'report.title' | 'tip.title',
  state: { errors: FieldErrors; message: string | null },
): string {
  const refused = state.errors.size > 0 || state.message !== null;
  return refused ? `${i18n.t('form.errorTitle')}: ${i18n.t(key)}` : i18n.t(key);
}

/** A refused submission as the form shows it: field messages and a message at the top. */
export interface Refusal {
  status: number;
  errors: FieldErrors;
  message: string | null;
}

function retryMinutes(err: AppError): number {
  const details = err.details as { retryAfterSeconds?: unknown } | undefined;
  const header = err.headers?.['retry-after'] ?? err.headers?.['Retry-After'];
  const seconds =
    typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : Number(header ?? Number.NaN);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** Turns an AppError of a form submission into what the re-rendered form shows. Never on message text. */
export function refusalOf(err: AppError, i18n: PageI18n, known: ReadonlySet<string>, uploads: Uploads): Refusal {
  const errors: FieldErrors = new Map();
  const details = (err.details ?? {}) as { field?: unknown };
  const field = typeof details.field === 'string' ? details.field : null;
  switch (err.code) {
    case 'VALIDATION_FAILED': {
      const found = fieldErrors(issuesOf(err.details), known, i18n);
      return { status: err.status, errors: found, message: found.size === 0 ? localize(err.message, i18n.lang) : null };
    }
    case 'PAYLOAD_TOO_LARGE':
      errors.set(field && known.has(field) ? field : 'files', i18n.t('error.tooLarge', limitParams(uploads)));
      break;
    case 'UNSUPPORTED_MEDIA_TYPE':
      errors.set(field && known.has(field) ? field : 'files', i18n.t('error.fileType'));
      break;
    case 'RATE_LIMITED':
      return { status: err.status, errors, message: i18n.t('error.retry', { minutes: retryMinutes(err) }) };
    case 'UNKNOWN_REGION':
      for (const name of known) if (name.endsWith('regionCode')) errors.set(name, i18n.t('error.region'));
      return { status: err.status, errors, message: i18n.t('error.region') };
    default:
      if (field && known.has(field)) errors.set(field, localize(err.message, i18n.lang));
  }
  return { status: err.status, errors, message: localize(err.message, i18n.lang) };
}

/** The message of a tracking or receipt lookup that failed. */
export function lookupMessage(err: AppError, i18n: PageI18n): string {
  switch (err.code) {
    case 'VALIDATION_FAILED':
    case 'BAD_REQUEST':
      return i18n.t('track.malformed');
    case 'NOT_FOUND':
      return i18n.t('track.notFound');
    case 'RATE_LIMITED':
      return i18n.t('error.retry', { minutes: retryMinutes(err) });
    default:
      return localize(err.message, i18n.lang);
  }
}

export function asTimeZone(value: unknown): TimeZone {
  return (TIME_ZONES as readonly unknown[]).includes(value) ? (value as TimeZone) : 'Asia/Jakarta';
}

/** A text field of an urlencoded body (`code=…`), or ''. */
export function formText(body: unknown, name: string): string {
  if (!body || typeof body !== 'object') return '';
  const v = (body as Record<string, unknown>)[name];
  return typeof v === 'string' ? v.slice(0, 200) : '';
}
