import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { FormShapeError, nestFormFields } from '../../shared/form-data';
import type { AppDeps } from '../deps';
import { readMultipartForm, type UploadedFile } from '../evidence/multipart';
import { AppError } from './errors';
import { parseInput } from './mount';

export type { UploadedFile } from '../evidence/multipart';

/** A validated submission: the body, the staged evidence files, and the submitter's idempotency key. */
export interface Submission<T> {
  body: T;
  files: UploadedFile[];
  idempotencyKey: string | null;
  /** Deletes the staged files; services call it when they do not commit them. */
  discard(): Promise<void>;
}

export interface ReadSubmissionOptions {
  /** Top-level fields that are lists even with one value (`acts`). */
  arrays?: readonly string[];
  /** Whether file parts (field `files`) are accepted. */
  files?: boolean;
  /** Runs on the nested fields before validation (e.g. resolving a place name to a region code). */
  prepare?: (raw: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/** Form fields that are not part of the body: the honeypot, the idempotency key, the page language. */
const HONEYPOT = 'website';
const META_FIELDS = new Set([HONEYPOT, 'idempotencyKey', 'lang']);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/**
 * Reads a submission sent as JSON (no files; idempotency key in the `Idempotency-Key` header) or as
 * multipart/form-data (flat field names nested with `nestFormFields`, files staged to disk as they
 * stream). Bad input throws a 4xx AppError, and every staged file is deleted before it propagates.
 */
export async function readSubmission<T>(
  request: FastifyRequest,
  deps: AppDeps,
  schema: z.ZodType<T>,
  options: ReadSubmissionOptions = {},
): Promise<Submission<T>> {
  const type = String(request.headers['content-type'] ?? '').toLowerCase();
  const headerKey = idempotencyKeyOf(request.headers['idempotency-key']);
  if (type.startsWith('application/json')) {
    let raw = asObject(request.body);
    if (options.prepare) raw = await options.prepare(raw);
    const body = parseInput('body', schema, raw) as T;
    return { body, files: [], idempotencyKey: headerKey, discard: async () => undefined };
  }
  if (!type.startsWith('multipart/form-data')) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Kirim sebagai multipart/form-data atau application/json / Send multipart/form-data or application/json',
    );
  }
  const form = await readMultipartForm(request, {
    limits: deps.config.uploads,
    store: deps.blobs,
    fileFields: options.files === false ? [] : ['files'],
  });
  try {
    const honeypot = form.fields.get(HONEYPOT)?.some((v) => v.trim() !== '');
    if (honeypot) {
      throw new AppError('VALIDATION_FAILED', 'Kolom ini harus dikosongkan / This field must stay empty', {
        in: 'body',
        issues: [{ path: [HONEYPOT], code: 'custom', message: 'Kolom ini harus dikosongkan / Leave this field empty' }],
      });
    }
    const entries: [string, string][] = [];
    for (const [name, values] of form.fields) {
      if (META_FIELDS.has(name)) continue;
      for (const v of values) entries.push([name, v]);
    }
    let raw: Record<string, unknown>;
    try {
      raw = nestFormFields(entries, options.arrays ?? []);
    } catch (err) {
      if (!(err instanceof FormShapeError)) throw err;
      throw new AppError('VALIDATION_FAILED', 'Nama isian tidak dikenal / Unknown form field', {
        in: 'body',
        issues: [{ path: [err.field], code: 'unrecognized_keys', message: 'Isian tidak dikenal / Unknown field' }],
      });
    }
    if (options.prepare) raw = await options.prepare(raw);
    const body = parseInput('body', schema, raw) as T;
    const formKey = form.fields.get('idempotencyKey')?.[0];
    const idempotencyKey = formKey ? idempotencyKeyOf(formKey) : headerKey;
    return { body, files: form.files, idempotencyKey, discard: () => form.discard() };
  } catch (err) {
    await form.discard();
    throw err;
  }
}

function idempotencyKeyOf(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new AppError('VALIDATION_FAILED', 'Kunci idempotensi tidak valid / Invalid idempotency key', {
      in: 'body',
      issues: [{ path: ['idempotencyKey'], code: 'invalid_format', message: '16–100 huruf, angka, - atau _' }],
    });
  }
  return value;
}

function asObject(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new AppError('VALIDATION_FAILED', 'Badan permintaan harus objek JSON / The body must be a JSON object', {
    in: 'body',
    issues: [{ path: [], code: 'invalid_type', message: 'object expected' }],
  });
}
