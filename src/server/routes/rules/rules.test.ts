import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';

describeDb('rules API: deadlines, routing and liability explained', (db) => {
  let app: FastifyInstance;
  let kab: string;
  let pkd: string;

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
    pkd = await signIn(app, db(), await createUser(db(), { role: 'PKD', scopeCode: '36.03.01.2003' }));
  });

  const get = async (url: string, cookie = kab) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    return { status: res.statusCode, body: res.json() as Record<string, unknown> & { error?: { code: string } } };
  };

  it("gives the issue's example: Pilkada report window from 2024-11-10 in Kutai Kartanegara (WITA)", async () => {
    const { status, body } = await get(
      '/api/rules/deadline?regime=PILKADA&rule=REPORT_WINDOW&start=2024-11-10&region=64.02',
    );
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toEqual({
      code: 'REPORT_WINDOW',
      startOn: '2024-11-10',
      lastDay: '2024-11-17',
      // The end of 2024-11-17 in WITA (UTC+8).
      dueAt: '2024-11-17T16:00:00.000Z',
      zoneLabel: 'WITA',
      rule: {
        code: 'REPORT_WINDOW',
        regime: 'PILKADA',
        effectiveFrom: '2015-03-18',
        days: 7,
        unit: 'CALENDAR',
        source: expect.stringMatching(/^UU 1\/2015 Pasal 134 ayat \(4\)/),
      },
      extension: null,
      explanation: expect.stringMatching(
        /Hari terakhir 2024-11-17, berakhir pukul 24.00 WITA.* \/ Last day 2024-11-17, ends at 24:00 WITA/,
      ),
    });
  });

  it('ends the same last day at a different instant in each zone', async () => {
    const q = (region: string) =>
      `/api/rules/deadline?regime=PILKADA&rule=REPORT_WINDOW&start=2024-11-10&region=${region}`;
    expect((await get(q('36.03'))).body).toMatchObject({
      lastDay: '2024-11-17',
      zoneLabel: 'WIB',
      dueAt: '2024-11-17T17:00:00.000Z',
    });
    expect((await get(q('91.03'))).body).toMatchObject({
      lastDay: '2024-11-17',
      zoneLabel: 'WIT',
      dueAt: '2024-11-17T15:00:00.000Z',
    });
  });

  it('counts working days past holidays and shows an extension with its own rule version', async () => {
    // Pemilu: 7 working days from Friday 2024-12-20, skipping 25–26 December and 1 January.
    const pemilu = await get('/api/rules/deadline?regime=PEMILU&rule=DECISION&start=2024-12-20&region=31.71');
    expect(pemilu.status, JSON.stringify(pemilu.body)).toBe(200);
    expect(pemilu.body).toMatchObject({
      lastDay: '2025-01-03',
      zoneLabel: 'WIB',
      dueAt: '2025-01-03T17:00:00.000Z',
      rule: { code: 'DECISION', regime: 'PEMILU', effectiveFrom: '2017-08-16', days: 7, unit: 'WORKING' },
      extension: null,
    });
    // Pilkada: 3 calendar days, then 2 more when extended (UU 10/2016 Pasal 134 ayat (5)–(6)).
    const extended = await get(
      '/api/rules/deadline?regime=PILKADA&rule=DECISION&start=2024-11-14&region=91.03&extended=true',
    );
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(extended.body).toMatchObject({
      lastDay: '2024-11-19',
      zoneLabel: 'WIT',
      dueAt: '2024-11-19T15:00:00.000Z',
      rule: { code: 'DECISION', days: 3 },
      extension: { code: 'DECISION_EXTENSION', regime: 'PILKADA', effectiveFrom: '2016-07-01', days: 2 },
    });
    expect(extended.body.explanation).toMatch(/diperpanjang 2 hari kalender sejak 2024-11-17/);
  });

  it('uses the version in force on the start day, so a new version changes only later deadlines', async () => {
    await db().query(
      `INSERT INTO deadline_rules (regime, code, effective_from, days, unit, source)
       VALUES ('PILKADA', 'COMPLETION', '2030-01-01', 5, 'CALENDAR', 'Perbawaslu uji 1/2029')`,
    );
    const before = await get('/api/rules/deadline?regime=PILKADA&rule=COMPLETION&start=2029-12-31&region=36.03');
    const after = await get('/api/rules/deadline?regime=PILKADA&rule=COMPLETION&start=2030-01-01&region=36.03');
    expect(before.body).toMatchObject({ lastDay: '2030-01-02', rule: { effectiveFrom: '2020-07-01', days: 2 } });
    expect(after.body).toMatchObject({
      lastDay: '2030-01-06',
      rule: { effectiveFrom: '2030-01-01', days: 5, source: 'Perbawaslu uji 1/2029' },
    });
  });

  it('answers 404 with a bilingual message when no rule is in force, not a 500', async () => {
    const early = await get('/api/rules/deadline?regime=PILKADA&rule=DECISION&start=2016-06-30&region=36.03');
    expect(early.status).toBe(404);
    expect(early.body.error).toMatchObject({
      code: 'NOT_FOUND',
      message:
        'Tidak ada aturan tenggat DECISION (PILKADA) yang berlaku pada 2016-06-30 / No DECISION (PILKADA) deadline rule in force on 2016-06-30',
      details: { failed: ['RULE_NOT_IN_FORCE'], regime: 'PILKADA', rule: 'DECISION', on: '2016-06-30' },
    });
    // Pemilu has no report-window rule before UU 7/2017.
    expect(
      (await get('/api/rules/deadline?regime=PEMILU&rule=REPORT_WINDOW&start=2017-08-15&region=36.03')).status,
    ).toBe(404);
    const route = await get('/api/rules/route?category=OTHER_LAWS&subjectType=OTHER&actOn=2024-11-14');
    expect(route.status).toBe(404);
    expect(route.body.error).toMatchObject({
      code: 'NOT_FOUND',
      details: { category: 'OTHER_LAWS', subjectType: 'OTHER' },
    });
    expect((route.body.error as unknown as { message: string }).message).toMatch(
      /^Tidak ada aturan penerusan OTHER_LAWS untuk OTHER .* \/ No routing rule for OTHER_LAWS by OTHER in force/,
    );
  });

  it('refuses an unknown region, an extension of a rule that has none, and malformed input, with 400', async () => {
    const unknown = await get('/api/rules/deadline?regime=PILKADA&rule=REPORT_WINDOW&start=2024-11-10&region=64.99');
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { code: 'UNKNOWN_REGION', details: { regions: ['64.99'] } } },
    });
    const notExtendable = await get(
      '/api/rules/deadline?regime=PILKADA&rule=REPORT_WINDOW&start=2024-11-10&region=64.02&extended=true',
    );
    expect(notExtendable).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    for (const qs of [
      'regime=PILKADA&rule=report-window&start=2024-11-10&region=64.02',
      'regime=PILKADA&rule=REPORT_WINDOW&start=2024-02-30&region=64.02',
      'regime=PILKADA&rule=REPORT_WINDOW&start=2024-11-10&region=6402',
      'regime=PILPRES&rule=REPORT_WINDOW&start=2024-11-10&region=64.02',
      'regime=PILKADA&rule=REPORT_WINDOW&start=2024-11-10',
    ]) {
      expect((await get(`/api/rules/deadline?${qs}`)).body.error?.code, qs).toBe('VALIDATION_FAILED');
    }
    expect((await get('/api/rules/route?category=OTHER_LAWS&subjectType=ASN&actOn=2024-08-24')).status).toBe(400);
    expect((await get('/api/rules/liability?subjectType=TNI&actOn=14-11-2024')).status).toBe(400);
  });

  it('routes ASN neutrality cases to KASN until 2024-08-23 and to BKN from 2024-08-24', async () => {
    const bkn = await get('/api/rules/route?category=OTHER_LAWS&subjectType=PNS&actOn=2024-08-24');
    expect(bkn.status, JSON.stringify(bkn.body)).toBe(200);
    expect(bkn.body).toMatchObject({
      body: 'BKN',
      rule: { code: 'OTHER_LAWS', regime: null, effectiveFrom: '2024-08-24', days: null, unit: null },
    });
    expect((bkn.body.rule as { source: string }).source).toMatch(/UU 20\/2023/);
    const kasn = await get('/api/rules/route?category=OTHER_LAWS&subjectType=PNS&actOn=2024-08-23');
    expect(kasn.body).toMatchObject({ body: 'KASN', rule: { effectiveFrom: '2014-01-15' } });
    expect(kasn.body.explanation).toMatch(/berlaku 2014-01-15 s\.d\. 2024-08-23/);
    // A category without a rule per subject type falls back to the '*' row.
    const crime = await get('/api/rules/route?category=CRIME&subjectType=TNI&actOn=2024-11-14');
    expect(crime.body).toMatchObject({ body: 'GAKKUMDU', rule: { code: 'CRIME', effectiveFrom: '2015-03-18' } });
    expect(crime.body.explanation).toMatch(/semua jenis terlapor.* \/ .*every subject type/);
  });

  it('says Pasal 188 reaches TNI only for acts from 2024-11-14', async () => {
    const before = await get('/api/rules/liability?subjectType=TNI&actOn=2024-11-13');
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({ article: 'PASAL_188', liable: false, rule: null });
    expect(before.body.explanation).toMatch(/sejak 2024-11-14 .*sesudah perbuatan tanggal 2024-11-13/);
    const from = await get('/api/rules/liability?subjectType=TNI&actOn=2024-11-14');
    expect(from.body).toMatchObject({
      article: 'PASAL_188',
      liable: true,
      rule: { code: 'PASAL_188', effectiveFrom: '2024-11-14', source: expect.stringMatching(/136\/PUU-XXII\/2024/) },
    });
    expect((await get('/api/rules/liability?subjectType=PNS&actOn=2024-11-13')).body).toMatchObject({ liable: true });
    expect((await get('/api/rules/liability?subjectType=OTHER&actOn=2024-11-13')).body).toMatchObject({
      liable: false,
      rule: null,
    });
  });

  it('answers any signed-in officer, and nobody else', async () => {
    const url = '/api/rules/liability?subjectType=POLRI&actOn=2024-11-14';
    expect((await get(url, pkd)).status).toBe(200);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const partial = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.71' }), {
      totp: false,
    });
    expect((await get(url, partial)).status).toBe(403);
  });
});
