import pg from 'pg';
import type { Database, Queryable, QueryResult, Row } from './db';

const DATE_OID = 1082;
const INT8_OID = 20;

/** Value shapes matched to PGlite: DATE as 'YYYY-MM-DD', INT8 as number (ids and counts < 2^53). */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: typeParsers as pg.CustomTypesConfig,
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const asQueryable = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const res = await c.query(sql, params as unknown[]);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? res.rows.length };
    },
    async exec(sql: string) {
      const res: pg.QueryResult | pg.QueryResult[] = await c.query(sql);
      return ((Array.isArray(res) ? res.at(-1)?.rows : res.rows) ?? []) as Row[];
    },
  });
  return {
    engine: 'postgres',
    query: asQueryable(pool).query,
    exec: asQueryable(pool).exec,
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await fn(asQueryable(c));
        await c.query('COMMIT');
        return result;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
