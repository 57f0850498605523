/**
 * The live index edition at scale (benchmark, not a test), on PostgreSQL only (issue 5 target: all
 * 514 regencies in ≤ 1 s): a scratch database with provinces, regencies and districts, BENCH_CASES
 * synthetic cases (default 100,000, src/server/cases/synthetic.ts), a forwarding for each forwarded
 * case (the generator writes none; half of them with a follow-up), an ASN headcount for every
 * regency but one in ten (so the "no headcount" path is exercised) and the 10 imported regency
 * indicators for every regency. Then `computeLiveEdition` for the regency level end to end (the
 * computed-indicator SQL, imported values, catalogue check, engine, delete + insert of 514 scores
 * with breakdowns, audit), and for the province level, p50/max over BENCH_RUNS runs (default 10)
 * after two warm-ups; and the computed-indicator statement alone.
 */
import { pino } from 'pino';
import type { Actor } from '../src/server/audit/audit';
import { insertSyntheticCases } from '../src/server/cases/synthetic';
import { migrate } from '../src/server/db/migrate';
import { openPostgres } from '../src/server/db/postgres';
import { computedIndicatorValues } from '../src/server/index-compute/repository';
import { computeLiveEdition } from '../src/server/index-compute/service';
import { regionFilter } from '../src/server/reference/region-source';
import { seedReferenceData } from '../src/server/reference/seed';
import { createScratchDatabase } from '../src/server/test/scratch-db';

export interface BenchRow {
  engine: string;
  what: string;
  figure: string;
}

const NOW = new Date('2024-11-18T03:00:00Z');
const PERIOD = { from: '2024-08-20', to: '2024-11-18' };
const TARGET_MS = 1000;
const BENCH_ACTOR: Actor = { id: null, label: 'bench', ip: null, userAgent: 'netra-bench', requestId: null };
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function measure(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(ms(t));
  }
  return times.sort((a, b) => a - b);
}

const figure = (t: number[]) =>
  `p50 ${t[Math.floor(t.length / 2)]!.toFixed(0)} ms, max ${t.at(-1)!.toFixed(0)} ms` +
  (t.at(-1)! > TARGET_MS ? ` (over the ${TARGET_MS} ms target)` : '');

/** Live index bench rows; a note and no rows when no PostgreSQL URL is given. */
export async function benchIndexLive(adminUrl: string | undefined): Promise<BenchRow[]> {
  if (!adminUrl) {
    console.log('live index bench skipped: set BENCH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
    return [];
  }
  const count = Number(process.env.BENCH_CASES ?? 100_000);
  const runs = Number(process.env.BENCH_RUNS ?? 10);
  const out: BenchRow[] = [];
  const row = (what: string, fig: string) => out.push({ engine: 'postgres', what, figure: fig });
  const scratch = await createScratchDatabase(adminUrl, 'netra_bench_index');
  const db = await openPostgres(scratch.url);
  try {
    await migrate(db);
    await seedReferenceData(db, {
      log: pino({ level: 'silent' }),
      now: NOW,
      regionFilter: regionFilter({ levels: ['province', 'regency', 'district'] }),
    });
    await insertSyntheticCases(db, BENCH_ACTOR, { count, now: NOW });
    await db.query(
      `WITH f AS (
         INSERT INTO forwardings (id, case_id, party_position, category, body, letter_number, letter_date,
                                  expected_reply_on, expected_reply_at, created_at, updated_at)
         SELECT gen_random_uuid(), c.id, 1, 'OTHER_LAWS', 'BKN', 'BENCH/' || c.id, c.updated_at::date,
                c.updated_at::date + 14, c.updated_at + interval '14 days', c.updated_at, c.updated_at
           FROM cases c WHERE c.status IN ('FORWARDED', 'FOLLOW_UP_RECEIVED', 'CLOSED')
         RETURNING id, created_at
       )
       INSERT INTO follow_ups (forwarding_id, seq, status, recorded_at)
       SELECT id, 1, 'AWAITING_VERIFICATION', created_at + interval '7 days'
         FROM f WHERE get_byte(uuid_send(id), 0) % 2 = 0`,
    );
    await db.query(
      `INSERT INTO asn_headcounts (region_code, as_of, pns, pppk, source)
       SELECT code, '2024-06-30', 2000 + (hashtext(code) & 8191), 500 + (hashtext(code || 'p') & 2047), 'bench'
         FROM regions WHERE level = 'regency' AND hashtext(code) % 10 <> 0`,
    );
    await db.query(
      `INSERT INTO indicator_values (region_code, indicator_code, observed_on, value, source, imported_at)
       SELECT r.code, i.code, '2024-06-30', (hashtext(r.code || i.code) & 1023) / 10.0, 'bench', $1
         FROM regions r JOIN index_indicators i ON i.level = r.level AND i.source_kind = 'IMPORTED'
        WHERE r.level = 'regency'`,
      [NOW],
    );
    await db.exec('VACUUM (ANALYZE) forwardings, follow_ups, asn_headcounts, indicator_values');

    let last: Awaited<ReturnType<typeof computeLiveEdition>> | undefined;
    const regency = await measure(runs, async () => {
      last = await computeLiveEdition({ db }, BENCH_ACTOR, NOW, { level: 'regency', ...PERIOD });
    });
    row(
      `live index edition, ${last!.regions} regencies over ${count.toLocaleString('en')} cases ` +
        `(${last!.scored} scored, ${last!.computedValues} computed + ${last!.importedValues} imported values)`,
      figure(regency),
    );
    const sql = await measure(runs, () => computedIndicatorValues(db, { level: 'regency', ...PERIOD }, NOW));
    row('  of which the computed-indicator statement (regency)', figure(sql));
    const province = await measure(runs, () =>
      computeLiveEdition({ db }, BENCH_ACTOR, NOW, { level: 'province', ...PERIOD }),
    );
    row('live index edition, provinces', figure(province));
  } finally {
    await db.close();
    await scratch.drop();
  }
  return out;
}
