import { netra } from '../test-netra';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/db';
import { openDatabase } from '../../server/db/open';
import { openPglite } from '../../server/db/pglite';
import { BAD_CSV, BAD_CSV_PROBLEMS, GOOD_CSV, GOOD_CSV_AGAIN } from '../../server/index-values/test-files';
import { testEngines } from '../../server/test/db';
import { createScratchDatabase } from '../../server/test/scratch-db';
import { tempDir } from '../../server/test/tmp';

/** `netra index import FILE` as an operator runs it: a child process per command (see src/cli/cli.test.ts). */

for (const engine of testEngines()) {
  describe(`netra index import [${engine}]`, () => {
    const dataDir = tempDir('cli-index');
    const env: NodeJS.ProcessEnv = { NETRA_DATA_DIR: dataDir, NETRA_SECRET_KEY: randomBytes(32).toString('base64') };
    let dropDatabase = async (): Promise<void> => undefined;
    const file = (name: string, text: string) => {
      const at = path.join(dataDir, name);
      writeFileSync(at, text);
      return at;
    };

    async function state(): Promise<{ values: number; events: number; digest: string | null }> {
      const db: Database =
        engine === 'pglite'
          ? await openPglite(path.join(dataDir, 'pgdata'))
          : await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
      try {
        const { rows } = await db.query<{ values: number; events: number; digest: string | null }>(
          `SELECT (SELECT count(*)::int FROM indicator_values) AS values,
                  (SELECT count(*)::int FROM audit_events WHERE action = 'index.values_imported') AS events,
                  (SELECT string_agg(region_code || '|' || indicator_code || '|' || value, ';'
                            ORDER BY region_code, indicator_code) FROM indicator_values) AS digest`,
        );
        return rows[0]!;
      } finally {
        await db.close();
      }
    }

    beforeAll(async () => {
      if (engine === 'postgres') {
        const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'netra_cli_index');
        env.DATABASE_URL = scratch.url;
        dropDatabase = scratch.drop;
      }
      const seeded = await netra(env, 'seed');
      expect(seeded.code).toBe(0);
    }, 180_000);
    afterAll(() => dropDatabase());

    it('lists every problem of a file with each kind of error with its line, writes nothing, exits 2', async () => {
      const bad = file('bad.csv', BAD_CSV);
      const run = await netra(env, 'index', 'import', bad);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err).toMatch(/^9 kesalahan, tidak ada yang ditulis \/ 9 problem\(s\), nothing written:$/m);
      for (const [line, code, column] of BAD_CSV_PROBLEMS) {
        expect(run.err).toContain(`${bad}:${line}: ${code}${column ? ` (${column})` : ''}: `);
      }
      expect(await state()).toEqual({ values: 0, events: 0, digest: null });

      const json = await netra(env, 'index', 'import', bad, '--json');
      expect(json.code).toBe(2);
      const report = JSON.parse(json.out) as { ok: boolean; problems: { line: number; code: string }[] };
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => [p.line, p.code])).toEqual(BAD_CSV_PROBLEMS.map(([l, c]) => [l, c]));
      expect((await state()).values).toBe(0);
    }, 120_000);

    it('imports a clean file, re-imports it as an update, and --force takes only the valid lines', async () => {
      const first = await netra(env, 'index', 'import', file('good.csv', GOOD_CSV));
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/^OK: 3 nilai diimpor \/ values imported \(3 baru \/ new, 0 diganti \/ replaced\)/m);
      const again = await netra(env, 'index', 'import', file('again.csv', GOOD_CSV_AGAIN), '--json');
      expect(again.code).toBe(0);
      expect(JSON.parse(again.out)).toMatchObject({ ok: true, imported: 4, created: 1, updated: 3 });
      expect(await state()).toMatchObject({ values: 4, events: 2 });
      expect((await state()).digest).toContain('36.03|POLITIK_UANG_KAB|14');

      const forced = await netra(env, 'index', 'import', file('bad.csv', BAD_CSV), '--force');
      expect(forced.code).toBe(0);
      expect(forced.err).toMatch(/9 problem\(s\), these lines skipped/);
      expect(forced.out).toMatch(/^OK: 2 nilai diimpor .*\(0 baru \/ new, 2 diganti \/ replaced\)/m);
      const after = await state();
      expect(after).toMatchObject({ values: 4, events: 3 });
      expect(after.digest).toContain('36.03|POLITIK_UANG_KAB|12');
      expect(after.digest).toContain('36.71|POLITIK_UANG_KAB|4');
    }, 120_000);

    it('exits 1 on a file it cannot read', async () => {
      const run = await netra(env, 'index', 'import', path.join(dataDir, 'missing.csv'));
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/cannot read/);
    }, 60_000);
  });
}
