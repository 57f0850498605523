import { rm } from 'node:fs/promises';
import fastifyMultipart, { type Multipart, type MultipartFile, type MultipartValue } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';
import type { BlobStore, StagedBlob } from './blob-store';
import { BodyMeter } from './body-meter';
import { EVIDENCE_MEDIA_TYPES } from './media-types';
import { stageUpload, stageUploadUnlessEmpty } from './stage';

export interface UploadLimits {
  maxFiles: number;
  /** Per file. */
  maxFileBytes: number;
  /** Whole request body; by default room for `maxFiles` full files plus the text fields (`bodyLimitFor`). */
  maxBodyBytes?: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFiles: 10, maxFileBytes: 25 * 1024 * 1024 };

const MAX_FIELDS = 300;
const MAX_FIELD_BYTES = 20_000;
/** Room for the text fields, part headers and boundaries in the default body limit. */
const TEXT_BUDGET_BYTES = 2 * 1024 * 1024;

export interface UploadedFile extends StagedBlob {
  field: string;
  /** As the browser sent it (base name only); may be empty. Never used as a path. */
  filename: string;
}

export interface MultipartForm {
  /** Text fields in order of arrival; a repeated name gives several values. */
  fields: Map<string, string[]>;
  /** Staged files, in order of arrival; commit them with `BlobStore.commit` or `discard()` them. */
  files: UploadedFile[];
  /** Deletes the staged files (e.g. when the form fails validation after reading). */
  discard(): Promise<void>;
}

export interface ReadFormOptions {
  limits: UploadLimits;
  store: BlobStore;
  /** Field names that may carry files; a file in any other field is refused. */
  fileFields: readonly string[];
  /** Accepted media types, by content; default `EVIDENCE_MEDIA_TYPES`. */
  allowed?: readonly string[];
}

export function bodyLimitFor(limits: UploadLimits): number {
  return limits.maxBodyBytes ?? limits.maxFiles * limits.maxFileBytes + TEXT_BUDGET_BYTES;
}

/**
 * busboy's own limits sit one above ours (`fileSize`, `files`) so that going over is seen, and
 * reported with details, by `stageUpload` and `readMultipartForm` rather than cut silently.
 */
function busboyLimits(limits: UploadLimits) {
  return {
    fileSize: limits.maxFileBytes + 1,
    files: limits.maxFiles + 1,
    fields: MAX_FIELDS,
    fieldSize: MAX_FIELD_BYTES,
    parts: limits.maxFiles + MAX_FIELDS,
    headerPairs: 200,
  };
}

/** Registers @fastify/multipart (streaming: files are read by `readMultipartForm`, not buffered). */
export async function registerMultipart(app: FastifyInstance, limits: UploadLimits): Promise<void> {
  for (const [name, value] of Object.entries(limits)) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) {
      throw new Error(`Upload limit ${name} must be a positive integer, got ${String(value)}`);
    }
  }
  await app.register(fastifyMultipart, { limits: busboyLimits(limits) });
}

/**
 * Reads a multipart form, staging each file (`stageUpload`: hashed, typed by content, capped) as it
 * streams in. Bad input is a 4xx `AppError` with `details.field` where one applies, and on any
 * failure every file staged so far is deleted before the error propagates.
 */
export async function readMultipartForm(request: FastifyRequest, opts: ReadFormOptions): Promise<MultipartForm> {
  const fields = new Map<string, string[]>();
  const files: UploadedFile[] = [];
  const meter = new BodyMeter(request.raw, bodyLimitFor(opts.limits));
  try {
    meter.checkDeclaredLength();
    const parts = request.parts({ limits: busboyLimits(opts.limits) });
    // The first `next()` pipes the body into the parser; count from then on.
    let pending = nextPart(parts);
    meter.attach();
    for (;;) {
      let step: IteratorResult<Multipart>;
      try {
        step = await Promise.race([pending, meter.tripped]);
      } catch (err) {
        throw meter.error ?? parserError(err, opts.limits);
      }
      if (step.done) break;
      const part = step.value;
      if (part.type === 'field') {
        addField(fields, part);
      } else {
        meter.reading(part.file);
        const file = await stageFile(part, files.length, opts);
        meter.reading(undefined);
        if (file !== undefined) files.push(file);
      }
      pending = nextPart(parts);
    }
    if (meter.error !== undefined) throw meter.error;
    return { fields, files, discard: () => removeStaged(files) };
  } catch (err) {
    await removeStaged(files);
    throw meter.error ?? err;
  } finally {
    meter.detach();
  }
}

/** The next part; a rejection nobody awaits any more (after a failure) is not an unhandled one. */
function nextPart(parts: AsyncIterableIterator<Multipart>): Promise<IteratorResult<Multipart>> {
  const next = parts.next();
  next.catch(() => undefined);
  return next;
}

function addField(fields: Map<string, string[]>, part: MultipartValue): void {
  const field = part.fieldname;
  if (part.valueTruncated || part.fieldnameTruncated) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Isian terlalu panjang / Field too long', {
      field,
      limitBytes: MAX_FIELD_BYTES,
    });
  }
  // @fastify/multipart parses a part sent as application/json; a form only sends text.
  if (typeof part.value !== 'string') {
    throw new AppError('VALIDATION_FAILED', 'Isian harus berupa teks / Field must be text', { field });
  }
  if (part.value.includes('\u0000') || field.includes('\u0000')) {
    throw new AppError('VALIDATION_FAILED', 'Isian memuat karakter NUL / Field contains a NUL character', { field });
  }
  const values = fields.get(field);
  if (values === undefined) fields.set(field, [part.value]);
  else values.push(part.value);
}

async function stageFile(part: MultipartFile, count: number, opts: ReadFormOptions): Promise<UploadedFile | undefined> {
  const { fieldname: field, filename } = part;
  const { limits } = opts;
  const refuse = (err: AppError) => {
    part.file.destroy(); // stop reading it: ends the parse
    return err;
  };
  if (!opts.fileFields.includes(field)) {
    throw refuse(
      new AppError('VALIDATION_FAILED', 'Berkas tidak diharapkan / Unexpected file', { field, file: filename }),
    );
  }
  if (filename.includes('\u0000')) {
    throw refuse(new AppError('VALIDATION_FAILED', 'Nama berkas tidak sah / Invalid file name', { field }));
  }
  // A file input left empty arrives as a part with filename "" and no bytes; skip it, uncounted.
  const optional = filename === '';
  if (count >= limits.maxFiles && !optional) throw refuse(tooManyFiles(field, limits));
  const stageOpts = {
    dir: opts.store.stagingDir(),
    maxBytes: limits.maxFileBytes,
    allowed: opts.allowed ?? EVIDENCE_MEDIA_TYPES,
    field,
    filename,
  };
  const staged = optional
    ? await stageUploadUnlessEmpty(part.file, stageOpts)
    : await stageUpload(part.file, stageOpts);
  if (staged === undefined) return undefined;
  if (count >= limits.maxFiles) {
    await rm(staged.path, { force: true });
    throw tooManyFiles(field, limits);
  }
  return { ...staged, field, filename };
}

function tooManyFiles(field: string | undefined, limits: UploadLimits): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', 'Terlalu banyak berkas / Too many files', {
    ...(field === undefined ? {} : { field }),
    limit: limits.maxFiles,
  });
}

async function removeStaged(files: readonly UploadedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.path, { force: true })));
}

/** Errors of the parser (@fastify/multipart, by `code`, or busboy), all about the request body. */
function parserError(err: unknown, limits: UploadLimits): AppError {
  if (err instanceof AppError) return err;
  const code = property(err, 'code');
  switch (typeof code === 'string' ? code : undefined) {
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Formulir harus dikirim sebagai multipart/form-data / The form must be sent as multipart/form-data',
      );
    case 'FST_FILES_LIMIT':
      return tooManyFiles(undefined, limits);
    case 'FST_REQ_FILE_TOO_LARGE': {
      // @fastify/multipart attaches the part that went over.
      const part = property(err, 'part');
      return new AppError('PAYLOAD_TOO_LARGE', 'Berkas terlalu besar / File too large', {
        field: property(part, 'fieldname'),
        file: property(part, 'filename'),
        limitBytes: limits.maxFileBytes,
      });
    }
    case 'FST_PARTS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', 'Formulir terlalu besar / Form too large', {
        limit: busboyLimits(limits).parts,
      });
    case 'FST_FIELDS_LIMIT':
      return new AppError('PAYLOAD_TOO_LARGE', 'Formulir terlalu besar / Form too large', { limit: MAX_FIELDS });
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppError('BAD_REQUEST', 'Unggahan terputus / Upload truncated');
    default:
      // busboy's own errors (no boundary, unexpected end of data) and the like carry no code.
      return new AppError('BAD_REQUEST', 'Formulir rusak / Malformed form');
  }
}

function property(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (Reflect.get(value, key) as unknown) : undefined;
}
