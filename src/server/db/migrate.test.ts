import { expect, it } from 'vitest';
import { describeDb } from '../test/db';
import { listMigrations, migrate } from './migrate';

describeDb('migrations', (db) => {
  it('are all applied once and a second run applies nothing', async () => {
    const { rows } = await db().query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(listMigrations().map((m) => m.id));
    expect(await migrate(db())).toEqual([]);
  });

  it('run concurrently from two callers without applying anything twice', async () => {
    const results = await Promise.all([migrate(db()), migrate(db())]);
    expect(results.flat()).toEqual([]);
  });
});
