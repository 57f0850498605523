import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify';
import { SESSION_COOKIE } from '../auth/principal';
import { totpCodeAt } from '../auth/totp';
import type { Database } from '../db/db';
import { migrate } from '../db/migrate';
import { openPostgres } from '../db/postgres';
import { seedTestRegions } from '../reference/test-fixtures';
import { createTestApp, TEST_NOW, testConfig } from '../test/app';
import { createUser, type TestUser } from '../test/factories';
import { reportPayload } from '../test/report-factories';
import { createScratchDatabase, type ScratchDatabase } from '../test/scratch-db';
import { tempDir } from '../test/tmp';

/**
 * Issue acceptance: two server processes on one PostgreSQL register 200 cases concurrently and
 * hand out 200 distinct consecutive register numbers (`takeNumber` is gap-free across instances).
 * PostgreSQL only (PGlite is single-process): runs when TEST_DATABASE_URL is set, in a scratch
 * database of its own. Each instance is `src/server/test/serve-instance.ts` in a child process,
 * with the tests' fixed clock (TEST_NOW, November 2024 in WIB).
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SERVE = path.join(ROOT, 'src/server/test/serve-instance.ts');
const CASES = 200;
const NUMBER = /^(\d{3})\/Reg\/LP\/PB\/36\.03\/XI\/2024$/;
const START_TIMEOUT_MS = 60_000;

interface Instance {
  child: ChildProcess;
  base: string;
  /** stdout and stderr so far, for failure messages. */
  output: () => string;
}

/** Starts one instance and resolves once it prints its port; fails if it exits or stays silent. */
function startInstance(env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG ?? 'error',
      NETRA_JOBS: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const output = () => out;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`serve-instance ${why}:\n${out}`));
    };
    const timer = setTimeout(() => fail(`printed no port within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /^\{"port":(\d+)\}$/m.exec(out);
      if (m && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${m[1]}`, output });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('error', (err) => fail(`did not start: ${err.message}`));
    child.on('exit', (code, signal) => fail(`exited (${code ?? signal})`));
  });
}

/** SIGTERM, then SIGKILL if it has not exited within a bound. */
async function stopInstance(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  cookie: string | null;
}

async function post(base: string, url: string, cookie: string | null, payload?: object): Promise<Answer> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers,
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    cookie: set ? set.split(';')[0]! : null,
  };
}

/** The real login flow over HTTP (password, then TOTP enrolment at TEST_NOW); returns the session cookie. */
async function signInOver(base: string, user: TestUser): Promise<string> {
  const login = await post(base, '/api/auth/login', null, { username: user.username, password: user.password });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  expect(login.body.next).toBe('totp_enroll');
  const partial = login.cookie!;
  const enrol = await post(base, '/api/auth/totp/enroll', partial);
  expect(enrol.status, JSON.stringify(enrol.body)).toBe(200);
  const secret = enrol.body.secret as string;
  const confirm = await post(base, '/api/auth/totp/enroll/confirm', partial, { code: totpCodeAt(secret, TEST_NOW) });
  expect(confirm.status, JSON.stringify(confirm.body)).toBe(200);
  expect(confirm.body.next).toBe('done');
  return confirm.cookie!;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('register numbers from two server processes [postgres]', () => {
  let scratch: ScratchDatabase | undefined;
  let db: Database | undefined;
  const instances: Instance[] = [];
  let starting: Promise<unknown> = Promise.resolve();
  let cookie: string;
  let caseIds: string[];

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'netra_cc');
    const env = {
      DATABASE_URL: scratch.url,
      // The key the reports are encrypted with (testConfig's), so case pages decrypt on both.
      NETRA_SECRET_KEY: testConfig().secretKey.toString('base64'),
      NETRA_DATA_DIR: tempDir('register-cc'),
    };
    // The instances start (slow: each loads the whole app) while this process fills the database.
    const started = Promise.all(
      [0, 1].map(async () => {
        const instance = await startInstance(env);
        instances.push(instance);
      }),
    );
    starting = started.catch(() => undefined);
    db = await openPostgres(scratch.url, { max: 4 });
    await migrate(db);
    await seedTestRegions(db);
    const officer = await createUser(db, { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' });

    // 200 public reports in Kabupaten Tangerang (36.03), each opening its case; one client IP
    // per report, under the public rate limit.
    const { app } = await createTestApp(db);
    for (let start = 0; start < CASES; start += 20) {
      const batch = Array.from({ length: Math.min(20, CASES - start) }, (_, k) => start + k);
      const answers = await Promise.all(
        batch.map((i) =>
          app.inject({
            method: 'POST',
            url: '/api/public/reports',
            payload: reportPayload(),
            remoteAddress: `10.7.${i >> 8}.${i & 255}`,
          }),
        ),
      );
      for (const res of answers) expect(res.statusCode, res.body).toBe(201);
    }
    await app.close();
    // Setup shortcut: every case straight to INITIAL_REVIEW, the status REGISTER starts from
    // (START_REVIEW over HTTP would add 200 more serialised audited transactions to the run).
    const { rows } = await db.query<{ id: string }>(
      `UPDATE cases SET status = 'INITIAL_REVIEW' WHERE office_code = '36.03' AND status = 'RECEIVED' RETURNING id`,
    );
    caseIds = rows.map((r) => r.id).sort();
    expect(caseIds).toHaveLength(CASES);

    await started;
    // Sessions live in the database: signed in through one instance, the cookie works on both.
    cookie = await signInOver(instances[0]!.base, officer);
  }, 120_000);

  afterAll(async () => {
    await starting;
    await Promise.all(instances.map((i) => stopInstance(i.child)));
    await db?.close();
    await scratch?.drop();
  });

  it('registers 200 cases at once on both instances with numbers 001…200 of one register', async () => {
    const answers = await Promise.all(
      caseIds.map((id, i) =>
        post(instances[i % 2]!.base, `/api/cases/${id}/transitions`, cookie, { type: 'REGISTER' }),
      ),
    );
    const failures = answers
      .map((a, i) => ({ case: caseIds[i], instance: i % 2, status: a.status, body: a.body }))
      .filter((a) => a.status !== 200);
    expect(failures, instances.map((i) => i.output()).join('\n')).toEqual([]);

    const numbers = answers.map((a) => a.body.registerNumber as string);
    for (const n of numbers) expect(n).toMatch(NUMBER);
    const seqs = numbers.map((n) => Number(NUMBER.exec(n)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: CASES }, (_, i) => i + 1));

    // The database agrees: every case registered once with the number it answered, the counter at 200.
    const { rows } = await db!.query<{ id: string; register_number: string }>(
      "SELECT id, register_number FROM cases WHERE office_code = '36.03' AND status = 'REGISTERED' ORDER BY id",
    );
    expect(rows).toEqual(caseIds.map((id, i) => ({ id, register_number: numbers[i] })));
    const counter = await db!.query<{ last_number: number }>(
      "SELECT last_number FROM counters WHERE office_code = '36.03' AND year = 2024 AND series = 'REG_LP'",
    );
    expect(counter.rows).toEqual([{ last_number: CASES }]);
    expect((await verifyAuditChain(db!)).ok).toBe(true);
  }, 120_000);
});
