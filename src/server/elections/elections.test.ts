import { beforeAll, expect, it } from 'vitest';
import type { ElectionCreate } from '../../shared/api/elections';
import type { Actor } from '../audit/audit';
import { verifyAuditChain } from '../audit/verify';
import { AppError } from '../http/errors';
import { seedTestRegions } from '../reference/test-fixtures';
import { describeDb } from '../test/db';
import { deleteHoliday, listHolidays, upsertHolidays } from './holidays-service';
import { createElection, getElection, importElections, listElections, updateElection } from './service';

const actor: Actor = { id: null, label: 'tester', ip: '127.0.0.1', userAgent: 'vitest', requestId: 'req-1' };
const now = new Date('2024-11-18T03:00:00.000Z');

const election = (over: Partial<ElectionCreate> = {}): ElectionCreate => ({
  id: 'pilkada-2029',
  name: 'Pilkada 2029',
  regime: 'PILKADA',
  source: null,
  stages: [
    { code: 'CAMPAIGN', name: 'Masa kampanye', startsOn: '2029-09-25', endsOn: '2029-11-24' },
    { code: 'VOTING', name: 'Pemungutan suara', startsOn: '2029-11-28', endsOn: '2029-11-28' },
  ],
  regions: ['36', '36.03', '36.71'],
  ...over,
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describeDb('elections and holidays (services)', (db) => {
  const count = async (sql: string) =>
    (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`)).rows[0]!.n;

  beforeAll(async () => {
    await seedTestRegions(db());
  });

  it('serves the seeded Pilkada 2024 with its stages and 545 regions', async () => {
    const e = await getElection(db(), 'pilkada-2024');
    expect(e).toMatchObject({ regime: 'PILKADA', regionCounts: { province: 37, regency: 508 } });
    expect(e.stages.map((s) => [s.code, s.startsOn, s.endsOn])).toEqual([
      ['CANDIDATE_DESIGNATION', '2024-09-22', '2024-09-22'],
      ['CAMPAIGN', '2024-09-25', '2024-11-23'],
      ['QUIET_PERIOD', '2024-11-24', '2024-11-26'],
      ['VOTING', '2024-11-27', '2024-11-27'],
      ['RECAPITULATION', '2024-11-27', '2024-12-16'],
    ]);
    expect(e.regions).toHaveLength(545);
    expect(e.regions.find((r) => r.code === '36.03')).toEqual({
      code: '36.03',
      name: 'KABUPATEN TANGERANG',
      level: 'regency',
    });
  });

  it('creates an election, audited, and refuses the same id twice', async () => {
    const before = await count(`audit_events WHERE action = 'election.create'`);
    const e = await createElection(db(), actor, now, election());
    expect(e).toMatchObject({
      id: 'pilkada-2029',
      regionCounts: { province: 1, regency: 2 },
      createdAt: now.toISOString(),
    });
    expect(e.stages.map((s) => s.code)).toEqual(['CAMPAIGN', 'VOTING']);
    expect(await count(`audit_events WHERE action = 'election.create'`)).toBe(before + 1);
    expect(await codeOf(createElection(db(), actor, now, election()))).toBe('CONFLICT');
  });

  it('writes nothing when a region is unknown', async () => {
    const audits = await count('audit_events');
    expect(
      await codeOf(createElection(db(), actor, now, election({ id: 'pilkada-2031', regions: ['36', '36.99'] }))),
    ).toBe('UNKNOWN_REGION');
    expect(await count(`elections WHERE id = 'pilkada-2031'`)).toBe(0);
    expect(await count(`election_stages WHERE election_id = 'pilkada-2031'`)).toBe(0);
    expect(await count('audit_events')).toBe(audits);
  });

  it('updates the fields given, replacing stages and regions as whole lists', async () => {
    const later = new Date(now.getTime() + 60_000);
    const e = await updateElection(db(), actor, later, 'pilkada-2029', {
      name: 'Pilkada Serentak 2029',
      regions: ['91.03'],
      stages: [{ code: 'VOTING', name: 'Pemungutan suara', startsOn: '2029-11-29', endsOn: '2029-11-29' }],
    });
    expect(e).toMatchObject({
      name: 'Pilkada Serentak 2029',
      regime: 'PILKADA',
      updatedAt: later.toISOString(),
      regionCounts: { province: 0, regency: 1 },
    });
    expect(e.stages).toEqual([
      { code: 'VOTING', name: 'Pemungutan suara', startsOn: '2029-11-29', endsOn: '2029-11-29' },
    ]);
    const again = await updateElection(db(), actor, later, 'pilkada-2029', { source: 'PKPU x/2028' });
    expect(again).toMatchObject({ source: 'PKPU x/2028', name: 'Pilkada Serentak 2029', regions: [{ code: '91.03' }] });
    expect(await codeOf(updateElection(db(), actor, later, 'nope-2029', { name: 'x' }))).toBe('NOT_FOUND');
    expect(await codeOf(updateElection(db(), actor, later, 'pilkada-2029', { regions: ['12.99'] }))).toBe(
      'UNKNOWN_REGION',
    );
    expect((await getElection(db(), 'pilkada-2029')).regions.map((r) => r.code)).toEqual(['91.03']);
  });

  it('lists elections by regime and by a region below the holders', async () => {
    const all = await listElections(db(), { limit: 50 });
    expect(all.items.map((e) => e.id)).toEqual(['pilkada-2029', 'pilkada-2024']);
    expect((await listElections(db(), { limit: 50, regime: 'PEMILU' })).total).toBe(0);
    // A village of Kabupaten Jayapura: both elections concern it (through its regency or province).
    const inVillage = await listElections(db(), { limit: 50, region: '91.03.01.1001' });
    expect(inVillage.items.map((e) => e.id).sort()).toEqual(['pilkada-2024', 'pilkada-2029']);
    // DI Yogyakarta holds no governor election, but its regencies do.
    expect((await listElections(db(), { limit: 50, region: '34' })).total).toBe(0);
    expect((await listElections(db(), { limit: 50, region: '34.71' })).items.map((e) => e.id)).toEqual([
      'pilkada-2024',
    ]);
    expect(await codeOf(listElections(db(), { limit: 50, region: '99' }))).toBe('UNKNOWN_REGION');
    const page1 = await listElections(db(), { limit: 1 });
    expect(page1).toMatchObject({ total: 2, items: [{ id: 'pilkada-2029' }] });
    expect((await listElections(db(), { limit: 1, cursor: page1.next! })).items[0]!.id).toBe('pilkada-2024');
  });

  it('imports all elections of a file or none', async () => {
    const audits = await count('audit_events');
    const bad = [
      election({ id: 'pemilu-2029', regime: 'PEMILU', regions: [] }),
      election({ id: 'pilkada-2034', regions: ['36.98'] }),
    ];
    expect(await codeOf(importElections(db(), actor, now, bad))).toBe('UNKNOWN_REGION');
    expect(await count(`elections WHERE id = 'pemilu-2029'`)).toBe(0);
    expect(await count('audit_events')).toBe(audits);
    const ok = [
      election({ id: 'pemilu-2029', regime: 'PEMILU', regions: [] }),
      election({ name: 'Pilkada 2029 (impor)' }),
    ];
    expect(await importElections(db(), actor, now, ok)).toEqual({
      created: ['pemilu-2029'],
      replaced: ['pilkada-2029'],
    });
    expect(await getElection(db(), 'pilkada-2029')).toMatchObject({
      name: 'Pilkada 2029 (impor)',
      regionCounts: { province: 1, regency: 2 },
    });
    expect(await count('audit_events')).toBe(audits + 2);
  });

  it('lists seeded holidays by year', async () => {
    const y2024 = await listHolidays(db(), { year: 2024, limit: 100 });
    expect(y2024.total).toBe(29);
    expect(y2024.items.find((h) => h.date === '2024-11-27')).toMatchObject({
      kind: 'ELECTION_DAY',
      source: expect.stringContaining('Keppres No. 33/2024'),
    });
    expect(y2024.items.find((h) => h.date === '2024-02-14')).toMatchObject({ kind: 'ELECTION_DAY' });
    expect((await listHolidays(db(), { year: 2026, limit: 100 })).total).toBe(25);
    expect((await listHolidays(db(), { year: 2030, limit: 100 })).total).toBe(0);
    expect((await listHolidays(db(), { limit: 10 })).next).not.toBeNull();
  });

  it('upserts holidays by date and deletes them, each change audited', async () => {
    const r = await upsertHolidays(db(), actor, now, [
      { date: '2029-11-28', name: 'Pemungutan suara Pilkada 2029', kind: 'ELECTION_DAY', source: 'Keppres (uji)' },
      { date: '2024-12-25', name: 'Hari Raya Natal', kind: 'NATIONAL', source: 'SKB (koreksi)' },
    ]);
    expect(r).toMatchObject({ created: 1, updated: 1 });
    expect(r.items.map((h) => h.date)).toEqual(['2024-12-25', '2029-11-28']);
    expect(
      (await listHolidays(db(), { year: 2024, limit: 100 })).items.find((h) => h.date === '2024-12-25')?.source,
    ).toBe('SKB (koreksi)');
    await deleteHoliday(db(), actor, now, '2029-11-28');
    expect((await listHolidays(db(), { year: 2029, limit: 100 })).total).toBe(0);
    expect(await codeOf(deleteHoliday(db(), actor, now, '2029-11-28'))).toBe('NOT_FOUND');
    const { rows } = await db().query<{ action: string }>(
      `SELECT action FROM audit_events WHERE subject_type = 'holiday' ORDER BY seq`,
    );
    expect(rows.map((x) => x.action)).toEqual(['holiday.upsert', 'holiday.delete']);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });
});
