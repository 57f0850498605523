import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors';
import { tempDir } from '../test/tmp';
import type { BlobStore, StagedBlob } from './blob-store';
import { fsBlobStore, sweepStaging } from './fs-blob-store';

async function stage(
  store: BlobStore,
  content: string,
  name = `${content.length}-${Math.random()}`,
): Promise<StagedBlob> {
  await mkdir(store.stagingDir(), { recursive: true });
  const file = path.join(store.stagingDir(), name);
  writeFileSync(file, content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return { path: file, sha256, size: Buffer.byteLength(content), mediaType: 'application/pdf' };
}

describe('fsBlobStore', () => {
  it('commits a staged file under blobs/ab/cd/<sha256>, private, and reads it back', async () => {
    const root = tempDir('blobs');
    const store = fsBlobStore(root);
    const staged = await stage(store, '%PDF-1.4 bukti');
    expect(await store.exists(staged.sha256)).toBe(false);

    expect(await store.commit(staged)).toEqual({ created: true });

    const target = path.join(root, 'blobs', staged.sha256.slice(0, 2), staged.sha256.slice(2, 4), staged.sha256);
    expect(existsSync(staged.path)).toBe(false);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(target)).mode & 0o777).toBe(0o700);
    expect(await store.exists(staged.sha256)).toBe(true);
    const { stream, size } = await store.read(staged.sha256);
    expect(size).toBe(staged.size);
    expect(await text(stream)).toBe('%PDF-1.4 bukti');
  });

  it('stores the same content once: the second commit reports created false and drops its copy', async () => {
    const root = tempDir('blobs');
    const store = fsBlobStore(root);
    const first = await stage(store, 'same bytes', 'a');
    const second = await stage(store, 'same bytes', 'b');
    expect(await store.commit(first)).toEqual({ created: true });
    expect(await store.commit(second)).toEqual({ created: false });
    expect(existsSync(second.path)).toBe(false);
    expect(readdirSync(store.stagingDir())).toEqual([]);
    expect(await text((await store.read(first.sha256)).stream)).toBe('same bytes');
  });

  it('removes a blob; reading it then is NOT_FOUND, removing again is a no-op', async () => {
    const store = fsBlobStore(tempDir('blobs'));
    const staged = await stage(store, 'to be removed');
    await store.commit(staged);
    await store.remove(staged.sha256);
    expect(await store.exists(staged.sha256)).toBe(false);
    await expect(store.read(staged.sha256)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.remove(staged.sha256)).resolves.toBeUndefined();
  });

  it('treats a name that is not a SHA-256 as missing (no path tricks)', async () => {
    const store = fsBlobStore(tempDir('blobs'));
    expect(await store.exists('../../etc/passwd')).toBe(false);
    const err = await store.read('../staging/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NOT_FOUND');
    await expect(store.commit({ path: '/dev/null', sha256: 'ABC', size: 0, mediaType: 'x' })).rejects.toThrow();
  });
});

describe('sweepStaging', () => {
  it('deletes staging files older than the threshold and keeps recent ones', async () => {
    const root = tempDir('blobs');
    const store = fsBlobStore(root);
    const now = new Date('2029-11-27T10:00:00Z');
    const old = await stage(store, 'crash leftover', 'old.upload');
    const recent = await stage(store, 'upload in progress', 'recent.upload');
    const seconds = (d: Date) => d.getTime() / 1000;
    utimesSync(old.path, seconds(now) - 7200, seconds(now) - 7200);
    utimesSync(recent.path, seconds(now) - 60, seconds(now) - 60);

    expect(await sweepStaging(root, 3600_000, now)).toBe(1);
    expect(readdirSync(store.stagingDir())).toEqual(['recent.upload']);
  });

  it('does nothing when there is no staging directory yet', async () => {
    expect(await sweepStaging(tempDir('blobs'), 0, new Date())).toBe(0);
  });
});
