import { expect, it } from 'vitest';
import { describeDb } from '../test/db';
import { appliedMigrations, listMigrations, migrate } from './migrate';

describeDb('migrations', (db) => {
  it('are all applied once and a second run applies nothing', async () => {
    expect(await appliedMigrations(db())).toEqual(listMigrations().map((m) => m.id));
    expect(await migrate(db())).toEqual([]);
  });

  it('run concurrently from two callers without applying anything twice', async () => {
    const results = await Promise.all([migrate(db()), migrate(db())]);
    expect(results.flat()).toEqual([]);
  });
});
