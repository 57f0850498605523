import { expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/verify';
import { describeDb } from '../test/db';
import { seedReferenceData } from './seed';

const quiet = { info: () => undefined, warn: () => undefined };
const now = new Date('2024-11-18T03:00:00.000Z');

/** The one test that loads the whole country, as at first start. */
describeDb('reference data: first start', (db) => {
  // How fast is measured by `npm run bench`, not asserted here.
  it('loads every region of idn-area-data 3.1.2', async () => {
    await seedReferenceData(db(), { log: quiet, now });
    const { rows } = await db().query<{ level: string; n: number }>(
      'SELECT level, count(*)::int AS n FROM regions GROUP BY level',
    );
    expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual({
      province: 38,
      regency: 514,
      district: 7277,
      village: 83763,
    });
  }, 120_000);

  it('links every region below a province to a parent one level up, with the province’s zone', async () => {
    const { rows } = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM regions c LEFT JOIN regions p ON p.code = c.parent_code
        WHERE (c.level = 'province' AND c.parent_code IS NOT NULL)
           OR (c.level <> 'province' AND (p.code IS NULL OR p.time_zone <> c.time_zone
               OR (c.level, p.level) NOT IN (('regency', 'province'), ('district', 'regency'), ('village', 'district'))))`,
    );
    expect(rows[0]!.n).toBe(0);
    const zones = await db().query<{ time_zone: string; n: number }>(
      `SELECT time_zone, count(*)::int AS n FROM regions WHERE level = 'province' GROUP BY time_zone ORDER BY 1`,
    );
    expect(zones.rows).toEqual([
      { time_zone: 'Asia/Jakarta', n: 18 },
      { time_zone: 'Asia/Jayapura', n: 8 },
      { time_zone: 'Asia/Makassar', n: 12 },
    ]);
  });

  it('keeps names with a quote inside as the source spells them', async () => {
    const { rows } = await db().query<{ name: string }>(
      `SELECT name FROM regions WHERE code IN ('35.13.15.2017', '94.04.10.2004') ORDER BY code`,
    );
    expect(rows.map((r) => r.name)).toEqual(['Soka"an', 'T"Singa']);
  });

  it('seeds Pilkada 2024 in 545 regions: 37 provinces, 415 regencies and 93 cities', async () => {
    const { rows } = await db().query<{ level: string; kind: string | null; n: number }>(
      `SELECT er.level, r.kind, count(*)::int AS n FROM election_regions er JOIN regions r ON r.code = er.region_code
        WHERE er.election_id = 'pilkada-2024' GROUP BY er.level, r.kind ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { level: 'province', kind: null, n: 37 },
      { level: 'regency', kind: 'KABUPATEN', n: 415 },
      { level: 'regency', kind: 'KOTA', n: 93 },
    ]);
    const missing = await db().query<{ code: string }>(
      `SELECT code FROM regions WHERE level IN ('province', 'regency')
          AND code NOT IN (SELECT region_code FROM election_regions WHERE election_id = 'pilkada-2024') ORDER BY code`,
    );
    expect(missing.rows.map((r) => r.code)).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75', '34']);
  });

  it('seeds the holidays of 2024–2026, voting days included', async () => {
    const { rows } = await db().query<{ y: number; kind: string; n: number }>(
      `SELECT extract(year FROM date)::int AS y, kind, count(*)::int AS n FROM holidays GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { y: 2024, kind: 'COLLECTIVE_LEAVE', n: 10 },
      { y: 2024, kind: 'ELECTION_DAY', n: 2 },
      { y: 2024, kind: 'NATIONAL', n: 17 },
      { y: 2025, kind: 'COLLECTIVE_LEAVE', n: 11 },
      { y: 2025, kind: 'NATIONAL', n: 17 },
      { y: 2026, kind: 'COLLECTIVE_LEAVE', n: 8 },
      { y: 2026, kind: 'NATIONAL', n: 17 },
    ]);
    const voting = await db().query<{ date: string }>(
      `SELECT date FROM holidays WHERE kind = 'ELECTION_DAY' ORDER BY date`,
    );
    expect(voting.rows.map((r) => r.date)).toEqual(['2024-02-14', '2024-11-27']);
  });

  it('does nothing on the next start, and does not bring back a deleted holiday', async () => {
    await db().query(`DELETE FROM holidays WHERE date = '2026-12-24'`);
    const audit = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    await seedReferenceData(db(), { log: quiet, now });
    const again = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    expect(again.rows[0]!.n).toBe(audit.rows[0]!.n);
    const h = await db().query(`SELECT 1 FROM holidays WHERE date = '2026-12-24'`);
    expect(h.rows).toHaveLength(0);
  });

  it('audits each load in the hash chain', async () => {
    const { rows } = await db().query<{ subject_id: string }>(
      `SELECT subject_id FROM audit_events WHERE action = 'reference.load' ORDER BY seq`,
    );
    expect(rows.map((r) => r.subject_id)).toEqual([
      'regions',
      'holidays/2024.csv',
      'holidays/2025.csv',
      'holidays/2026.csv',
      'elections/pilkada-2024.json',
      'index/catalogue-2024.json',
      'index/editions/ikp-2024-provinsi.json',
      'index/editions/ikp-2024-tematik-netralitas-asn.json',
    ]);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });
});
