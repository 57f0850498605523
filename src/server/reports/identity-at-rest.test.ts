import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/db';
import { migrate } from '../db/migrate';
import { wrapPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { seedTestRegions } from '../reference/test-fixtures';
import { createTestApp } from '../test/app';
import { createScratchDatabase } from '../test/scratch-db';
import { reportPayload, TEST_NIK, TEST_REPORTER_NAME } from '../test/report-factories';

/**
 * Reporter identities and witnesses are unreadable in a raw dump of the database: the PGlite data
 * directory as a tar archive, and pg_dump of a PostgreSQL database. The reported party's name is
 * not secret and must be found — proof that the dump holds the report at all.
 */
const SECRETS = [TEST_NIK, TEST_REPORTER_NAME, '81234567890', 'Jl. Raya Balaraja', 'Andi Wijaya', 'Rina Kartika'];

async function fileReport(db: Database): Promise<void> {
  await migrate(db);
  await seedTestRegions(db);
  const { app } = await createTestApp(db);
  const res = await app.inject({ method: 'POST', url: '/api/public/reports', payload: reportPayload() });
  expect(res.statusCode, res.body).toBe(201);
  await app.close();
}

function expectNoSecrets(dump: string): void {
  expect(dump).toContain('Budi Santoso');
  for (const secret of SECRETS) expect(dump, secret).not.toContain(secret);
}

describe('reporter identity at rest', () => {
  it('is absent from a dump of the PGlite data directory', async () => {
    const pg = new PGlite();
    const db = wrapPglite(pg);
    await fileReport(db);
    await db.query('CHECKPOINT');
    const tar = Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer());
    expectNoSecrets(tar.toString('latin1'));
    await db.close();
  }, 120_000);

  const pgUrl = process.env.TEST_DATABASE_URL;
  it.runIf(pgUrl && existsSync('/usr/bin/pg_dump'))(
    'is absent from pg_dump of a PostgreSQL database',
    async () => {
      const scratch = await createScratchDatabase(pgUrl!, 'netra_dump');
      const db = await openPostgres(scratch.url, { max: 2 });
      try {
        await fileReport(db);
        const { stdout } = await promisify(execFile)('/usr/bin/pg_dump', ['--data-only', scratch.url], {
          maxBuffer: 256 * 1024 * 1024,
        });
        expectNoSecrets(stdout);
      } finally {
        await db.close();
        await scratch.drop();
      }
    },
    120_000,
  );
});
