import { expect, it } from 'vitest';
import type { Actor } from '../audit/audit';
import { insertSyntheticCases } from '../cases/synthetic';
import type { Queryable } from '../db/db';
import { seedTestRegions } from '../reference/test-fixtures';
import { TEST_NOW } from '../test/app';
import { describeDb } from '../test/db';
import { openCasePages, openCasesCsv } from './service';

const ACTOR: Actor = { id: null, label: 'test', ip: null, userAgent: null, requestId: null };

/** Counts the queries run and those still running. */
function counting(db: Queryable) {
  const stats = { started: 0, running: 0 };
  const q: Queryable = {
    query: async (sql, params) => {
      stats.started++;
      stats.running++;
      try {
        return await db.query(sql, params);
      } finally {
        stats.running--;
      }
    },
    exec: (sql) => db.exec(sql),
  };
  return { q, stats };
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}

describeDb('open data: paging', (db) => {
  it('pages by case id without gaps or repeats, and stops fetching when the reader stops', async () => {
    await seedTestRegions(db());
    await insertSyntheticCases(db(), ACTOR, { count: 120, now: TEST_NOW });
    const expected = (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE status <> 'MERGED'`))
      .rows[0]!.n;

    const { q, stats } = counting(db());
    const refs: string[] = [];
    let pages = 0;
    for await (const page of openCasePages(q, {}, 10)) {
      pages++;
      refs.push(...page.map((r) => r.ref));
    }
    expect(refs).toHaveLength(expected);
    expect(new Set(refs).size).toBe(expected);
    expect(pages).toBe(Math.ceil(expected / 10));
    expect(stats.started).toBe(Math.floor(expected / 10) + 1);

    // A client that goes away: the stream is destroyed after its first chunk; no page after the next.
    const cut = counting(db());
    const stream = openCasesCsv(cut.q, {}, 10);
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.destroy();
    await until(() => stream.destroyed && cut.stats.running === 0);
    const after = cut.stats.started;
    await new Promise((r) => setTimeout(r, 50));
    expect(cut.stats.started).toBe(after);
    expect(after).toBeLessThanOrEqual(3);
  });
});
