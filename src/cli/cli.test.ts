import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../server/db/db';
import { openDatabase } from '../server/db/open';
import { openPglite } from '../server/db/pglite';
import { testEngines } from '../server/test/db';
import { createScratchDatabase } from '../server/test/scratch-db';
import { tempDir } from '../server/test/tmp';

/**
 * The `netra` command as an operator runs it: a real child process per command, against an
 * embedded data dir (and against PostgreSQL via DATABASE_URL when TEST_DATABASE_URL is set).
 */
const BIN = path.resolve(import.meta.dirname, '../../bin/netra.mjs');

interface Run {
  code: number | null;
  out: string;
}

function netra(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, TZ: 'UTC', LOG_LEVEL: 'silent', NETRA_JOBS: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

for (const engine of testEngines()) {
  describe(`netra CLI [${engine}]`, () => {
    const dataDir = tempDir('cli');
    const env: NodeJS.ProcessEnv = { NETRA_DATA_DIR: dataDir, NETRA_SECRET_KEY: randomBytes(32).toString('base64') };
    let dropDatabase = async (): Promise<void> => undefined;

    /** Opens the same database the CLI uses, for the checks a DBA would make with SQL. */
    async function openDirect(): Promise<Database> {
      return engine === 'pglite'
        ? openPglite(path.join(dataDir, 'pgdata'))
        : openDatabase({ databaseUrl: env.DATABASE_URL, dataDir });
    }

    beforeAll(async () => {
      if (engine === 'postgres') {
        const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'netra_cli');
        env.DATABASE_URL = scratch.url;
        dropDatabase = scratch.drop;
      }
      const migrated = await netra(env, 'migrate');
      expect(migrated.out).toMatch(/0001_core/);
      expect(migrated.code).toBe(0);
    }, 180_000);
    afterAll(() => dropDatabase());

    it('adds an officer with a one-time password, lists and disables them', async () => {
      const add = await netra(
        env,
        'user',
        'add',
        '--username',
        'siti.kab',
        '--name',
        'Siti Rahma',
        '--role',
        'BAWASLU_KABKOTA',
        '--scope',
        '36.03',
      );
      expect(add.code).toBe(0);
      expect(add.out).toMatch(/one-time password: \S{16,}/);
      const wrongLevel = await netra(
        env,
        'user',
        'add',
        '--username',
        'pkd.x',
        '--name',
        'X',
        '--role',
        'PKD',
        '--scope',
        '36.03',
      );
      expect(wrongLevel.code).toBe(1);
      const unknownRegion = await netra(
        env,
        'user',
        'add',
        '--username',
        'kab.x',
        '--name',
        'X',
        '--role',
        'BAWASLU_KABKOTA',
        '--scope',
        '36.99',
      );
      expect(unknownRegion.code).toBe(1);
      const list = await netra(env, 'user', 'list');
      expect(list.out).toMatch(/siti\.kab/);
      expect(list.out).not.toMatch(/pkd\.x|kab\.x/);
      expect((await netra(env, 'user', 'disable', 'siti.kab')).code).toBe(0);
      expect((await netra(env, 'user', 'list')).out).not.toMatch(/siti\.kab/);
    }, 120_000);

    it('imports nothing from a holiday file with errors, and names the lines', async () => {
      const file = path.join(dataDir, 'holidays-bad.csv');
      writeFileSync(
        file,
        'date,name,kind,source\n2029-01-01,Tahun Baru 2029,NATIONAL,uji\n2029-02-30,Tanggal salah,NATIONAL,uji\n',
      );
      const bad = await netra(env, 'import', 'holidays', file);
      expect(bad.code).toBe(1);
      expect(bad.out).toMatch(/:3/);
      const db = await openDirect();
      try {
        const { rows } = await db.query("SELECT 1 FROM holidays WHERE date = '2029-01-01'");
        expect(rows).toHaveLength(0);
      } finally {
        await db.close();
      }
    }, 120_000);

    it('verifies the audit chain, and names the event changed by plain SQL', async () => {
      const ok = await netra(env, 'audit', 'verify');
      expect(ok.out).toMatch(/^OK: \d+/m);
      expect(ok.code).toBe(0);
      const db = await openDirect();
      let target: number;
      try {
        const { rows } = await db.query<{ seq: number }>(
          "SELECT seq FROM audit_events WHERE action LIKE 'user.%' ORDER BY seq LIMIT 1",
        );
        target = rows[0]!.seq;
        await db.query('DROP TRIGGER audit_events_no_update_delete ON audit_events');
        await db.query("UPDATE audit_events SET actor_label = actor_label || 'x' WHERE seq = $1", [target]);
      } finally {
        await db.close();
      }
      const broken = await netra(env, 'audit', 'verify');
      expect(broken.code).toBe(1);
      expect(broken.out).toContain(`seq ${target}`);
    }, 120_000);

    if (engine === 'pglite') {
      it('refuses to open a data dir another process holds', async () => {
        const holder = await openDatabase({ databaseUrl: undefined, dataDir });
        try {
          const second = await netra(env, 'migrate');
          expect(second.code).toBe(1);
          expect(second.out).toMatch(/in use by another Netra process/);
        } finally {
          await holder.close();
        }
      }, 60_000);
    }
  });
}
