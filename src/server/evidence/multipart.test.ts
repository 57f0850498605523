import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../http/errors';
import { tempDir } from '../test/tmp';
import { fsBlobStore } from './fs-blob-store';
import { type UploadLimits, readMultipartForm, registerMultipart } from './multipart';
import { multipartBody, type MultipartPart, TEST_BOUNDARY } from './test-multipart';
import { SAMPLES } from './test-samples';

const LIMITS: UploadLimits = { maxFiles: 3, maxFileBytes: 64 * 1024 };
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, recursively (relative paths). */
function filesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A self-contained app: POST /upload reads the form and commits its files; /discard throws them away. */
async function setup(limits: UploadLimits = LIMITS) {
  const root = tempDir('evidence');
  const store = fsBlobStore(root);
  app = Fastify();
  await registerMultipart(app, limits);
  app.setErrorHandler((err: FastifyError | AppError, _request, reply) =>
    err instanceof AppError
      ? reply.status(err.status).send({ code: err.code, details: err.details })
      : reply.status(err.statusCode ?? 500).send({ code: err.code }),
  );
  const read = (request: Parameters<typeof readMultipartForm>[0]) =>
    readMultipartForm(request, { limits, store, fileFields: ['evidence', 'photo'] });
  app.post('/upload', async (request) => {
    const form = await read(request);
    const files = [];
    for (const file of form.files) {
      const { created } = await store.commit(file);
      const { field, filename, sha256, size, mediaType } = file;
      files.push({ field, filename, sha256, size, mediaType, created });
    }
    return { fields: Object.fromEntries(form.fields), files };
  });
  app.post('/discard', async (request) => {
    const form = await read(request);
    await form.discard();
    return { staged: form.files.length };
  });
  const post = (parts: MultipartPart[], url = '/upload') => {
    const { body, contentType } = multipartBody(parts);
    return app!.inject({ method: 'POST', url, payload: body, headers: { 'content-type': contentType } });
  };
  const staging = () => filesUnder(root).filter((f) => f.startsWith('staging'));
  const blobs = () => filesUnder(root).filter((f) => f.startsWith('blobs'));
  return { app, store, root, post, staging, blobs };
}

const file = (name: string, filename: string, data: Buffer, contentType?: string): MultipartPart => ({
  name,
  filename,
  data,
  ...(contentType === undefined ? {} : { contentType }),
});

describe('readMultipartForm', () => {
  it('stages files hashed and typed by content, and collects text fields (repeated names too)', async () => {
    const { post, staging, blobs } = await setup();
    const res = await post([
      { name: 'title', value: 'Kepala desa berkampanye' },
      file('evidence', 'foto.png', SAMPLES.png, 'image/png'),
      { name: 'tag', value: 'asn' },
      { name: 'tag', value: 'kades' },
      file('photo', 'surat.pdf', SAMPLES.pdf, 'application/octet-stream'),
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      fields: { title: ['Kepala desa berkampanye'], tag: ['asn', 'kades'] },
      files: [
        {
          field: 'evidence',
          filename: 'foto.png',
          sha256: sha256(SAMPLES.png),
          size: SAMPLES.png.length,
          mediaType: 'image/png',
          created: true,
        },
        {
          field: 'photo',
          filename: 'surat.pdf',
          sha256: sha256(SAMPLES.pdf),
          size: SAMPLES.pdf.length,
          mediaType: 'application/pdf',
          created: true,
        },
      ],
    });
    expect(staging()).toEqual([]);
    expect(blobs()).toHaveLength(2);
  });

  it('stores the same content once', async () => {
    const { post, blobs } = await setup();
    const res = await post([file('evidence', 'a.jpg', SAMPLES.jpeg), file('evidence', 'b.jpg', SAMPLES.jpeg)]);
    expect(res.statusCode).toBe(200);
    expect(res.json().files.map((f: { created: boolean }) => f.created)).toEqual([true, false]);
    expect(blobs()).toEqual([
      path.join('blobs', sha256(SAMPLES.jpeg).slice(0, 2), sha256(SAMPLES.jpeg).slice(2, 4), sha256(SAMPLES.jpeg)),
    ]);
  });

  it('skips a file input left empty', async () => {
    const { post, staging } = await setup();
    const res = await post([{ name: 'title', value: 'x' }, file('evidence', '', Buffer.alloc(0))]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ fields: { title: ['x'] }, files: [] });
    expect(staging()).toEqual([]);
  });

  it('refuses a chosen but empty file', async () => {
    const { post } = await setup();
    const res = await post([file('evidence', 'kosong.pdf', Buffer.alloc(0))]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'evidence', file: 'kosong.pdf' } });
  });

  it('refuses a file that is too large (413) and leaves nothing behind', async () => {
    const { post, staging, blobs } = await setup();
    const big = Buffer.concat([SAMPLES.pdf, Buffer.alloc(LIMITS.maxFileBytes)]);
    const res = await post([file('evidence', 'ok.png', SAMPLES.png), file('photo', 'besar.pdf', big)]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      details: { field: 'photo', file: 'besar.pdf', limitBytes: LIMITS.maxFileBytes },
    });
    expect(staging()).toEqual([]);
    expect(blobs()).toEqual([]);
  });

  it('refuses more files than allowed (413) and leaves nothing behind', async () => {
    const { post, staging } = await setup();
    const samples = [SAMPLES.png, SAMPLES.jpeg, SAMPLES.pdf, SAMPLES.mp3];
    const res = await post(samples.map((data, i) => file('evidence', `f${i}`, data)));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', details: { field: 'evidence', limit: 3 } });
    expect(staging()).toEqual([]);
  });

  it('refuses a file whose content is not an accepted type, whatever its name and claimed type (415)', async () => {
    const { post, staging } = await setup();
    const res = await post([
      file('evidence', 'ok.png', SAMPLES.png),
      file('photo', 'photo.jpg', SAMPLES.text, 'image/jpeg'),
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { field: 'photo', file: 'photo.jpg' } });
    expect(staging()).toEqual([]);
  });

  it('refuses a body cut off in the middle of a file (400) and leaves nothing behind', async () => {
    const { app, staging } = await setup();
    const second = Buffer.concat([SAMPLES.pdf, Buffer.alloc(20_000, 0x20)]);
    const { body, contentType } = multipartBody([
      file('evidence', 'a.png', SAMPLES.png),
      file('photo', 'b.pdf', second),
    ]);
    const cut = body.subarray(0, body.length - 10_000);
    const res = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: cut,
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BAD_REQUEST');
    expect(staging()).toEqual([]);
  });

  it('refuses malformed multipart (no boundary) with 400 and a non-multipart body with 415', async () => {
    const { app } = await setup();
    const noBoundary = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: multipartBody([{ name: 'a', value: 'b' }]).body,
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().code).toBe('BAD_REQUEST');
    const json = await app.inject({ method: 'POST', url: '/upload', payload: { title: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a file in a field not meant for files, NUL characters and over-long fields', async () => {
    const { post, staging } = await setup();
    const stray = await post([file('evidence', 'a.png', SAMPLES.png), file('title', 'x.png', SAMPLES.png)]);
    expect(stray.statusCode).toBe(400);
    expect(stray.json()).toEqual({ code: 'VALIDATION_FAILED', details: { field: 'title', file: 'x.png' } });
    const nul = await post([{ name: 'title', value: 'a\u0000b' }]);
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toEqual({ code: 'VALIDATION_FAILED', details: { field: 'title' } });
    const long = await post([{ name: 'description', value: 'x'.repeat(20_001) }]);
    expect(long.statusCode).toBe(413);
    expect(long.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { field: 'description' } });
    expect(staging()).toEqual([]);
  });

  it('caps the whole body, by its declared length and while streaming', async () => {
    const { app, staging } = await setup({ ...LIMITS, maxBodyBytes: 30_000 });
    const { body, contentType } = multipartBody([
      file('evidence', 'a.pdf', Buffer.concat([SAMPLES.pdf, Buffer.alloc(20_000)])),
      file('photo', 'b.pdf', Buffer.concat([SAMPLES.pdf, Buffer.alloc(20_000)])),
    ]);
    const declared = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: body,
      headers: { 'content-type': contentType },
    });
    expect(declared.statusCode).toBe(413);
    const streamed = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: Readable.from([body.subarray(0, 10_000), body.subarray(10_000, 25_000), body.subarray(25_000)]),
      headers: { 'content-type': contentType },
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 30_000 } });
    expect(staging()).toEqual([]);
  });

  it('stops a body that never ends, even inside a part the parser skips', async () => {
    const { app, staging } = await setup({ ...LIMITS, maxBodyBytes: 100_000 });
    const { body, contentType } = multipartBody([file('evidence', 'a.png', SAMPLES.png)]);
    const opening = body.subarray(0, body.length - `--${TEST_BOUNDARY}--\r\n`.length); // no closing delimiter
    const endless = Readable.from(
      (function* () {
        yield opening;
        yield Buffer.from(`--${TEST_BOUNDARY}\r\nContent-Disposition: attachment\r\n\r\n`);
        for (;;) yield Buffer.alloc(8192, 0x41);
      })(),
    );
    const res = await app.inject({
      method: 'POST',
      url: '/upload',
      payload: endless,
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode).toBe(413);
    expect(staging()).toEqual([]);
  });

  it('discard() deletes the staged files', async () => {
    const { post, staging, blobs } = await setup();
    const res = await post([file('evidence', 'a.png', SAMPLES.png), file('photo', 'b.pdf', SAMPLES.pdf)], '/discard');
    expect(res.json()).toEqual({ staged: 2 });
    expect(staging()).toEqual([]);
    expect(blobs()).toEqual([]);
  });
});
