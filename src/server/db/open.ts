import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Database } from './db';
import { lockDataDir } from './lock';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in `<dataDir>/pgdata` under an exclusive lock. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataDir(config.dataDir);
  try {
    const db = await openPglite(path.join(config.dataDir, 'pgdata'));
    return {
      ...db,
      async close() {
        await db.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
