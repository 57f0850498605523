import { expect, it } from 'vitest';
import { GENESIS_HASH } from '../../domain/audit-chain';
import { describeDb } from '../test/db';
import { appendAudit, mutate, type Actor } from './audit';
import { verifyAuditChain } from './verify';

const actor: Actor = { id: 'u-1', label: 'tester', ip: '127.0.0.1', userAgent: 'vitest', requestId: 'req-1' };
const t0 = new Date('2024-11-18T03:00:00.000Z');

describeDb('audit trail', (db) => {
  it('appends events in a hash chain that verifies', async () => {
    for (let i = 0; i < 5; i++) {
      await db().transaction((tx) =>
        appendAudit(tx, actor, new Date(t0.getTime() + i * 1000), {
          action: 'test.event',
          subjectType: 'thing',
          subjectId: String(i),
          data: { i, nested: { b: 2, a: [1, 'x'] } },
        }),
      );
    }
    expect(await verifyAuditChain(db())).toEqual({ ok: true, checked: 5 });
  });

  it('writes nothing when the change fails: the event shares the transaction', async () => {
    const before = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    await expect(
      mutate(db(), actor, t0, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      mutate(db(), actor, t0, async (tx) => {
        await tx.query('SELECT 1');
        return { result: 1, audit: { action: 'x', subjectType: 'y', subjectId: null } };
      }),
    ).resolves.toBe(1);
    const after = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n + 1);
  });

  it('keeps one chain per lane: each event links to the previous event of its lane', async () => {
    // Many subjects at once, several events each, some transactions touching several lanes.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        mutate(db(), actor, t0, async () => ({
          result: null,
          audit: [
            { action: 'lane.test', subjectType: 'report', subjectId: `r${i}` },
            { action: 'lane.test', subjectType: 'report', subjectId: `r${(i * 7) % 24}` },
          ],
        })),
      ),
    );
    const { rows } = await db().query<{ seq: number; lane: number; prev_hash: string; hash: string }>(
      'SELECT seq, lane, prev_hash, hash FROM audit_events ORDER BY seq',
    );
    const heads = new Map<number, string>();
    for (const row of rows) {
      expect(row.prev_hash).toBe(heads.get(row.lane) ?? GENESIS_HASH);
      heads.set(row.lane, row.hash);
    }
    expect(heads.size).toBeGreaterThan(1);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, checked: rows.length });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(db().query("UPDATE audit_events SET action = 'forged'")).rejects.toMatchObject({ code: '42501' });
    await expect(db().query('DELETE FROM audit_events')).rejects.toMatchObject({ code: '42501' });
    await expect(db().query('TRUNCATE audit_events')).rejects.toMatchObject({ code: '42501' });
  });

  it('names the first tampered event once the trigger is dropped and a byte changed', async () => {
    const { rows } = await db().query<{ seq: number }>('SELECT seq FROM audit_events ORDER BY seq');
    const target = rows[2]!.seq;
    await db().query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
    await db().query("UPDATE audit_events SET actor_label = 'testes' WHERE seq = $1", [target]);
    await db().query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
    const result = await verifyAuditChain(db());
    expect(result).toMatchObject({ ok: false, broken: { seq: target, reason: 'hash_mismatch' } });
  });
});
