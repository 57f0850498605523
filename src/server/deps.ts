import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import type { Database } from './db/db';
import type { BlobStore } from './evidence/blob-store';
import type { JobRunner } from './jobs/runner';

/** Everything a handler or service may reach; built once in `src/server/boot.ts`, or by tests. */
export interface AppDeps {
  config: Config;
  db: Database;
  /** The only source of time. Tests pass a fixed clock. */
  clock: () => Date;
  log: FastifyBaseLogger;
  /** Absent when jobs are off (NETRA_JOBS=off, most tests). */
  jobs: JobRunner | null;
  /** Evidence files, stored once per SHA-256 (under NETRA_DATA_DIR/evidence by default). */
  blobs: BlobStore;
}
