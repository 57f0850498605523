/**
 * The open-data export at scale (benchmark, not a test), on PostgreSQL only: a scratch database with
 * the full reference data and BENCH_CASES synthetic cases (default 1,000,000), then
 * `GET /api/open/cases.csv` (and `.json`) through the real HTTP stack — a listening server, read
 * with fetch to the end of the body — measuring wall time, rows, bytes and the process RSS sampled
 * every 100 ms against the RSS before the request. Target: ≤ 60 s for the CSV, memory flat.
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Actor } from '../src/server/audit/audit';
import { insertSyntheticCases } from '../src/server/cases/synthetic';
import { migrate } from '../src/server/db/migrate';
import { openPostgres } from '../src/server/db/postgres';
import { seedReferenceData } from '../src/server/reference/seed';
import { createTestApp } from '../src/server/test/app';
import { createScratchDatabase } from '../src/server/test/scratch-db';
import type { BenchRow } from './cases';

const NOW = new Date('2024-11-18T03:00:00Z');
const TARGET_S = 60;
const BENCH_ACTOR: Actor = { id: null, label: 'bench', ip: null, userAgent: 'netra-bench', requestId: null };
const MiB = 2 ** 20;

interface Download {
  seconds: number;
  bytes: number;
  lines: number;
  rssBefore: number;
  rssPeak: number;
  /** Peak RSS in the first and in the second half of the download: equal when memory is flat. */
  halves: [number, number];
}

/** Reads `url` to the end, counting bytes and newlines, sampling RSS every 100 ms. */
async function download(url: string): Promise<Download> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(process.memoryUsage().rss), 100);
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  let lines = 0;
  try {
    const res = await fetch(url);
    if (res.status !== 200 || !res.body) throw new Error(`${url} → ${res.status}`);
    const reader = res.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      const chunk = r.value;
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  samples.push(process.memoryUsage().rss);
  const half = Math.ceil(samples.length / 2);
  const peak = (xs: number[]) => Math.max(rssBefore, ...xs);
  const halves: [number, number] = [peak(samples.slice(0, half)), peak(samples.slice(half))];
  return {
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
    bytes,
    lines,
    rssBefore,
    rssPeak: peak(samples),
    halves,
  };
}

/** Open-data bench rows; a note and no rows when BENCH_DATABASE_URL is not set. */
export async function benchOpenData(adminUrl: string | undefined): Promise<BenchRow[]> {
  if (!adminUrl) {
    console.log('open-data bench skipped: set BENCH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
    return [];
  }
  const count = Number(process.env.BENCH_CASES ?? 1_000_000);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error('BENCH_CASES must be a positive whole number');
  const out: BenchRow[] = [];
  const row = (what: string, figure: string) => out.push({ engine: 'postgres', what, figure });
  const scratch = await createScratchDatabase(adminUrl, 'netra_bench_open');
  const db = await openPostgres(scratch.url);
  try {
    await migrate(db);
    await seedReferenceData(db, { log: pino({ level: 'silent' }), now: NOW });
    let t0 = process.hrtime.bigint();
    await insertSyntheticCases(db, BENCH_ACTOR, {
      count,
      now: NOW,
      onProgress: (done) => console.log(`synthetic cases: ${done}/${count}`),
    });
    row(
      'synthetic cases, insert + VACUUM (ANALYZE)',
      `${count.toLocaleString('en')} in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`,
    );
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE status <> 'MERGED'`);
    const expected = rows[0]!.n;

    const { app } = await createTestApp(db);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      for (const [what, path, dataLines] of [
        ['CSV', '/api/open/cases.csv', (n: number) => n - 1], // header row
        ['JSON', '/api/open/cases.json', (n: number) => n - 2], // '[' line, ']' line
      ] as const) {
        t0 = process.hrtime.bigint();
        const d = await download(base + path);
        const got = dataLines(d.lines);
        if (got !== expected) throw new Error(`${path}: ${got} rows, expected ${expected}`);
        const verdict = what !== 'CSV' ? '' : d.seconds <= TARGET_S ? ' ok' : ` MISSES ≤ ${TARGET_S} s`;
        row(
          `GET ${path} over HTTP, all cases but MERGED`,
          `${got.toLocaleString('en')} rows, ${(d.bytes / MiB).toFixed(0)} MiB in ${d.seconds.toFixed(1)} s ` +
            `(${Math.round(got / d.seconds).toLocaleString('en')} rows/s)${verdict}`,
        );
        row(
          `  process RSS during the ${what} export (sampled every 100 ms)`,
          `before ${(d.rssBefore / MiB).toFixed(0)} MiB, peak ${(d.rssPeak / MiB).toFixed(0)} MiB ` +
            `(+${((d.rssPeak - d.rssBefore) / MiB).toFixed(0)} MiB); peak in 1st/2nd half ` +
            `${(d.halves[0] / MiB).toFixed(0)}/${(d.halves[1] / MiB).toFixed(0)} MiB`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    await scratch.drop();
  }
  return out;
}
