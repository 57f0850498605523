/**
 * One app instance in a process of its own, for tests that need several servers on one database
 * (`src/server/cases/register-concurrency.test.ts`):
 *
 *   DATABASE_URL=postgres://… NETRA_SECRET_KEY=… NETRA_DATA_DIR=/tmp/x NETRA_JOBS=off \
 *     node --import tsx src/server/test/serve-instance.ts
 *
 * The real HTTP app (`buildApp` with every route) on the configured database, which must already
 * be migrated, with the tests' fixed clock (TEST_NOW) and jobs off. It listens on 127.0.0.1 on a
 * free port and prints one line `{"port":N}` on stdout; SIGTERM closes it.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import type { AppDeps } from '../deps';
import { fsBlobStore } from '../evidence/fs-blob-store';
import { buildApp } from '../http/app';
import { createLogger } from '../logger';
import { allRoutes } from '../routes';
import { TEST_NOW } from './app';

const config = { ...loadConfig(process.env, () => undefined), host: '127.0.0.1', port: 0 };
if (!config.databaseUrl) throw new Error('serve-instance: DATABASE_URL is required');
const db = await openDatabase(config);
const deps: AppDeps = {
  config,
  db,
  clock: () => new Date(TEST_NOW.getTime()),
  log: createLogger(config),
  jobs: null,
  blobs: fsBlobStore(path.join(config.dataDir, 'evidence')),
};
const app = await buildApp(deps, { routes: allRoutes() });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('serve-instance: no TCP address');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await db.close();
    process.exit(0);
  })();
});
