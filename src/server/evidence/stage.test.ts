import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/tmp';
import { EVIDENCE_MEDIA_TYPES } from './media-types';
import { type StageOptions, stageUpload, stageUploadUnlessEmpty } from './stage';
import { SAMPLES } from './test-samples';

const options = (dir: string, maxBytes = 64 * 1024): StageOptions => ({
  dir,
  maxBytes,
  allowed: EVIDENCE_MEDIA_TYPES,
  field: 'evidence',
  filename: 'bukti.bin',
});

/** A source that never ends: a staging that waits for the end would hang the test. */
function endless(head: Buffer, state: { stopped: boolean }): Readable {
  return Readable.from(
    (async function* () {
      try {
        yield head;
        for (;;) yield Buffer.alloc(16 * 1024, 0x41);
      } finally {
        state.stopped = true;
      }
    })(),
  );
}

describe('stageUpload', () => {
  it('streams to a private file in the directory, with its SHA-256, size and detected type', async () => {
    const dir = tempDir('stage');
    const data = Buffer.concat([SAMPLES.mp3, Buffer.alloc(10_000, 1)]);
    const chunks = [data.subarray(0, 7), data.subarray(7, 5000), data.subarray(5000)];
    const staged = await stageUpload(Readable.from(chunks), options(dir));
    expect(staged).toMatchObject({
      sha256: createHash('sha256').update(data).digest('hex'),
      size: data.length,
      mediaType: 'audio/mpeg',
    });
    expect(readFileSync(staged.path).equals(data)).toBe(true);
    expect(statSync(staged.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('detects small files from what there is', async () => {
    const staged = await stageUpload(Readable.from([SAMPLES.png]), options(tempDir('stage')));
    expect(staged.mediaType).toBe('image/png');
    expect(staged.size).toBe(SAMPLES.png.length);
  });

  it('refuses a file over the limit as soon as it is exceeded, leaving nothing', async () => {
    const dir = tempDir('stage');
    const state = { stopped: false };
    const err = await stageUpload(endless(SAMPLES.pdf, state), options(dir, 100_000)).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      details: { field: 'evidence', file: 'bukti.bin', limitBytes: 100_000 },
    });
    expect(state.stopped).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const staged = await stageUpload(Readable.from([SAMPLES.pdf]), options(tempDir('stage'), SAMPLES.pdf.length));
    expect(staged.size).toBe(SAMPLES.pdf.length);
  });

  it('refuses a type that is not allowed or not recognised once the head is in, leaving nothing', async () => {
    const dir = tempDir('stage');
    const state = { stopped: false };
    const text = await stageUpload(endless(SAMPLES.text, state), options(dir, 1e9)).catch((e: unknown) => e);
    expect(text).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { field: 'evidence' } });
    expect(state.stopped).toBe(true);
    const pngOnly = { ...options(dir), allowed: ['image/png'] };
    const pdf = await stageUpload(Readable.from([SAMPLES.pdf]), pngOnly).catch((e: unknown) => e);
    expect(pdf).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { detected: 'application/pdf' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an empty file, or skips it when asked', async () => {
    const dir = tempDir('stage');
    await expect(stageUpload(Readable.from([]), options(dir))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await stageUploadUnlessEmpty(Readable.from([]), options(dir))).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('turns a source that fails or stops mid-way into 400 "truncated", leaving nothing', async () => {
    const dir = tempDir('stage');
    const failing = new Readable({ read() {} });
    failing.push(Buffer.concat([SAMPLES.pdf, Buffer.alloc(5000)]));
    setImmediate(() => failing.destroy(new Error('socket hang up')));
    await expect(stageUpload(failing, options(dir))).rejects.toMatchObject({ code: 'BAD_REQUEST', status: 400 });

    const aborted = new Readable({ read() {} });
    aborted.push(SAMPLES.pdf);
    setImmediate(() => aborted.destroy());
    await expect(stageUpload(aborted, options(dir))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('treats a stream flagged truncated (busboy at its fileSize limit) as too large', async () => {
    const dir = tempDir('stage');
    const cut = Object.assign(Readable.from([SAMPLES.pdf]), { truncated: true });
    await expect(stageUpload(cut, options(dir))).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
