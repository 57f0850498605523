import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { SAMPLES } from '../../evidence/test-samples';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, testClock, TEST_NOW } from '../../test/app';
import { describeDb } from '../../test/db';
import { postJson, postMultipart, reportPayload } from '../../test/report-factories';
import { tempDir } from '../../test/tmp';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describeDb('public intake API', (db) => {
  let app: FastifyInstance;
  let blobDir: string;
  const clock = testClock();
  let ip = 0;
  /** Each test posts from its own address, so the per-IP limits only bite where a test wants them to. */
  const from = () => `10.0.0.${++ip}`;

  beforeAll(async () => {
    await seedTestRegions(db());
    blobDir = tempDir('intake-blobs');
    ({ app } = await createTestApp(db(), { clock, blobDir }));
  });
  beforeEach(() => clock.set(TEST_NOW));

  const count = async (table: string) =>
    (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  const blobFiles = () => {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else out.push(e.name);
      }
    };
    walk(blobDir);
    return out;
  };
  const inject = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/public/reports', payload, remoteAddress: from(), headers });

  it('accepts a JSON report, checks its requirements and gives a tracking code that /track knows', async () => {
    const res = await inject(reportPayload({ links: [] }));
    expect(res.statusCode).toBe(201);
    const receipt = res.json();
    expect(receipt.trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(receipt.office).toEqual({ code: '36.03', name: 'Bawaslu Kabupaten Tangerang' });
    expect(receipt.requirements.missing).toEqual(['EVIDENCE']);
    expect(receipt.requirements.window).toMatchObject({ lastDay: '2024-11-24', lateByDays: 0 });
    const tracked = await postJson(app, '/api/public/track', { code: receipt.trackingCode.toLowerCase() });
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json()).toMatchObject({ kind: 'REPORT', status: 'RECEIVED', office: { code: '36.03' } });
    expect(tracked.body).not.toContain('Siti');
    const row = await db().query<{ tracking_hash: string }>('SELECT tracking_hash FROM reports');
    expect(row.rows.map((r) => r.tracking_hash)).not.toContain(receipt.trackingCode);
  });

  it('stores two files sent as multipart, by content hash, and counts them as evidence', async () => {
    const before = await count('report_evidence');
    const res = await postMultipart(app, '/api/public/reports', reportPayload({ links: [] }), [
      { filename: 'foto.png', data: SAMPLES.png, contentType: 'image/png' },
      { filename: 'surat.pdf', data: PDF, contentType: 'application/pdf' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().requirements.missing).toEqual([]);
    expect(await count('report_evidence')).toBe(before + 2);
    const types = await db().query<{ media_type: string }>('SELECT media_type FROM evidence_blobs ORDER BY 1');
    expect(types.rows.map((r) => r.media_type)).toEqual(expect.arrayContaining(['application/pdf', 'image/png']));
    expect(blobFiles().filter((f) => f.length === 64)).toHaveLength(2);
  });

  it('counts the 7-day window in the incident region: the same instant is in time in WIB, a day late in WIT', async () => {
    clock.set(new Date('2024-11-25T16:30:00Z')); // 23:30 WIB on the 25th, 01:30 WIT on the 26th
    const wib = await inject(reportPayload({ knownOn: '2024-11-18' }));
    const nikJayapura = '9103011205900002';
    const wit = await inject(
      reportPayload({
        knownOn: '2024-11-18',
        incident: { date: '2024-11-18', regionCode: '91.03.01' },
        reporter: { ...(reportPayload().reporter as object), nik: nikJayapura },
      }),
    );
    expect(wib.statusCode).toBe(201);
    expect(wit.statusCode, wit.body).toBe(201);
    expect(wib.json().requirements.window.lateByDays).toBe(0);
    expect(wib.json().requirements.missing).not.toContain('WITHIN_WINDOW');
    expect(wit.json().requirements.window).toMatchObject({ lastDay: '2024-11-25', lateByDays: 1 });
    expect(wit.json().requirements.missing).toContain('WITHIN_WINDOW');
    expect(wit.json().office.code).toBe('91.03');
  });

  it("flags a missing reported party's address, and still receives the report", async () => {
    const res = await inject(reportPayload({ parties: [{ name: 'Kepala Desa X', subjectType: 'KEPALA_DESA' }] }));
    expect(res.statusCode).toBe(201);
    expect(res.json().requirements.missing).toEqual(['REPORTED_PARTY_ADDRESS']);
    expect(res.json().requirements.allMet).toBe(false);
  });

  it("routes a governor's election report to the province's Bawaslu", async () => {
    const res = await inject(reportPayload({ governorElection: true }));
    expect(res.json().office).toEqual({ code: '36', name: 'Bawaslu Provinsi Banten' });
  });

  it('takes an anonymous tip with no identity at all', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/tips',
      remoteAddress: from(),
      payload: { description: 'Ada kepala desa membagikan kaos calon di balai desa.', regionCode: '36.03.01.2003' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'TIP', requirements: null, office: { code: '36.03' } });
    const row = await db().query<{ reporter_enc: string | null; channel: string }>(
      "SELECT reporter_enc, channel FROM reports WHERE kind = 'TIP'",
    );
    expect(row.rows).toEqual([{ reporter_enc: null, channel: 'TIP' }]);
  });

  it('creates one report for a double submission with the same idempotency key, and refuses the key for other content', async () => {
    const before = await count('reports');
    const key = { 'idempotency-key': 'form-key-0123456789abcdef' };
    const [a, b] = await Promise.all([inject(reportPayload(), key), inject(reportPayload(), key)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().trackingCode).toBe(b.json().trackingCode);
    expect(await count('reports')).toBe(before + 1);
    const other = await inject(
      reportPayload({ description: 'Sesuatu yang lain sama sekali, dengan kata-kata berbeda.' }),
      key,
    );
    expect(other.statusCode).toBe(409);
    expect(await count('reports')).toBe(before + 1);
  });

  it('refuses bad input with field issues and writes nothing: bad NIK district, honeypot, wrong file type', async () => {
    const before = { reports: await count('reports'), blobs: blobFiles().length, audit: await count('audit_events') };
    const badNik = await inject(
      reportPayload({ reporter: { ...(reportPayload().reporter as object), nik: '9999991205900001' } }),
    );
    expect(badNik.statusCode).toBe(400);
    expect(badNik.json().error.details.issues[0].path).toEqual(['reporter', 'nik']);
    const future = await inject(reportPayload({ knownOn: '2024-11-19' }));
    expect(future.json().error.details.issues[0].path).toEqual(['knownOn']);
    const honeypot = await postMultipart(
      app,
      '/api/public/reports',
      reportPayload(),
      [],
      [{ name: 'website', value: 'x' }],
    );
    expect(honeypot.statusCode).toBe(400);
    const disguised = await postMultipart(app, '/api/public/reports', reportPayload(), [
      { filename: 'foto.jpg', data: Buffer.from('bukan gambar, hanya teks'), contentType: 'image/jpeg' },
    ]);
    expect(disguised.statusCode).toBe(415);
    const unknownField = await postMultipart(
      app,
      '/api/public/reports',
      reportPayload(),
      [],
      [{ name: 'is.admin', value: '1' }],
    );
    expect(unknownField.statusCode).toBe(400);
    expect(await count('reports')).toBe(before.reports);
    expect(await count('audit_events')).toBe(before.audit);
    expect(blobFiles()).toHaveLength(before.blobs);
  });

  it('slows down guessing of tracking codes per client address', async () => {
    const guess = () =>
      app.inject({
        method: 'POST',
        url: '/api/public/track',
        remoteAddress: '10.9.9.9',
        payload: { code: 'AAAA-BBBB-CCCC-DDDD' },
      });
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await guess()).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 400 || s === 404)).toBe(true);
    expect(answers[10]).toBe(429);
  });

  it('limits submissions per client address, counting refused ones, before reading the body', async () => {
    const send = () =>
      app.inject({ method: 'POST', url: '/api/public/tips', remoteAddress: '10.8.8.8', payload: { description: 'x' } });
    for (let i = 0; i < 20; i++) expect((await send()).statusCode).toBe(400);
    const limited = await send();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const page = await app.inject({ method: 'POST', url: '/lapor', remoteAddress: '10.8.8.8', payload: {} });
    expect(page.statusCode).toBe(429);
  });

  it('gives the PDF receipt for a code, without the identity', async () => {
    const receipt = (await inject(reportPayload())).json();
    const pdf = await postJson(app, '/api/public/receipt', { code: receipt.trackingCode });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
