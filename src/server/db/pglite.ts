import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult, Row } from './db';

/** Same value shapes as node-postgres (see postgres.ts): DATE stays a 'YYYY-MM-DD' string. */
const parsers = { [types.DATE]: (v: string) => v };

/** Opens PGlite on a directory, or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const pg = dataDir ? new PGlite(dataDir, { parsers }) : new PGlite({ parsers });
  await pg.waitReady;
  return wrapPglite(pg);
}

function asQueryable(q: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const res = await q.query<R>(sql, params as unknown[]);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string) {
      const results = await q.exec(sql);
      return (results.at(-1)?.rows ?? []) as Row[];
    },
  };
}

export function wrapPglite(pg: PGlite): Database {
  const base = asQueryable(pg);
  return {
    engine: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(asQueryable(tx))),
    close: () => pg.close(),
  };
}
