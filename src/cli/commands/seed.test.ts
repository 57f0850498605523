import { netra } from '../test-netra';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/db';
import { openDatabase } from '../../server/db/open';
import { openPglite } from '../../server/db/pglite';
import { testEngines } from '../../server/test/db';
import { createScratchDatabase } from '../../server/test/scratch-db';
import { tempDir } from '../../server/test/tmp';

/** `netra seed --synthetic N` as an operator runs it: a child process per command (see src/cli/cli.test.ts). */

for (const engine of testEngines()) {
  describe(`netra seed [${engine}]`, () => {
    const dataDir = tempDir('cli-seed');
    const env: NodeJS.ProcessEnv = { NETRA_DATA_DIR: dataDir, NETRA_SECRET_KEY: randomBytes(32).toString('base64') };
    let dropDatabase = async (): Promise<void> => undefined;

    async function openDirect(): Promise<Database> {
      return engine === 'pglite'
        ? openPglite(path.join(dataDir, 'pgdata'))
        : openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
    }
    async function counts(): Promise<{ cases: number; reports: number; parties: number; not_regency: number }> {
      const db = await openDirect();
      try {
        const { rows } = await db.query<{ cases: number; reports: number; parties: number; not_regency: number }>(
          `SELECT (SELECT count(*)::int FROM cases) AS cases,
                  (SELECT count(*)::int FROM reports WHERE case_id IS NOT NULL) AS reports,
                  (SELECT count(*)::int FROM case_parties) AS parties,
                  (SELECT count(*)::int FROM cases c JOIN regions o ON o.code = c.office_code
                    WHERE o.level <> 'regency') AS not_regency`,
        );
        return rows[0]!;
      } finally {
        await db.close();
      }
    }

    beforeAll(async () => {
      if (engine === 'postgres') {
        const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'netra_cli_seed');
        env.DATABASE_URL = scratch.url;
        dropDatabase = scratch.drop;
      }
    }, 60_000);
    afterAll(() => dropDatabase());

    it('loads the reference data, then adds synthetic cases in regency offices', async () => {
      const seed = await netra(env, 'seed');
      expect(seed.code).toBe(0);
      expect(seed.out).toMatch(/reference data loaded/);
      const run = await netra(env, 'seed', '--synthetic', '1_500', '--batch', '400');
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^OK: 1500 kasus sintetis \/ synthetic cases in 514 kantor \/ offices/m);
      expect(await counts()).toEqual({ cases: 1500, reports: 1500, parties: 1500, not_regency: 0 });
    }, 180_000);

    it('exits 2 on a bad count and refuses synthetic data in production (exit 1), writing nothing', async () => {
      for (const bad of ['0', '-5', 'abc', '1.5', '99999999999']) {
        const run = await netra(env, 'seed', '--synthetic', bad);
        expect(run.code, bad).toBe(2);
        expect(run.err, bad).toMatch(/^--synthetic ".*": bilangan bulat 1–10000000/);
      }
      expect((await netra(env, 'seed', '--synthetic')).code).toBe(2);
      const production = await netra({ ...env, NODE_ENV: 'production' }, 'seed', '--synthetic', '10');
      expect(production.code).toBe(1);
      expect(production.err).toMatch(/synthetic data refused when NODE_ENV=production/);
      expect((await counts()).cases).toBe(1500);
    }, 120_000);
  });
}
