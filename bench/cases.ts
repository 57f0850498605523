/**
 * The case inbox at scale (benchmark, not a test), on PostgreSQL only: a scratch database with the
 * full reference data and BENCH_CASES synthetic cases (default 1,000,000, src/server/cases/synthetic.ts),
 * then `listCases` (first page of 50, nearest deadline first) for a regency and a province office,
 * with and without filters, and `workload` for a province: p50/p95/p99 over BENCH_RUNS runs (default
 * 200) after a warm-up. Target: p95 ≤ 50 ms. A query that misses it gets its EXPLAIN ANALYZE printed
 * (BENCH_EXPLAIN=1 prints them all). The generator VACUUM (ANALYZE)s after inserting, as autovacuum would.
 */
import { loadavg } from 'node:os';
import { Presets, SingleBar } from 'cli-progress';
import { pino } from 'pino';
import type { Actor } from '../src/server/audit/audit';
import { DUE_SOON_HOURS } from '../src/server/cases/deadline-rows';
import { listCases, workload, type CaseFilter } from '../src/server/cases/inbox-repository';
import { insertSyntheticCases } from '../src/server/cases/synthetic';
import type { Queryable, QueryResult } from '../src/server/db/db';
import { migrate } from '../src/server/db/migrate';
import { openPostgres } from '../src/server/db/postgres';
import { seedReferenceData } from '../src/server/reference/seed';
import { createScratchDatabase } from '../src/server/test/scratch-db';

export interface BenchRow {
  engine: string;
  what: string;
  figure: string;
}

/** The instant the synthetic deadlines are spread around and the inbox is read at. */
const NOW = new Date('2024-11-18T03:00:00Z');
const TARGET_P95_MS = 50;
const BENCH_ACTOR: Actor = { id: null, label: 'bench', ip: null, userAgent: 'netra-bench', requestId: null };

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; the sorted durations in ms. */
async function measure(runs: number, fn: () => Promise<unknown>, warmup = 10): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(ms(t));
  }
  return times.sort((a, b) => a - b);
}

/** A Queryable that runs each statement under EXPLAIN ANALYZE and keeps the plans (results are empty). */
function explaining(db: Queryable, plans: string[]): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      plans.push(`${sql.replace(/\s+/g, ' ').slice(0, 400)}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      return { rows: [], rowCount: 0 };
    },
    exec: (sql) => db.exec(sql),
  };
}

interface Case {
  what: string;
  runs: number;
  run: (db: Queryable) => Promise<unknown>;
  /** What the measured call returns, shown beside the figures (total rows, offices). */
  describe: (db: Queryable) => Promise<string>;
}

function inbox(what: string, filter: Omit<CaseFilter, 'now' | 'dueSoonHours' | 'open'>, runs: number): Case {
  const f: CaseFilter = { ...filter, open: true, now: NOW, dueSoonHours: DUE_SOON_HOURS };
  const page = { limit: 50, offset: 0 };
  return {
    what,
    runs,
    run: (db) => listCases(db, f, page),
    describe: async (db) => {
      const { rows, total } = await listCases(db, f, page);
      return `${rows.length} of ${total}`;
    },
  };
}

function workloadOf(what: string, reach: string | null, runs: number): Case {
  return {
    what,
    runs,
    run: (db) => workload(db, reach, NOW, DUE_SOON_HOURS),
    describe: async (db) => `${(await workload(db, reach, NOW, DUE_SOON_HOURS)).length} offices`,
  };
}

/** Cases bench rows; a note and no rows when BENCH_DATABASE_URL is not set. */
export async function benchCases(adminUrl: string | undefined): Promise<BenchRow[]> {
  if (!adminUrl) {
    console.log('cases bench skipped: set BENCH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
    return [];
  }
  const count = Number(process.env.BENCH_CASES ?? 1_000_000);
  const runs = Number(process.env.BENCH_RUNS ?? 200);
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(runs) || runs < 1) {
    throw new Error('BENCH_CASES and BENCH_RUNS must be positive whole numbers');
  }
  const out: BenchRow[] = [];
  const row = (what: string, figure: string) => out.push({ engine: 'postgres', what, figure });
  const scratch = await createScratchDatabase(adminUrl, 'netra_bench_cases');
  const db = await openPostgres(scratch.url);
  try {
    await migrate(db);
    await seedReferenceData(db, { log: pino({ level: 'silent' }), now: NOW });

    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'synthetic cases [{bar}] {value}/{total} {eta_formatted}' }, Presets.shades_classic)
      : null;
    bar?.start(count, 0);
    let t0 = process.hrtime.bigint();
    const generated = await insertSyntheticCases(db, BENCH_ACTOR, {
      count,
      now: NOW,
      onProgress: (done) => (bar ? bar.update(done) : console.log(`synthetic cases: ${done}/${count}`)),
    }).finally(() => bar?.stop());
    const seconds = ms(t0) / 1000;
    row(
      `synthetic cases (${generated.offices} regency offices), insert + VACUUM (ANALYZE)`,
      `${count.toLocaleString('en')} in ${seconds.toFixed(1)} s (${Math.round(count / seconds).toLocaleString('en')}/s)`,
    );
    const { rows: sizes } = await db.query<{ open: number; size: string }>(
      `SELECT (SELECT count(*)::int FROM cases WHERE is_open) AS open,
              pg_size_pretty(pg_total_relation_size('cases') + pg_total_relation_size('reports')
                + pg_total_relation_size('case_parties') + pg_total_relation_size('case_deadlines')) AS size`,
    );
    row(
      'open cases; size of cases + reports + parties + deadlines',
      `${sizes[0]!.open.toLocaleString('en')}; ${sizes[0]!.size}`,
    );

    // Other work on the machine shows in the tails: say how busy it was.
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ');
    const loadBefore = load();
    const rare = Math.max(20, Math.round(runs / 10));
    const cases: Case[] = [
      inbox("listCases regency office (reach '36.03'), open, limit 50", { reach: '36.03' }, runs),
      inbox("listCases province office (reach '36'), open, limit 50", { reach: '36' }, runs),
      inbox(
        "listCases reach '36.03' + deadline=OVERDUE, subjectType=PNS",
        { reach: '36.03', deadline: 'OVERDUE', subjectType: 'PNS' },
        runs,
      ),
      inbox(
        "listCases reach '36' + deadline=OVERDUE, subjectType=PNS",
        { reach: '36', deadline: 'OVERDUE', subjectType: 'PNS' },
        runs,
      ),
      workloadOf("workload province (reach '36')", '36', runs),
      // Beyond the brief, for the national office (BAWASLU_RI): fewer runs.
      inbox('listCases national (reach null), open, limit 50', { reach: null }, rare),
      workloadOf('workload national (reach null)', null, rare),
    ];
    for (const c of cases) {
      t0 = process.hrtime.bigint();
      const times = await measure(c.runs, () => c.run(db));
      const p95 = percentile(times, 95);
      const verdict = p95 <= TARGET_P95_MS ? 'ok' : `MISSES p95 ≤ ${TARGET_P95_MS} ms`;
      row(
        `${c.what} [${await c.describe(db)}]`,
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms ` +
          `(${c.runs} runs) ${verdict}`,
      );
      if (p95 > TARGET_P95_MS || process.env.BENCH_EXPLAIN === '1') {
        const plans: string[] = [];
        await c.run(explaining(db, plans));
        console.log(`\n== EXPLAIN ANALYZE: ${c.what}\n${plans.join('\n\n')}`);
      }
    }
    row('load average 1/5/15 min, before and after the measurements', `${loadBefore}; ${load()}`);
  } finally {
    await db.close();
    await scratch.drop();
  }
  return out;
}
