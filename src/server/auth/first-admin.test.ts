import { expect, it } from 'vitest';
import { testClock, testConfig } from '../test/app';
import { describeDb } from '../test/db';
import { verifyPassword } from './password';
import { ensureFirstAdmin } from './first-admin';

describeDb('first start', (db) => {
  it('creates admin with a printed one-time password, once, audited', async () => {
    const deps = { db: db(), clock: testClock(), config: testConfig({ port: 8080 }) };
    const lines: string[] = [];
    await ensureFirstAdmin(deps, (l) => lines.push(l));
    const text = lines.join('\n');
    expect(text).toContain('http://localhost:8080/masuk');
    expect(text).toMatch(/username: admin/);
    expect(text).toMatch(/TOTP/);
    const password = /one-time password: (\S+)/.exec(text)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(16);
    const row = (
      await db().query<{
        role: string;
        scope_code: string | null;
        password_hash: string;
        must_change_password: boolean;
      }>("SELECT role, scope_code, password_hash, must_change_password FROM users WHERE username = 'admin'")
    ).rows[0]!;
    expect(row).toMatchObject({ role: 'ADMIN', scope_code: null, must_change_password: true });
    expect(await verifyPassword(password, row.password_hash)).toBe(true);
    expect((await db().query("SELECT actor_label FROM audit_events WHERE action = 'user.created'")).rows).toEqual([
      { actor_label: 'system' },
    ]);

    const again: string[] = [];
    await ensureFirstAdmin(deps, (l) => again.push(l));
    expect(again).toEqual([]);
    expect((await db().query('SELECT 1 FROM users')).rows).toHaveLength(1);
  });
});
