import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/verify';
import { pdfText } from '../../documents/test-pdf-text';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, testClock } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';
import { reportPayload } from '../../test/report-factories';

/**
 * One report through the whole procedure (issue acceptance): received → registered → clarification
 * → analysis → plenary → violation with two categories → forwarded to BKN and to Gakkumdu →
 * follow-up "sanctioned: 25% allowance cut for 6 months" → closed. At each step the audit chain
 * verifies and the reporter's tracking page shows the public status.
 */
describeDb('case handling: one report from receipt to closing', (db) => {
  let app: FastifyInstance;
  const clock = testClock();
  let kab: string;
  let bkn: string;
  let propam: string;
  let penyidik: string;
  let otherPenyidik: string;
  let code: string;
  let caseId: string;

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db(), { clock }));
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
    bkn = await signIn(app, db(), await createUser(db(), { role: 'INSTANSI_PENERIMA', scopeCode: null, body: 'BKN' }));
    propam = await signIn(
      app,
      db(),
      await createUser(db(), { role: 'INSTANSI_PENERIMA', scopeCode: null, body: 'PROPAM' }),
    );
    penyidik = await signIn(app, db(), await createUser(db(), { role: 'GAKKUMDU_PENYIDIK', scopeCode: '36.03' }));
    otherPenyidik = await signIn(app, db(), await createUser(db(), { role: 'GAKKUMDU_PENYIDIK', scopeCode: '36.71' }));
    const payload = reportPayload();
    const res = await app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: { ...payload, reporter: { ...(payload.reporter as object), email: 'pelapor@contoh.example' } },
      remoteAddress: '10.2.0.1',
    });
    expect(res.statusCode, res.body).toBe(201);
    code = res.json().trackingCode;
  });

  const get = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (cookie: string, url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const step = (payload: Record<string, unknown>) => post(kab, `/api/cases/${caseId}/transitions`, payload);
  const track = async () => (await app.inject({ method: 'POST', url: '/api/public/track', payload: { code } })).json();
  const expectChainIntact = async () => expect((await verifyAuditChain(db())).ok).toBe(true);
  const outboxCount = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_emails')).rows[0]!.n;

  it('opens one case per report, listed in the office inbox with its decision deadline', async () => {
    const page = (await get(kab, '/api/cases')).json();
    expect(page.total).toBe(1);
    caseId = page.items[0].id;
    expect(page.items[0]).toMatchObject({ status: 'RECEIVED', registerNumber: null, kind: 'REPORT' });
    // Received 2024-11-18 10:00 WIB; Pilkada: 3 calendar days → ends 2024-11-21 at 24:00 WIB.
    expect(page.items[0].nextDeadline).toMatchObject({
      code: 'DECISION',
      dueAt: '2024-11-21T17:00:00.000Z',
      state: 'OK',
    });
    const detail = (await get(kab, `/api/cases/${caseId}`)).json();
    expect(detail.allowed).toEqual(expect.arrayContaining(['START_REVIEW']));
    expect(detail.deadlines[0].explanation).toMatch(/2024-11-21/);
    expect((await track()).status).toBe('RECEIVED');
  });

  it('refuses a step the status does not allow with 409 and the allowed next steps', async () => {
    const res = await step({ type: 'TO_PLENARY' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(res.json().error.details.allowed).toContain('START_REVIEW');
    const bad = await step({ type: 'NOT_REGISTER', reason: 'NOPE', note: 'x' });
    expect(bad.statusCode).toBe(400);
  });

  it('registers with a gap-free register number; the reporter sees it', async () => {
    expect((await step({ type: 'START_REVIEW' })).statusCode).toBe(200);
    expect((await track()).status).toBe('INITIAL_REVIEW');
    const res = await step({ type: 'REGISTER' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().registerNumber).toBe('001/Reg/LP/PB/36.03/XI/2024');
    const t = await track();
    expect(t).toMatchObject({ status: 'REGISTERED', registerNumber: '001/Reg/LP/PB/36.03/XI/2024' });
    expect(t.history.map((h: { status: string }) => h.status)).toEqual(['RECEIVED', 'INITIAL_REVIEW', 'REGISTERED']);
    await expectChainIntact();
  });

  it('goes through clarification, analysis and plenary to a violation in two categories', async () => {
    for (const type of ['START_CLARIFICATION', 'START_ANALYSIS', 'TO_PLENARY']) {
      const res = await step({ type });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await track()).status).toBe('PLENARY');
    const res = await step({
      type: 'DECIDE_VIOLATION',
      note: 'Pleno 2024-11-20: camat terbukti hadir dan berpose dua jari.',
      categories: [
        { partyPosition: 1, category: 'OTHER_LAWS' },
        { partyPosition: 1, category: 'CRIME' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'VIOLATION', categories: ['CRIME', 'OTHER_LAWS'] });
    expect(res.json().parties[0].categories).toEqual(['CRIME', 'OTHER_LAWS']);
    expect((await track()).status).toBe('VIOLATION');
    await expectChainIntact();
  });

  it('forwards to BKN by the routing rule and to Gakkumdu, which opens the shared workspace', async () => {
    const toBkn = await post(kab, `/api/cases/${caseId}/forwardings`, {
      partyPosition: 1,
      category: 'OTHER_LAWS',
      letterNumber: '045/PP.01/K.BT-03/XI/2024',
      letterDate: '2024-11-19',
    });
    expect(toBkn.statusCode, toBkn.body).toBe(200);
    const fw = toBkn.json().forwardings[0];
    expect(fw).toMatchObject({ body: 'BKN', status: 'SENT', final: false });
    expect(fw.routeExplanation).toMatch(/BKN/);
    // 14 working days from Tuesday 2024-11-19, skipping weekends and the 2024-11-27 voting day.
    expect(fw.expectedReply.lastDay).toBe('2024-12-10');
    const toGakkumdu = await post(kab, `/api/cases/${caseId}/forwardings`, {
      partyPosition: 1,
      category: 'CRIME',
      letterNumber: '046/PP.01/K.BT-03/XI/2024',
      letterDate: '2024-11-19',
    });
    expect(toGakkumdu.statusCode, toGakkumdu.body).toBe(200);
    expect(toGakkumdu.json().forwardings.map((f: { body: string }) => f.body)).toEqual(['BKN', 'GAKKUMDU']);
    expect(toGakkumdu.json().gakkumdu).toMatchObject({ stage: 'SECOND_DISCUSSION' });
    expect((await track()).status).toBe('FORWARDED');
    // A category not decided for the party is refused.
    const wrong = await post(kab, `/api/cases/${caseId}/forwardings`, {
      partyPosition: 1,
      category: 'ETHICS',
      letterNumber: '047/PP.01/K.BT-03/XI/2024',
      letterDate: '2024-11-19',
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error).toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('issues a numbered forwarding letter whose hash is in the audit trail', async () => {
    const detail = (await get(kab, `/api/cases/${caseId}`)).json();
    const res = await post(kab, `/api/cases/${caseId}/documents`, {
      kind: 'FORWARDING_LETTER',
      forwardingId: detail.forwardings[0].id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().number).toBe('001/PP/36.03/XI/2024');
    const pdf = await get(kab, `/api/cases/${caseId}/documents/${res.json().id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('001/Reg/LP/PB/36.03/XI/2024');
    expect(text).toContain('045/PP.01/K.BT-03/XI/2024');
    const sha = createHash('sha256').update(pdf.rawPayload).digest('hex');
    const { rows } = await db().query<{ data: { sha256: string } }>(
      "SELECT data FROM audit_events WHERE action = 'case.document_issued' AND subject_id = $1",
      [caseId],
    );
    expect(rows.map((r) => r.data.sha256)).toEqual([sha]);
    expect((await get(otherPenyidik, `/api/cases/${caseId}/documents/${res.json().id}`)).statusCode).toBe(404);
  });

  it('lets the Gakkumdu investigator of the centre work on the case, and nobody else', async () => {
    const res = await post(penyidik, `/api/cases/${caseId}/gakkumdu/discussions`, {
      stage: 'SECOND_DISCUSSION',
      heldOn: '2024-11-19',
      article: 'PASAL_71_188',
      conclusion: 'FORWARD_TO_INVESTIGATION',
      minutes: 'Pembahasan kedua: unsur Pasal 71 ayat (1) jo. Pasal 188 terpenuhi; diteruskan ke penyidikan.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = await post(penyidik, `/api/cases/${caseId}/gakkumdu/steps`, {
      stage: 'INVESTIGATION',
      startedOn: '2024-11-19',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().gakkumdu.deadlines[0]).toMatchObject({ code: 'INVESTIGATION', lastDay: '2024-12-10' });
    expect((await get(penyidik, '/api/gakkumdu')).json().total).toBe(1);
    expect((await get(otherPenyidik, `/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await get(otherPenyidik, '/api/gakkumdu')).json().total).toBe(0);
  });

  it('takes the follow-up "sanctioned: 25% allowance cut for 6 months" from BKN only', async () => {
    const list = (await get(bkn, '/api/forwardings')).json();
    expect(list.items.map((f: { body: string }) => f.body)).toEqual(['BKN']);
    const fwId = list.items[0].id;
    expect((await get(propam, '/api/forwardings')).json().total).toBe(0);
    expect((await post(propam, `/api/forwardings/${fwId}/follow-ups`, { status: 'AWAITING_PPK' })).statusCode).toBe(
      404,
    );
    const wrongSanction = await post(bkn, `/api/forwardings/${fwId}/follow-ups`, {
      status: 'SANCTIONED',
      sanctions: [{ type: 'REPRIMAND_WRITTEN' }],
    });
    expect(wrongSanction.statusCode).toBe(400);
    const ok = await post(bkn, `/api/forwardings/${fwId}/follow-ups`, {
      status: 'SANCTIONED',
      sanctions: [{ type: 'ALLOWANCE_CUT_25', months: 6 }],
      note: 'Keputusan PPK Nomor 800/123/BKPSDM/2024',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'SANCTIONED', final: true });
    expect(ok.json().followUps[0].sanctions).toEqual([{ type: 'ALLOWANCE_CUT_25', months: 6 }]);
    expect((await track()).status).toBe('FOLLOW_UP_RECEIVED');
  });

  it('closes once every forwarding has a final answer, and told the reporter at every public step', async () => {
    const early = await step({ type: 'CLOSE', note: 'Semua tindak lanjut diterima.' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('PRECONDITION_FAILED');
    const detail = (await get(kab, `/api/cases/${caseId}`)).json();
    const gakkumduFw = detail.forwardings.find((f: { body: string }) => f.body === 'GAKKUMDU');
    const res = await post(kab, `/api/forwardings/${gakkumduFw.id}/follow-ups`, {
      status: 'NOT_PROVEN',
      note: 'Penyidikan dihentikan: unsur tidak terpenuhi.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const closed = await step({ type: 'CLOSE', note: 'Semua tindak lanjut diterima.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'CLOSED', nextDeadline: null, allowed: [] });
    const t = await track();
    expect(t.status).toBe('CLOSED');
    expect(t.history.map((h: { status: string }) => h.status)).toEqual([
      'RECEIVED',
      'INITIAL_REVIEW',
      'REGISTERED',
      'CLARIFICATION',
      'ANALYSIS',
      'PLENARY',
      'VIOLATION',
      'FORWARDED',
      'FOLLOW_UP_RECEIVED',
      'CLOSED',
    ]);
    expect(await outboxCount()).toBe(9);
    const { rows } = await db().query<{ action: string }>(
      "SELECT action FROM audit_events WHERE subject_type = 'case' AND subject_id = $1 ORDER BY seq",
      [caseId],
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'case.opened',
        'case.register',
        'case.decide_violation',
        'case.forwarded',
        'case.follow_up',
        'case.close',
      ]),
    );
    await expectChainIntact();
  });
});
