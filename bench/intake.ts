/**
 * Report intake throughput (benchmark, not a test): JSON reports without files posted over real
 * HTTP by 16 concurrent clients, next to the raw single-row INSERT rate of the same driver and
 * database in the same run. Each report is one transaction: rate-limit counter, reference checks,
 * the report, its parties, its routing and its audit event (appended to the hash chain).
 */
import type { Database } from '../src/server/db/db';
import { createTestApp, testClock } from '../src/server/test/app';
import { reportPayload } from '../src/server/test/report-factories';

export const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);

async function runClients(total: number, one: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < total; i = next++) await one(i);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return total / seconds;
}

/** Reports per second over HTTP, and raw INSERTs per second, both with 16 concurrent clients. */
export async function benchIntake(db: Database, total: number): Promise<{ reports: number; inserts: number }> {
  await db.exec('CREATE TABLE IF NOT EXISTS bench_raw_inserts (id bigint PRIMARY KEY, body text NOT NULL)');
  const body = JSON.stringify(reportPayload());
  const inserts = await runClients(total, async (i) => {
    await db.query('INSERT INTO bench_raw_inserts (id, body) VALUES ($1, $2)', [i, body]);
  });
  await db.exec('DROP TABLE bench_raw_inserts');

  // Clients come from many addresses (X-Forwarded-For behind a trusted proxy): the per-IP limit stays on.
  const { app } = await createTestApp(db, {
    clock: testClock(new Date('2024-11-18T03:00:00Z')),
    config: { trustProxy: true },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const url = `http://127.0.0.1:${address.port}/api/public/reports`;
  try {
    const reports = await runClients(total, async (i) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`,
        },
        body,
      });
      if (res.status !== 201) throw new Error(`report → ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    });
    return { reports, inserts };
  } finally {
    await app.close();
  }
}
