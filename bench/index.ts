/**
 * Benchmarks (not tests): `npm run bench`. Measures the first-start reference load and the main
 * read paths on the real data set (83,763 villages), on PGlite and, when BENCH_DATABASE_URL is set
 * (e.g. postgres://postgres@127.0.0.1:5432/postgres), on PostgreSQL in a scratch database; then
 * the case inbox over 1,000,000 synthetic cases on PostgreSQL (`cases.ts`; BENCH_CASES=N for fewer).
 * Then the pure vulnerability index engine over 514 regencies (`index-engine.ts`).
 * Then the open-data export of every case over HTTP (`open-data.ts`, BENCH_CASES as above).
 * BENCH_ONLY=core, cases, index or open runs one part.
 */
import { pino } from 'pino';
import type { Database } from '../src/server/db/db';
import { migrate } from '../src/server/db/migrate';
import { openPglite } from '../src/server/db/pglite';
import { openPostgres } from '../src/server/db/postgres';
import { seedReferenceData } from '../src/server/reference/seed';
import { createTestApp } from '../src/server/test/app';
import { createUser } from '../src/server/test/factories';
import { createScratchDatabase } from '../src/server/test/scratch-db';
import { benchCases } from './cases';
import { benchIndexEngine } from './index-engine';
import { benchIndexLive } from './index-live';
import { benchIntake, CLIENTS } from './intake';
import { benchOpenData } from './open-data';

interface Row {
  engine: string;
  what: string;
  figure: string;
}
const rows: Row[] = [];
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function benchEngine(engine: string, db: Database): Promise<void> {
  let t0 = process.hrtime.bigint();
  await migrate(db);
  rows.push({ engine, what: 'migrations', figure: `${ms(t0).toFixed(0)} ms` });

  t0 = process.hrtime.bigint();
  await seedReferenceData(db, { log: pino({ level: 'silent' }), now: new Date('2024-11-18T03:00:00Z') });
  const { rows: counted } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM regions');
  rows.push({
    engine,
    what: `reference data (${counted[0]!.n} regions, elections, holidays)`,
    figure: `${(ms(t0) / 1000).toFixed(2)} s`,
  });

  const { app } = await createTestApp(db);
  // Sign-in: the password step (scrypt, N=2^15) and session creation, sequentially.
  const user = await createUser(db, { username: `bench.${engine}` });
  const logins: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = process.hrtime.bigint();
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
    });
    if (res.statusCode !== 200) throw new Error(`login → ${res.statusCode} ${res.body}`);
    logins.push(ms(t));
  }
  logins.sort((a, b) => a - b);
  rows.push({
    engine,
    what: 'POST /api/auth/login (password step)',
    figure: `p50 ${percentile(logins, 50).toFixed(0)} ms, p95 ${percentile(logins, 95).toFixed(0)} ms`,
  });

  const queries = [
    '/api/regions?q=tangerang',
    '/api/regions?q=kab.%20bandung',
    '/api/regions?q=sukamaju',
    '/api/regions?q=mekar&level=village',
    '/api/regions?parent=32.04.10',
    '/api/regions/36.03.01.1001',
    '/api/regions?level=village&limit=50&cursor=' + Buffer.from('o:50000').toString('base64url'),
  ];
  for (const url of queries) {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = process.hrtime.bigint();
      const res = await app.inject({ method: 'GET', url });
      if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
      times.push(ms(t));
    }
    times.sort((a, b) => a - b);
    rows.push({
      engine,
      what: `GET ${url.slice(0, 60)}`,
      figure: `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
    });
  }
  await app.close();

  const intake = await benchIntake(db, engine === 'postgres' ? 2000 : 400);
  rows.push({
    engine,
    what: `POST /api/public/reports (JSON, no files), ${CLIENTS} concurrent clients over HTTP`,
    figure: `${intake.reports.toFixed(0)} reports/s`,
  });
  rows.push({
    engine,
    what: `raw single-row INSERT, same driver, ${CLIENTS} concurrent clients`,
    figure: `${intake.inserts.toFixed(0)} rows/s (reports at ${((100 * intake.reports) / intake.inserts).toFixed(0)}%)`,
  });
}

const only = process.env.BENCH_ONLY?.split(',');
const part = (name: 'core' | 'cases' | 'index' | 'open') => !only || only.includes(name);
const pgUrl = process.env.BENCH_DATABASE_URL;

if (part('core')) {
  const pglite = await openPglite(undefined);
  await benchEngine('pglite', pglite);
  rows.push({
    engine: 'pglite',
    what: 'process RSS after load and queries (in-process database)',
    figure: `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  });
  await pglite.close();

  if (pgUrl) {
    const scratch = await createScratchDatabase(pgUrl, 'netra_bench');
    const db = await openPostgres(scratch.url);
    try {
      await benchEngine('postgres', db);
    } finally {
      await db.close();
      await scratch.drop();
    }
  }
}
if (part('cases')) rows.push(...(await benchCases(pgUrl)));
if (part('index')) rows.push(...benchIndexEngine(), ...(await benchIndexLive(pgUrl)));
if (part('open')) rows.push(...(await benchOpenData(pgUrl)));

const width = Math.max(...rows.map((r) => r.what.length));
console.log(`\n${'engine'.padEnd(9)} ${'measure'.padEnd(width)}  figure`);
for (const r of rows) console.log(`${r.engine.padEnd(9)} ${r.what.padEnd(width)}  ${r.figure}`);
