import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ensureFirstAdmin } from './auth/first-admin';
import { fsBlobStore } from './evidence/fs-blob-store';
import type { Config } from './config';
import type { Database } from './db/db';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import type { AppDeps } from './deps';
import { buildApp } from './http/app';
import { allJobs } from './jobs';
import { JobRunner } from './jobs/runner';
import { createLogger } from './logger';
import { seedReferenceData } from './reference/seed';
import { allRoutes } from './routes';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Opens the database, migrates, loads reference data (first start only) and returns the pieces. */
export async function prepare(config: Config): Promise<{ db: Database; log: ReturnType<typeof createLogger> }> {
  const log = createLogger(config);
  const db = await openDatabase(config);
  try {
    const applied = await migrate(db);
    if (applied.length) log.info({ applied }, 'migrations applied');
    await seedReferenceData(db, { log, now: new Date() });
    return { db, log };
  } catch (err) {
    await db.close();
    throw err;
  }
}

export interface RunningServer {
  app: FastifyInstance;
  deps: AppDeps;
  stop: () => Promise<void>;
}

/** `netra serve`: everything `npm start` needs, then listen. */
export async function startServer(config: Config, print: (line: string) => void): Promise<RunningServer> {
  const { db, log } = await prepare(config);
  const base = { config, db, clock: () => new Date(), log, blobs: fsBlobStore(path.join(config.dataDir, 'evidence')) };
  const jobs = config.jobs ? new JobRunner(base, allJobs) : null;
  const deps: AppDeps = { ...base, jobs };
  try {
    await ensureFirstAdmin(deps, print);
    await jobs?.start();
    const app = await buildApp(deps, { routes: allRoutes(), webDir: WEB_DIST });
    await app.listen({ port: config.port, host: config.host });
    print(`Netra berjalan di / is running at http://localhost:${config.port} (database: ${db.engine})`);
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await jobs?.stop();
        await db.close();
      })());
    return { app, deps, stop };
  } catch (err) {
    await jobs?.stop().catch(() => undefined);
    await db.close();
    throw err;
  }
}
