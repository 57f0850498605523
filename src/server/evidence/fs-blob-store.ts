import { link, lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { notFound } from '../http/errors';
import { type BlobStore, type StagedBlob, isSha256Hex } from './blob-store';

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;
/** link(2) refused by the filesystem (some network or FUSE mounts): fall back to rename. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

function errnoCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/**
 * Blobs on the local filesystem: `root/blobs/ab/cd/<sha256>` (ab, cd: the first two hex pairs),
 * uploads staged in `root/staging/` (same filesystem, so a commit is a link or rename, never a copy).
 * Directories are created on first use, mode 0700; files are 0600.
 */
export function fsBlobStore(root: string): BlobStore {
  const blobsDir = path.join(root, 'blobs');
  const staging = stagingDirOf(root);
  const blobPath = (sha256: string) => path.join(blobsDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

  return {
    stagingDir: () => staging,
    sweepStaging: (olderThanMs, now) => sweepStaging(root, olderThanMs, now),

    async commit(staged: StagedBlob) {
      if (!isSha256Hex(staged.sha256)) throw new Error(`Not a SHA-256 hex digest: ${staged.sha256}`);
      await syncFile(staged.path);
      const target = blobPath(staged.sha256);
      const dir = path.dirname(target);
      const firstCreated = await mkdir(dir, { recursive: true, mode: DIR_MODE });
      let created: boolean;
      try {
        // link(2) fails with EEXIST instead of replacing, so of two concurrent commits of the same
        // content exactly one reports `created`.
        await link(staged.path, target);
        created = true;
      } catch (err) {
        const code = errnoCode(err);
        if (code === 'EEXIST') created = false;
        else if (code !== undefined && NO_HARD_LINKS.has(code)) created = await renameUnlessExists(staged.path, target);
        else throw err;
      }
      await rm(staged.path, { force: true });
      await syncDir(dir);
      if (firstCreated !== undefined) {
        // New directories: their entries in the parents must be durable too.
        const top = path.dirname(firstCreated);
        for (let d = path.dirname(dir); ; d = path.dirname(d)) {
          await syncDir(d);
          if (d === top || d === path.dirname(d)) break;
        }
      }
      return { created };
    },

    async remove(sha256: string) {
      if (!isSha256Hex(sha256)) throw new Error(`Not a SHA-256 hex digest: ${sha256}`);
      const target = blobPath(sha256);
      try {
        await rm(target);
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') return;
        throw err;
      }
      await syncDir(path.dirname(target));
    },

    async exists(sha256: string) {
      if (!isSha256Hex(sha256)) return false;
      try {
        return (await stat(blobPath(sha256))).isFile();
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') return false;
        throw err;
      }
    },

    async read(sha256: string) {
      if (!isSha256Hex(sha256)) throw notFound('berkas bukti / evidence file');
      let handle;
      try {
        handle = await open(blobPath(sha256), 'r');
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') throw notFound('berkas bukti / evidence file');
        throw err;
      }
      try {
        const { size } = await handle.stat();
        // The stream owns the handle from here and closes it when done or destroyed.
        return { stream: handle.createReadStream(), size };
      } catch (err) {
        await handle.close();
        throw err;
      }
    },
  };
}

function stagingDirOf(root: string): string {
  return path.join(root, 'staging');
}

/**
 * Deletes staging files last modified more than `olderThanMs` before `now`: leftovers of a crash
 * between staging and commit (a live upload touches its file continuously). Returns how many.
 */
export async function sweepStaging(root: string, olderThanMs: number, now: Date): Promise<number> {
  const dir = stagingDirOf(root);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return 0;
    throw err;
  }
  const cutoff = now.getTime() - olderThanMs;
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      const info = await lstat(file);
      if (info.isDirectory() || info.mtimeMs >= cutoff) continue;
      await rm(file, { force: true });
      removed++;
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') throw err; // gone meanwhile (committed or discarded)
    }
  }
  return removed;
}

async function renameUnlessExists(from: string, to: string): Promise<boolean> {
  try {
    await stat(to);
    return false;
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err;
  }
  await rename(from, to);
  return true;
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.chmod(FILE_MODE);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
