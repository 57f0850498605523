import { beforeAll, expect, it } from 'vitest';
import { TERMINAL_STATUSES } from '../../shared/cases';
import { SYSTEM_ACTOR } from '../audit/audit';
import { verifyAuditChain } from '../audit/verify';
import { seedTestRegions } from '../reference/test-fixtures';
import { TEST_NOW } from '../test/app';
import { describeDb } from '../test/db';
import { DUE_SOON_HOURS } from './deadline-rows';
import { listCases } from './inbox-repository';
import { insertSyntheticCases, type SyntheticResult } from './synthetic';

const DAY_MS = 86_400_000;

describeDb('synthetic cases', (db) => {
  let run: SyntheticResult;
  const progress: number[] = [];

  beforeAll(async () => {
    await seedTestRegions(db());
    // Small batches, so the test goes through several statements of one transaction.
    run = await insertSyntheticCases(db(), SYSTEM_ACTOR, {
      count: 500,
      now: TEST_NOW,
      batchSize: 200,
      onProgress: (n) => progress.push(n),
    });
  }, 120_000);

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await db().query<T>(sql, params)).rows[0]!;
  const count = async (sql: string, params: unknown[] = []) => (await one<{ n: number }>(sql, params)).n;

  it('writes each case with one report, one party and its decision deadline, in batches', async () => {
    expect(run.inserted).toBe(500);
    expect(progress).toEqual([200, 400, 500]);
    expect(await count('SELECT count(*)::int AS n FROM cases')).toBe(500);
    expect(await count('SELECT count(*)::int AS n FROM reports WHERE case_id IS NOT NULL')).toBe(500);
    expect(await count('SELECT count(DISTINCT case_id)::int AS n FROM case_parties')).toBe(500);
    expect(await count("SELECT count(*)::int AS n FROM case_deadlines WHERE code = 'DECISION'")).toBe(500);
    // Each deadline names a rule version that exists, and each case's party matches its subject types.
    expect(
      await count(`SELECT count(*)::int AS n FROM case_deadlines d JOIN deadline_rules r
                     ON r.regime = d.rule_regime AND r.code = d.code AND r.effective_from = d.rule_effective_from`),
    ).toBe(500);
    expect(
      await count(`SELECT count(*)::int AS n FROM cases c JOIN case_parties p ON p.case_id = c.id
                    WHERE c.subject_types = ARRAY[p.subject_type]`),
    ).toBe(500);
    expect(await count("SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.synthetic_generated'")).toBe(
      1,
    );
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it("puts every case in a regency/city office, its province and its region's zone, the incident inside", async () => {
    const bad = await count(
      `SELECT count(*)::int AS n FROM cases c JOIN regions o ON o.code = c.office_code
        WHERE o.level <> 'regency' OR c.province_code <> o.parent_code OR c.time_zone <> o.time_zone
           OR NOT (c.incident_region_code = c.office_code OR c.incident_region_code LIKE c.office_code || '.%')`,
    );
    expect(bad).toBe(0);
    // Spread: 500 cases over 514 regencies in 38 provinces.
    expect(await count('SELECT count(DISTINCT office_code)::int AS n FROM cases')).toBeGreaterThan(250);
    expect(await count('SELECT count(DISTINCT province_code)::int AS n FROM cases')).toBeGreaterThan(30);
  });

  it('mixes reports and findings, statuses, subject types and acts like a real caseload', async () => {
    const mix = await one<{ findings: number; terminal: number; statuses: number; subjects: number; acts: number }>(
      `SELECT count(*) FILTER (WHERE kind = 'FINDING')::int AS findings,
              count(*) FILTER (WHERE status = ANY($1))::int AS terminal,
              count(DISTINCT status)::int AS statuses,
              (SELECT count(DISTINCT s)::int FROM cases, unnest(subject_types) s) AS subjects,
              (SELECT count(DISTINCT a)::int FROM cases, unnest(acts) a) AS acts
         FROM cases`,
      [TERMINAL_STATUSES],
    );
    expect(mix.findings).toBeGreaterThan(90); // ~25%
    expect(mix.findings).toBeLessThan(160);
    expect(mix.terminal).toBeGreaterThan(110); // ~30%
    expect(mix.terminal).toBeLessThan(190);
    expect(mix.statuses).toBeGreaterThanOrEqual(13);
    expect(mix.subjects).toBeGreaterThanOrEqual(9);
    expect(mix.acts).toBeGreaterThanOrEqual(10);
    expect(await count("SELECT count(*)::int AS n FROM cases WHERE kind = 'FINDING' AND status = 'WITHDRAWN'")).toBe(0);
    // Registered cases have a register number; unregistered ones none.
    expect(
      await count(`SELECT count(*)::int AS n FROM cases
                    WHERE (register_number IS NULL) <> (status IN ('RECEIVED', 'INITIAL_REVIEW', 'NEEDS_COMPLETION',
                                                                   'NOT_REGISTERED', 'WITHDRAWN', 'MERGED'))`),
    ).toBe(0);
  });

  it('spreads open deadlines from 10 days overdue to 10 days ahead, and dates nothing after now', async () => {
    const d = await one<{ open: number; with_deadline: number; min: Date; max: Date; overdue: number; late: number }>(
      `SELECT count(*) FILTER (WHERE is_open)::int AS open,
              count(next_deadline_at)::int AS with_deadline,
              min(next_deadline_at) AS min, max(next_deadline_at) AS max,
              count(*) FILTER (WHERE next_deadline_at <= $1)::int AS overdue,
              count(*) FILTER (WHERE received_at > $1 OR closed_at > $1 OR registered_at > $1)::int AS late
         FROM cases`,
      [TEST_NOW],
    );
    expect(d.with_deadline).toBeGreaterThan(200);
    expect(d.min.getTime()).toBeGreaterThanOrEqual(TEST_NOW.getTime() - 11 * DAY_MS);
    expect(d.max.getTime()).toBeLessThanOrEqual(TEST_NOW.getTime() + 12 * DAY_MS);
    expect(d.overdue).toBeGreaterThan(d.with_deadline * 0.3);
    expect(d.overdue).toBeLessThan(d.with_deadline * 0.7);
    expect(d.late).toBe(0);
    // Terminal cases have no open deadline; the stored next deadline is the open DECISION row.
    expect(
      await count(`SELECT count(*)::int AS n FROM cases c JOIN case_deadlines d ON d.case_id = c.id
                    WHERE (d.met_at IS NULL) <> (c.next_deadline_at IS NOT NULL)
                       OR (d.met_at IS NULL AND d.due_at <> c.next_deadline_at)
                       OR (NOT c.is_open AND c.next_deadline_at IS NOT NULL)`),
    ).toBe(0);
  });

  it('shows the open cases in the inbox, nearest deadline first', async () => {
    const busiest = await one<{ province_code: string; n: number }>(
      `SELECT province_code, count(*)::int AS n FROM cases WHERE is_open
        GROUP BY province_code ORDER BY n DESC, province_code LIMIT 1`,
    );
    const filter = { open: true, now: TEST_NOW, dueSoonHours: DUE_SOON_HOURS };
    const province = await listCases(db(), { ...filter, reach: busiest.province_code }, { limit: 50, offset: 0 });
    expect(province.total).toBe(busiest.n);
    expect(province.rows.length).toBe(Math.min(50, busiest.n));
    expect(province.rows.every((r) => r.is_open && r.province_code === busiest.province_code)).toBe(true);
    expect(province.rows.every((r) => r.party_names.length === 1 && r.report_count === 1)).toBe(true);
    const national = await listCases(db(), { ...filter, reach: null }, { limit: 50, offset: 0 });
    expect(national.total).toBe(await count('SELECT count(*)::int AS n FROM cases WHERE is_open'));
    const due = national.rows.map((r) => r.next_deadline_at?.getTime() ?? Infinity);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const office = province.rows[0]!.office_code;
    const regency = await listCases(db(), { ...filter, reach: office }, { limit: 50, offset: 0 });
    expect(regency.rows.length).toBeGreaterThan(0);
    expect(regency.rows.every((r) => r.office_code === office && r.office_level === 'regency')).toBe(true);
    const overduePns = await listCases(
      db(),
      { ...filter, reach: null, deadline: 'OVERDUE', subjectType: 'PNS' },
      { limit: 50, offset: 0 },
    );
    expect(overduePns.total).toBeGreaterThan(0);
    expect(overduePns.rows.every((r) => r.subject_types.includes('PNS') && r.next_deadline_at! <= TEST_NOW)).toBe(true);
  });

  it('gives a second run the same mix under new ids', async () => {
    const histogram = async () =>
      (
        await db().query<{ status: string; kind: string; office_code: string; n: number }>(
          `SELECT status, kind, office_code, count(*)::int AS n FROM cases
            GROUP BY status, kind, office_code ORDER BY status, kind, office_code`,
        )
      ).rows;
    const first = await histogram();
    const again = await insertSyntheticCases(db(), SYSTEM_ACTOR, { count: 500, now: TEST_NOW });
    expect(again.salt).not.toBe(run.salt);
    expect(await count('SELECT count(*)::int AS n FROM cases')).toBe(1000);
    expect(await histogram()).toEqual(first.map((r) => ({ ...r, n: 2 * r.n })));
  });
});
