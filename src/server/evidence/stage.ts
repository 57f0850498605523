import { createHash, randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../http/errors';
import type { StagedBlob } from './blob-store';

export interface StageOptions {
  /** Staging directory (created if missing); the file gets a fresh random name in it. */
  dir: string;
  maxBytes: number;
  /** Media types accepted, as `file-type` names them (see `media-types.ts`). */
  allowed: readonly string[];
  /** Form field and original file name, for error details only. */
  field: string;
  filename: string;
}

/** How much of the head `file-type` needs (its `reasonableDetectionSizeInBytes`). */
const SNIFF_BYTES = 4100;

/**
 * Streams `source` to a new file in `opts.dir`, hashing (SHA-256) and counting as it goes, and
 * detects the media type from the first bytes. Refuses, deleting the partial file first: more than
 * `maxBytes` (413, as soon as it is exceeded), a type not allowed or not recognised (415, as soon as
 * the head is in), an empty file (400), a source that fails or stops early (400).
 */
export async function stageUpload(source: Readable, opts: StageOptions): Promise<StagedBlob> {
  const staged = await stageUploadUnlessEmpty(source, opts);
  if (staged === undefined) {
    throw new AppError('VALIDATION_FAILED', 'Berkas kosong / Empty file', { field: opts.field, file: opts.filename });
  }
  return staged;
}

/** Like `stageUpload`, but an empty source gives `undefined` (and leaves no file) instead of an error. */
export async function stageUploadUnlessEmpty(source: Readable, opts: StageOptions): Promise<StagedBlob | undefined> {
  // The iterator below reports a failure of the source, also one before it starts reading; until
  // then this keeps such an 'error' event from being an uncaught exception.
  source.on('error', () => undefined);
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const filePath = path.join(opts.dir, `${randomUUID()}.upload`);
  let handle: FileHandle | undefined;
  try {
    await mkdir(opts.dir, { recursive: true, mode: 0o700 });
    handle = await open(filePath, 'wx', 0o600);
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let size = 0;
    let mediaType: string | undefined;
    for (;;) {
      const chunk = await nextChunk(chunks, opts);
      if (chunk === undefined) break;
      size += chunk.length;
      if (size > opts.maxBytes) throw tooLarge(opts);
      hash.update(chunk);
      if (mediaType === undefined) {
        head.push(chunk);
        if (size >= SNIFF_BYTES) mediaType = await detect(Buffer.concat(head), opts);
      }
      await writeAll(handle, chunk);
    }
    // busboy stops delivering at its own fileSize limit and flags the stream instead.
    if (isTruncated(source)) throw tooLarge(opts);
    await handle.close();
    handle = undefined;
    if (size === 0) {
      await rm(filePath, { force: true });
      return undefined;
    }
    mediaType ??= await detect(Buffer.concat(head), opts);
    return { path: filePath, sha256: hash.digest('hex'), size, mediaType };
  } catch (err) {
    // Stop the source (destroys it) so an uploader does not keep sending into nowhere.
    await chunks.return?.().catch(() => undefined);
    await handle?.close().catch(() => undefined);
    await rm(filePath, { force: true });
    throw err;
  }
}

/** The next chunk as a Buffer, `undefined` at the end; a failing source becomes 400 "truncated". */
async function nextChunk(chunks: AsyncIterator<unknown>, opts: StageOptions): Promise<Buffer | undefined> {
  let step: IteratorResult<unknown>;
  try {
    step = await chunks.next();
  } catch (err) {
    // A stream destroyed with an AppError (e.g. the request body cap) keeps its meaning.
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_REQUEST', 'Unggahan terputus / Upload truncated', {
      field: opts.field,
      file: opts.filename,
    });
  }
  if (step.done) return undefined;
  const value = step.value;
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string') return Buffer.from(value);
  throw new TypeError('stageUpload: the source must yield bytes');
}

async function detect(head: Buffer, opts: StageOptions): Promise<string> {
  let mime: string | undefined;
  try {
    mime = (await fileTypeFromBuffer(head))?.mime;
  } catch {
    mime = undefined; // a malformed header is as good as unknown
  }
  if (mime === undefined || !opts.allowed.includes(mime)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Jenis berkas tidak diterima / File type not accepted', {
      field: opts.field,
      file: opts.filename,
      ...(mime === undefined ? {} : { detected: mime }),
    });
  }
  return mime;
}

function tooLarge(opts: StageOptions): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', 'Berkas terlalu besar / File too large', {
    field: opts.field,
    file: opts.filename,
    limitBytes: opts.maxBytes,
  });
}

function isTruncated(source: Readable): boolean {
  return 'truncated' in source && source.truncated === true;
}

async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
