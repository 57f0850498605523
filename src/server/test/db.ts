import { afterAll, beforeAll, describe } from 'vitest';
import type { Database, Engine } from '../db/db';
import { migrate } from '../db/migrate';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { createScratchDatabase } from './scratch-db';

/**
 * Database tests run on a fresh in-memory PGlite per file, and, when TEST_DATABASE_URL is set,
 * again on PostgreSQL in a database of their own (created here, dropped afterwards). Suite names
 * carry the engine, so the output shows where each test ran.
 */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  db: Database;
  drop: () => Promise<void>;
}

export async function createTestDatabase(engine: Engine, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let result: TestDatabase;
  if (engine === 'pglite') {
    const db = await openPglite(undefined);
    result = { db, drop: () => db.close() };
  } else {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const scratch = await createScratchDatabase(adminUrl, 'netra_t');
    const db = await openPostgres(scratch.url, { max: 4 });
    result = {
      db,
      drop: async () => {
        await db.close();
        await scratch.drop();
      },
    };
  }
  if (options.migrate !== false) await migrate(result.db);
  return result;
}

/** `describe` once per engine, with a fresh migrated database for the suite. */
export function describeDb(name: string, body: (get: () => Database, engine: Engine) => void): void {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      let t: TestDatabase | undefined;
      beforeAll(async () => {
        t = await createTestDatabase(engine);
      }, 120_000);
      afterAll(async () => {
        await t?.drop();
      });
      body(() => {
        if (!t) throw new Error('database not ready');
        return t.db;
      }, engine);
    });
  }
}
