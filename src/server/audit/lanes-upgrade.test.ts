import { afterAll, describe, expect, it } from 'vitest';
import { migrate, listMigrations } from '../db/migrate';
import { createTestDatabase, testEngines, type TestDatabase } from '../test/db';
import { mutate, type Actor } from './audit';
import { appendLegacy } from './test-legacy-append';
import { verifyAuditChain } from './verify';

const actor: Actor = { id: null, label: 'tester', ip: null, userAgent: null, requestId: null };
const t0 = new Date('2024-11-18T03:00:00.000Z');

/**
 * An existing trail written as one chain (before migration 0006) keeps verifying once the trail
 * is split into lanes: the old events are lane 0, and new events continue each lane's chain.
 */
for (const engine of testEngines()) {
  describe(`audit lanes on an existing trail [${engine}]`, () => {
    let t: TestDatabase | undefined;
    afterAll(() => t?.drop());

    it('verifies old single-chain events and new laned events together', async () => {
      t = await createTestDatabase(engine, { migrate: false });
      const all = listMigrations();
      const before = all.filter((m) => m.id < '0006');
      await migrate(t.db, before);
      // The single chain as the old code wrote it: one lock, the head over all events.
      for (let i = 0; i < 3; i++) {
        await t.db.transaction((tx) =>
          appendLegacy(tx, actor, t0, { action: 'old.event', subjectType: 'thing', subjectId: String(i) }),
        );
      }
      await migrate(t.db, all);
      for (let i = 0; i < 6; i++) {
        await mutate(t.db, actor, t0, async () => ({
          result: null,
          audit: { action: 'new.event', subjectType: 'thing', subjectId: `n${i}` },
        }));
      }
      expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 9 });
    }, 120_000);
  });
}
