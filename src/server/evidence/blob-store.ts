import type { Readable } from 'node:stream';

/** An upload written to the staging directory, hashed and typed, not yet in the store. */
export interface StagedBlob {
  /** Absolute path of the staged file (inside `BlobStore.stagingDir()`). */
  path: string;
  /** SHA-256 of the content, lowercase hex. */
  sha256: string;
  size: number;
  /** Detected from the content (see `media-types.ts`). */
  mediaType: string;
}

/**
 * Content-addressed storage of evidence files: one blob per SHA-256. The filesystem implementation
 * is `fs-blob-store.ts`; an S3-compatible store can implement the same interface.
 */
export interface BlobStore {
  /**
   * Moves a staged file into the store, durably (fsync file and directory). `created` false when a
   * blob with that hash already existed (the staged copy is removed). Call it inside the database
   * transaction, before COMMIT.
   */
  commit(staged: StagedBlob): Promise<{ created: boolean }>;
  /** Removes a blob (used to undo a commit whose transaction then failed, only when `created` was true). */
  remove(sha256: string): Promise<void>;
  exists(sha256: string): Promise<boolean>;
  /** A readable stream of the blob; throws AppError NOT_FOUND when missing. */
  read(sha256: string): Promise<{ stream: NodeJS.ReadableStream | Readable; size: number }>;
  /** Directory for staging uploads (same filesystem as the store so commit is a rename). */
  stagingDir(): string;
  /** Deletes staged uploads older than `olderThanMs` (left by a crash mid-upload). Returns how many. */
  sweepStaging(olderThanMs: number, now: Date): Promise<number>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}
