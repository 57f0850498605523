import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { EditionDetail } from '../../shared/api/index-editions';
import { SYSTEM_ACTOR } from '../audit/audit';
import { verifyAuditChain } from '../audit/verify';
import type { Queryable } from '../db/db';
import { AppError } from '../http/errors';
import { seedTestRegions } from '../reference/test-fixtures';
import { createTestApp, TEST_NOW } from '../test/app';
import { describeDb } from '../test/db';
import { indexComputeJob } from './job';
import { computedIndicatorValues } from './repository';
import { computeLiveEdition, defaultPeriod } from './service';

/** TEST_NOW is 2024-11-18 10:00 WIB; the period is the job's: 90 days up to that day. */
const PERIOD = { from: '2024-08-20', to: '2024-11-18' };
const EDITION = 'live-regency-2024-11-18';

interface CaseSpec {
  office: string;
  incident?: string;
  status: string;
  subjects: string[];
  receivedAt: string;
  registered?: boolean;
  /** The DECISION deadline: when it ends and when it was met (null: not yet). */
  decision?: { dueAt: string; metAt: string | null };
  /** Forwardings: when a reply is expected and when a follow-up was recorded (null: none). */
  forwardings?: { expectedAt: string; followUpAt: string | null }[];
}

/** A case row with just what the index reads (cases of the real flow carry much more). */
async function insertCase(db: Queryable, c: CaseSpec): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO cases (id, kind, status, regime, office_code, province_code, incident_region_code, time_zone,
                        received_at, requirements_met, registered_at, subject_types, created_at, updated_at)
     VALUES ($1, 'REPORT', $2, 'PILKADA', $3, substr($3, 1, 2), $4, 'Asia/Jakarta', $5, true, $6, $7, $5, $5)`,
    [id, c.status, c.office, c.incident ?? c.office, c.receivedAt, c.registered ? c.receivedAt : null, c.subjects],
  );
  if (c.decision) {
    await db.query(
      `INSERT INTO case_deadlines (case_id, code, ref, start_on, last_day, due_at, rule_regime, rule_effective_from, met_at)
       VALUES ($1, 'DECISION', '', $2::timestamptz::date, $3::timestamptz::date, $3, 'PILKADA', '2016-07-01', $4)`,
      [id, c.receivedAt, c.decision.dueAt, c.decision.metAt],
    );
  }
  for (const [n, f] of (c.forwardings ?? []).entries()) {
    const fid = randomUUID();
    await db.query(
      `INSERT INTO forwardings (id, case_id, party_position, category, body, letter_number, letter_date,
                                expected_reply_on, expected_reply_at, created_at, updated_at)
       VALUES ($1, $2, 1, 'OTHER_LAWS', 'BKN', $3, $4::timestamptz::date, $4::timestamptz::date, $4, $4, $4)`,
      [fid, id, `UJI/${n}/${id.slice(0, 8)}`, f.expectedAt],
    );
    if (f.followUpAt) {
      await db.query(
        `INSERT INTO follow_ups (forwarding_id, seq, status, recorded_at) VALUES ($1, 1, 'AWAITING_VERIFICATION', $2)`,
        [fid, f.followUpAt],
      );
    }
  }
  return id;
}

const IMPORTED_KAB = [
  'INSIDEN_KEAMANAN_KAB',
  'PELANGGARAN_ETIK_PENYELENGGARA_KAB',
  'AJAKAN_PEMERINTAH_KAB',
  'MASALAH_DAFTAR_PEMILIH_KAB',
  'KAMPANYE_TERLARANG_KAB',
  'PEMUNGUTAN_SUARA_ULANG_KAB',
  'SENGKETA_PENCALONAN_KAB',
  'POLITIK_UANG_KAB',
  'PARTISIPASI_PEMILIH_KAB',
  'PEMANTAU_MASYARAKAT_KAB',
];

async function importValues(db: Queryable, region: string, observedOn: string, value: number): Promise<void> {
  await db.query(
    `INSERT INTO indicator_values (region_code, indicator_code, observed_on, value, source, imported_at)
     SELECT $1, code, $2, $3, 'uji / test', $4 FROM unnest($5::text[]) AS code`,
    [region, observedOn, value, TEST_NOW, IMPORTED_KAB],
  );
}

type Breakdown = {
  coverage: number;
  missing: string[];
  dimensions: { subDimensions: { indicators: { code: string; raw: number | null }[] }[] }[];
};
const rawOf = (b: Breakdown, code: string) =>
  b.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators)).find((i) => i.code === code)?.raw;

describeDb('live index editions', (db) => {
  beforeAll(async () => {
    await seedTestRegions(db(), TEST_NOW);
    await db().query(
      `INSERT INTO asn_headcounts (region_code, as_of, pns, pppk, source) VALUES
         ('36.03', '2023-12-31', 5000, 0, 'BKN 2023 (uji)'),
         ('36.03', '2024-06-30', 8000, 2000, 'BKN 2024 (uji)'),
         ('36.03', '2024-12-31', 1, 0, 'after the period: ignored')`,
    );
    // Kabupaten Tangerang (36.03): four cases with an ASN party in the period.
    await insertCase(db(), {
      office: '36.03',
      status: 'VIOLATION',
      subjects: ['PNS'],
      receivedAt: '2024-09-30T03:00:00Z',
      registered: true,
      decision: { dueAt: '2024-10-05T17:00:00Z', metAt: '2024-10-03T03:00:00Z' },
    });
    await insertCase(db(), {
      office: '36.03',
      status: 'NOT_VIOLATION',
      subjects: ['PPPK', 'KEPALA_DESA'],
      receivedAt: '2024-10-01T03:00:00Z',
      registered: true,
      decision: { dueAt: '2024-10-10T17:00:00Z', metAt: '2024-10-12T03:00:00Z' },
    });
    await insertCase(db(), {
      office: '36.03',
      status: 'FORWARDED',
      subjects: ['KEPALA_DESA'],
      receivedAt: '2024-10-02T03:00:00Z',
      registered: true,
      decision: { dueAt: '2024-10-12T17:00:00Z', metAt: '2024-10-11T03:00:00Z' },
      forwardings: [
        { expectedAt: '2024-11-01T17:00:00Z', followUpAt: null },
        { expectedAt: '2024-11-02T17:00:00Z', followUpAt: '2024-11-01T03:00:00Z' },
        // Not due yet: not counted.
        { expectedAt: '2024-11-25T17:00:00Z', followUpAt: null },
      ],
    });
    // Handled by Bawaslu Banten, incident in a district of 36.03: counts for 36.03.
    await insertCase(db(), {
      office: '36',
      incident: '36.03.01',
      status: 'ANALYSIS',
      subjects: ['PNS'],
      receivedAt: '2024-11-04T03:00:00Z',
      registered: true,
      decision: { dueAt: '2024-11-15T17:00:00Z', metAt: null },
    });
    await insertCase(db(), { office: '36.03', status: 'RECEIVED', subjects: ['CAMAT'], receivedAt: TEST_NOW.toJSON() });
    // Not counted: merged into another case; received before the period (17:30 UTC on 08-19 is
    // 00:30 WIB on 08-20, inside; 16:30 UTC is 23:30 WIB on 08-19, outside).
    await insertCase(db(), {
      office: '36.03',
      status: 'MERGED',
      subjects: ['PNS'],
      receivedAt: '2024-10-01T03:00:00Z',
    });
    await insertCase(db(), {
      office: '36.03',
      status: 'RECEIVED',
      subjects: ['PNS'],
      receivedAt: '2024-08-19T16:30:00Z',
    });
    // Kota Tangerang (36.71): no ASN headcount.
    await insertCase(db(), {
      office: '36.71',
      status: 'VIOLATION',
      subjects: ['PNS'],
      receivedAt: '2024-08-19T17:30:00Z',
      registered: true,
      decision: { dueAt: '2024-08-25T17:00:00Z', metAt: '2024-08-24T03:00:00Z' },
    });
    for (const region of ['36.03', '36.71', '36.04']) await importValues(db(), region, '2024-01-31', 10);
    await importValues(db(), '36.04', '2024-06-30', 30);
    await importValues(db(), '36.04', '2024-12-31', 99); // after `to`: ignored
    await importValues(db(), '36.03', '2024-06-30', 20);
  }, 120_000);

  it('computes each indicator per regency from the cases received in the period', async () => {
    const values = await computedIndicatorValues(db(), { level: 'regency', ...PERIOD }, TEST_NOW);
    const of = (region: string) =>
      Object.fromEntries(values.filter((v) => v.region === region).map((v) => [v.indicator, v.value]));
    expect(of('36.03')).toEqual({
      // 4 cases with an ASN party × 10,000 / (8,000 PNS + 2,000 PPPK on 2024-06-30)
      NETRALITAS_ASN_PER_10K_KAB: 4,
      // 3 decided (VIOLATION, NOT_VIOLATION, FORWARDED), 2 violations
      PERKARA_DIPUTUS_MELANGGAR_KAB: (100 * 2) / 3,
      // 4 decision deadlines: one met late, one overdue and open
      PENANGANAN_LEWAT_BATAS_WAKTU_KAB: 50,
      // 2 forwardings past their expected reply, 1 without a follow-up
      PENERUSAN_TANPA_TINDAK_LANJUT_KAB: 50,
    });
    // No headcount: no per-10,000 value (not 0); nothing forwarded: no forwarding value.
    expect(of('36.71')).toEqual({ PERKARA_DIPUTUS_MELANGGAR_KAB: 100, PENANGANAN_LEWAT_BATAS_WAKTU_KAB: 0 });
    expect(of('36.04')).toEqual({});

    const provinces = await computedIndicatorValues(db(), { level: 'province', ...PERIOD }, TEST_NOW);
    expect(provinces.filter((v) => v.region === '36').map((v) => v.indicator)).toEqual([
      'PENANGANAN_LEWAT_BATAS_WAKTU_PROV',
      'PENERUSAN_TANPA_TINDAK_LANJUT_PROV',
      'PERKARA_DIPUTUS_MELANGGAR_PROV',
    ]);
  });

  it('stores the regency edition, readable through the public API with its breakdown', async () => {
    const summary = await computeLiveEdition({ db: db() }, SYSTEM_ACTOR, TEST_NOW, { level: 'regency', ...PERIOD });
    expect(summary).toMatchObject({
      editionId: EDITION,
      catalogueVersion: 1,
      regions: 514,
      scored: 3,
      unscored: 511,
      computedValues: 6,
      importedValues: 30,
      replaced: false,
    });

    const { app } = await createTestApp(db());
    try {
      const res = await app.inject({ method: 'GET', url: `/api/index/editions/${EDITION}` });
      expect(res.statusCode).toBe(200);
      const body = res.json<EditionDetail>();
      expect(body).toMatchObject({
        kind: 'LIVE',
        level: 'regency',
        catalogueVersion: 1,
        source: 'Dihitung Netra dari data penanganan dan indikator terimpor',
        publishedOn: '2024-11-18',
        regionCount: 514,
        cutPoints: { low: 13.47, high: 49.33 },
      });
      const score = (code: string) => body.scores.find((s) => s.regionCode === code)!;
      const kab = score('36.03');
      const kota = score('36.71');
      expect(kab.rank).not.toBeNull();
      expect(kab.score).toBeGreaterThan(0);
      expect(kab.category).not.toBeNull();
      const kabBreakdown = kab.breakdown as Breakdown;
      expect(kabBreakdown.coverage).toBe(1);
      expect(rawOf(kabBreakdown, 'NETRALITAS_ASN_PER_10K_KAB')).toBe(4);
      expect(rawOf(kabBreakdown, 'POLITIK_UANG_KAB')).toBe(20);
      // Without a headcount the indicator is missing: lower coverage, still scored, never a 0.
      const kotaBreakdown = kota.breakdown as Breakdown;
      expect(kota.score).not.toBeNull();
      expect(kotaBreakdown.coverage).toBeLessThan(1);
      expect(kotaBreakdown.coverage).toBeGreaterThan(0.5);
      expect(kotaBreakdown.missing).toContain('NETRALITAS_ASN_PER_10K_KAB');
      expect(rawOf(kotaBreakdown, 'NETRALITAS_ASN_PER_10K_KAB')).toBeNull();
      // The latest observation on or before `to`.
      expect(rawOf(score('36.04').breakdown as Breakdown, 'POLITIK_UANG_KAB')).toBe(30);
      // A region with no values at all is listed without a score.
      expect(score('91.03')).toMatchObject({ score: null, category: null, rank: null });
      expect((score('91.03').breakdown as Breakdown).coverage).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('replaces the edition when recomputed, and audits each computation with counts only', async () => {
    await insertCase(db(), { office: '36.03', status: 'RECEIVED', subjects: ['LURAH'], receivedAt: TEST_NOW.toJSON() });
    const summary = await computeLiveEdition({ db: db() }, SYSTEM_ACTOR, TEST_NOW, { level: 'regency', ...PERIOD });
    expect(summary).toMatchObject({ editionId: EDITION, regions: 514, replaced: true });
    const { rows } = await db().query<{ n: number; raw: number }>(
      `SELECT (SELECT count(*)::int FROM index_scores WHERE edition_id = $1) AS n,
              (SELECT (i ->> 'raw')::float8 FROM index_scores s,
                      jsonb_path_query(s.breakdown, '$.dimensions[*].subDimensions[*].indicators[*]') AS i
                WHERE s.edition_id = $1 AND s.region_code = '36.03' AND i ->> 'code' = 'NETRALITAS_ASN_PER_10K_KAB') AS raw`,
      [EDITION],
    );
    expect(rows[0]).toEqual({ n: 514, raw: 5 });
    const audit = await db().query<{ subject_id: string; data: Record<string, unknown> }>(
      `SELECT subject_id, data FROM audit_events WHERE action = 'index.edition_computed' ORDER BY seq`,
    );
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows[1]).toMatchObject({
      subject_id: EDITION,
      data: { level: 'regency', regions: 514, scored: 3, replaced: true, catalogueVersionRecorded: false },
    });
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('records a new catalogue version only when the catalogue changed', async () => {
    await db().query(`UPDATE index_indicators SET active = false WHERE code = 'POLITIK_UANG_KAB'`);
    try {
      const changed = await computeLiveEdition({ db: db() }, SYSTEM_ACTOR, TEST_NOW, {
        level: 'regency',
        ...PERIOD,
      });
      expect(changed.catalogueVersion).toBe(2);
      expect(changed.importedValues).toBe(27);
      const again = await computeLiveEdition({ db: db() }, SYSTEM_ACTOR, TEST_NOW, { level: 'regency', ...PERIOD });
      expect(again.catalogueVersion).toBe(2);
    } finally {
      await db().query(`UPDATE index_indicators SET active = true WHERE code = 'POLITIK_UANG_KAB'`);
    }
  });

  it('refuses a period whose start is after its end, writing nothing', async () => {
    const before = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    const err = await computeLiveEdition({ db: db() }, SYSTEM_ACTOR, TEST_NOW, {
      level: 'province',
      from: '2024-11-19',
      to: '2024-11-18',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_REQUEST');
    const after = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('runs as the index.compute job for both levels over the 90 days up to today (WIB)', async () => {
    expect(defaultPeriod(TEST_NOW)).toEqual(PERIOD);
    // 2024-11-18 17:30 UTC is already 2024-11-19 in WIB.
    expect(defaultPeriod(new Date('2024-11-18T17:30:00Z'))).toEqual({ from: '2024-08-21', to: '2024-11-19' });
    const { app, deps } = await createTestApp(db());
    try {
      await indexComputeJob.run(deps, {});
    } finally {
      await app.close();
    }
    const { rows } = await db().query<{ id: string; kind: string; n: number }>(
      `SELECT e.id, e.kind, (SELECT count(*)::int FROM index_scores s WHERE s.edition_id = e.id) AS n
         FROM index_editions e WHERE e.id LIKE 'live-%' ORDER BY e.id`,
    );
    expect(rows).toEqual([
      { id: 'live-province-2024-11-18', kind: 'LIVE', n: 38 },
      { id: EDITION, kind: 'LIVE', n: 514 },
    ]);
  });
});
