import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { SAMPLES } from '../../evidence/test-samples';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';
import { postMultipart, reportPayload, TEST_NIK, TEST_PHONE, TEST_REPORTER_NAME } from '../../test/report-factories';

describeDb('officer intake API: walk-ins, findings, inbox, masking, reveal, routing', (db) => {
  let app: FastifyInstance;
  const clock = testClock();
  let kab: string;
  let kec: string;
  let otherKab: string;
  let reportId: string;

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db(), { clock }));
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
    kec = await signIn(app, db(), await createUser(db(), { role: 'PANWASLU_KECAMATAN', scopeCode: '36.03.01' }));
    otherKab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.71' }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: reportPayload(),
      remoteAddress: '10.1.0.1',
    });
    expect(res.statusCode).toBe(201);
    reportId = (await db().query<{ id: string }>('SELECT id FROM reports LIMIT 1')).rows[0]!.id;
  });

  const get = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (cookie: string, url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const auditCount = async (action: string) =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE action = $1', [action]))
      .rows[0]!.n;

  it('records a walk-in report with files, the officer and a tracking code for the reporter', async () => {
    const res = await postMultipart(
      app,
      '/api/reports/walk-in',
      reportPayload({ links: [] }),
      [{ filename: 'foto.png', data: SAMPLES.png, contentType: 'image/png' }],
      [],
      { cookie: kab },
    );
    expect(res.statusCode, res.body).toBe(201);
    const { id, receipt } = res.json();
    expect(receipt.trackingCode).toMatch(/^[2-9A-Z-]{19}$/);
    const detail = (await get(kab, `/api/reports/${id}`)).json();
    expect(detail).toMatchObject({ channel: 'WALK_IN', kind: 'REPORT', evidenceCount: 1 });
    expect(detail.createdBy.displayName).toMatch(/^Petugas /);
  });

  it("records a supervisor's finding with the discovery date as the start of the window", async () => {
    const { reporter: _r, consent: _c, knownOn: _k, ...rest } = reportPayload();
    const res = await post(kec, '/api/findings', { ...rest, discoveredOn: '2024-11-16' });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await get(kec, `/api/reports/${res.json().id}`)).json();
    expect(detail).toMatchObject({ kind: 'FINDING', channel: 'FINDING', reporter: null, knownOn: '2024-11-16' });
    expect(detail.requirements.window.lastDay).toBe('2024-11-23');
    expect(detail.requirements.formal.find((r: { code: string }) => r.code === 'REPORTER_IDENTITY').met).toBe(true);
    // Outside the district supervisor's area: refused.
    const outside = await post(kec, '/api/findings', {
      ...rest,
      discoveredOn: '2024-11-15',
      incident: { regionCode: '36.03.02' },
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('OUT_OF_SCOPE');
  });

  it("lists the inbox by the officer's region, with the requirement result and never the NIK", async () => {
    const mine = await get(kab, '/api/reports?limit=100');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.length).toBeGreaterThanOrEqual(1);
    expect(mine.json().items[0]).toHaveProperty('requirements.allMet');
    expect(mine.body).not.toContain(TEST_NIK);
    expect(mine.body).not.toContain(TEST_REPORTER_NAME);
    const district = await get(kec, '/api/reports');
    expect(district.json().items.map((i: { id: string }) => i.id)).toContain(reportId);
    const other = await get(otherKab, '/api/reports');
    expect(other.json().items).toEqual([]);
    expect((await get(otherKab, `/api/reports/${reportId}`)).statusCode).toBe(403);
    const tips = await get(kab, '/api/reports?kind=TIP');
    expect(tips.json().items).toEqual([]);
  });

  it('masks NIK and phone; reveal is for the handling office, needs a reason and is audited', async () => {
    const detail = await get(kab, `/api/reports/${reportId}`);
    const body = detail.json();
    expect(body.reporter).toEqual({
      type: 'VOTER',
      name: 'S*** A*** R***',
      nikMasked: '3603 •••• •••• ••01',
      phoneMasked: '+••••••••••890',
    });
    expect(detail.body).not.toContain(TEST_NIK);
    expect(detail.body).not.toContain(TEST_PHONE.slice(1));
    expect(body.can).toEqual({ reveal: true, route: true });
    expect((await get(kec, `/api/reports/${reportId}`)).json().can).toEqual({ reveal: false, route: false });
    expect((await post(kec, `/api/reports/${reportId}/reveal`, { reason: 'ingin tahu saja' })).statusCode).toBe(403);
    expect((await post(kab, `/api/reports/${reportId}/reveal`, {})).statusCode).toBe(400);
    const before = await auditCount('report.identity.reveal');
    const revealed = await post(kab, `/api/reports/${reportId}/reveal`, { reason: 'Undangan klarifikasi pelapor' });
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json().reporter).toMatchObject({
      name: TEST_REPORTER_NAME,
      nik: TEST_NIK,
      phone: '+6281234567890',
    });
    expect(revealed.json().witnesses).toHaveLength(2);
    expect(await auditCount('report.identity.reveal')).toBe(before + 1);
    const event = await db().query<{ data: { reason: string } }>(
      "SELECT data FROM audit_events WHERE action = 'report.identity.reveal' ORDER BY seq DESC LIMIT 1",
    );
    expect(event.rows[0]!.data.reason).toBe('Undangan klarifikasi pelapor');
  });

  it('serves evidence only to officers who may see the report, as an audited attachment', async () => {
    const res = await postMultipart(
      app,
      '/api/reports/walk-in',
      reportPayload(),
      [{ filename: 'bukti foto.png', data: SAMPLES.png, contentType: 'image/png' }],
      [],
      { cookie: kab },
    );
    const detail = (await get(kab, `/api/reports/${res.json().id}`)).json();
    const url = `/api/reports/${detail.id}/evidence/${detail.evidence[0].id}`;
    const before = await auditCount('evidence.download');
    const file = await get(kab, url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(SAMPLES.png)).toBe(true);
    expect(await auditCount('evidence.download')).toBe(before + 1);
    expect((await get(otherKab, url)).statusCode).toBe(403);
  });

  it('re-routes a report to another office with a reason, recorded and audited', async () => {
    const bad = await post(kab, `/api/reports/${reportId}/route`, { officeCode: '36.03', reason: 'sama' });
    expect(bad.statusCode).toBe(400);
    const res = await post(kab, `/api/reports/${reportId}/route`, {
      officeCode: '36',
      reason: 'Menyangkut pemilihan gubernur',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().office).toEqual({ code: '36', name: 'Bawaslu Provinsi Banten' });
    const routings = await db().query<{ office_code: string; reason: string }>(
      'SELECT office_code, reason FROM report_routings WHERE report_id = $1 ORDER BY seq',
      [reportId],
    );
    expect(routings.rows.map((r) => r.office_code)).toEqual(['36.03', '36']);
    expect(await auditCount('report.route')).toBe(1);
  });

  it('keeps identities unreadable in a dump of every table', async () => {
    const tables = await db().query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    let dump = '';
    for (const { tablename } of tables.rows) {
      const rows = await db().query<{ t: string }>(`SELECT to_jsonb(x)::text AS t FROM "${tablename}" x`);
      dump += rows.rows.map((r) => r.t).join('\n');
    }
    expect(dump).toContain('Budi Santoso'); // the reported party is not secret: the dump is real
    for (const secret of [
      TEST_NIK,
      TEST_REPORTER_NAME,
      'Siti Aminah',
      '81234567890',
      'Jl. Raya Balaraja',
      'Andi Wijaya',
    ]) {
      expect(dump).not.toContain(secret);
    }
  });
});
