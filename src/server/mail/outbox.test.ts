import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fsBlobStore } from '../evidence/fs-blob-store';
import { identityKeyId } from '../reports/identity';
import { TEST_NOW, testClock, testConfig } from '../test/app';
import { describeDb } from '../test/db';
import { tempDir } from '../test/tmp';
import { mailDeliverJob } from './deliver-job';
import { deliverDue, enqueueEmail, failureText, MAX_ATTEMPTS, retryDelayMs, type EnqueueEmail } from './outbox';
import { parseMessage, startTestSmtp, type TestSmtp } from './test-smtp';
import { smtpTransport, type MailMessage, type MailTransport } from './transport';

const TO = 'Siti.Aminah@example.org';
const MINUTE = 60 * 1000;
const config = testConfig();
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

const mail = (overrides: Partial<EnqueueEmail> = {}): EnqueueEmail => ({
  to: TO,
  subject: 'Status laporan Anda / Your report status',
  text: {
    id: 'Laporan Anda dengan nomor register 005/Reg/LP/PB/Kab/11.03/XI/2024 sekarang berstatus Klarifikasi.',
    en: 'Your report with register number 005/Reg/LP/PB/Kab/11.03/XI/2024 is now in clarification.',
  },
  caseId: null,
  now: TEST_NOW,
  ...overrides,
});

interface OutboxState {
  id: string;
  to_enc: string;
  key_id: string;
  attempts: number;
  next_attempt_at: Date;
  sent_at: Date | null;
  last_error: string | null;
}

/** A transport that counts and fails as told, for what a real server cannot make happen on cue. */
function fakeTransport(fail: (m: MailMessage) => boolean = () => false) {
  const sent: MailMessage[] = [];
  const transport: MailTransport = {
    async send(m) {
      if (fail(m)) throw Object.assign(new Error(`550 5.1.1 <${m.to}>: mailbox unavailable`), { code: 'EENVELOPE' });
      sent.push(m);
    },
    close() {},
  };
  return { sent, transport };
}

describe('retryDelayMs', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [5, 16],
    [9, 256],
    [10, 360],
    [30, 360],
  ])('after %i failed attempts waits %i minutes', (attempts, minutes) => {
    expect(retryDelayMs(attempts)).toBe(minutes * MINUTE);
  });
});

describe('failureText', () => {
  it('keeps the code and the reason, drops any address', () => {
    const err = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <a.b@c.id>: no"), {
      code: 'EENVELOPE',
    });
    expect(failureText(err)).toBe("EENVELOPE: Can't send mail - all recipients were rejected: 550 <[alamat]>: no");
    expect(failureText('x'.repeat(5000))).toHaveLength(1000);
  });
});

describeDb('e-mail outbox', (db) => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(async () => {
    await smtp.close();
  });
  beforeEach(async () => {
    await db().query('DELETE FROM outbox_emails');
    smtp.received.length = 0;
    smtp.rejectRecipient = null;
  });

  const deps = () => ({ db: db(), config });
  const enqueue = (overrides: Partial<EnqueueEmail> = {}) =>
    db().transaction((tx) => enqueueEmail(tx, config, mail(overrides)));
  const row = async (id: string) =>
    (
      await db().query<OutboxState>(
        'SELECT id, to_enc, key_id, attempts, next_attempt_at, sent_at, last_error FROM outbox_emails WHERE id = $1',
        [id],
      )
    ).rows[0]!;
  const transport = () => smtpTransport({ url: smtp.url, from: 'Netra Bawaslu <no-reply@netra.example.go.id>' });

  it('delivers a queued message over SMTP once: recipient, sender, subject, Bahasa then English', async () => {
    const id = await enqueue();
    const t = transport();
    expect(await deliverDue(deps(), TEST_NOW, t)).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(await deliverDue(deps(), at(10 * MINUTE), t)).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    t.close();
    expect(smtp.received).toHaveLength(1);
    const [received] = smtp.received;
    expect(received!.rcptTo).toEqual([TO]);
    expect(received!.mailFrom).toBe('no-reply@netra.example.go.id');
    const { headers, text } = parseMessage(received!.raw);
    expect(headers.subject).toBe('Status laporan Anda / Your report status');
    expect(headers.to).toBe(TO);
    expect(headers.from).toContain('no-reply@netra.example.go.id');
    expect(headers['content-type']).toMatch(/^text\/plain/);
    const bahasa = text.indexOf('sekarang berstatus Klarifikasi');
    const english = text.indexOf('is now in clarification');
    expect(bahasa).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(bahasa);
    expect(text).toContain('mohon tidak membalas');
    expect(await row(id)).toMatchObject({ attempts: 0, sent_at: TEST_NOW, last_error: null });
  });

  it('retries a rejected recipient with backoff, then delivers', async () => {
    const id = await enqueue();
    let rejections = 2;
    smtp.rejectRecipient = (address) => (rejections-- > 0 ? `Mailbox <${address}> is full, try later` : null);
    const t = transport();
    expect(await deliverDue(deps(), TEST_NOW, t)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    let state = await row(id);
    expect(state).toMatchObject({ attempts: 1, sent_at: null, next_attempt_at: at(MINUTE) });
    expect(state.last_error).toMatch(/550/);
    expect(state.last_error).toMatch(/is full/);
    // Not due yet: nothing is tried.
    expect(await deliverDue(deps(), at(MINUTE - 1), t)).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(await deliverDue(deps(), at(MINUTE), t)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    state = await row(id);
    expect(state).toMatchObject({ attempts: 2, next_attempt_at: at(3 * MINUTE) });
    expect(await deliverDue(deps(), at(3 * MINUTE), t)).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    t.close();
    expect(await row(id)).toMatchObject({ attempts: 2, sent_at: at(3 * MINUTE), last_error: null });
    expect(smtp.received.map((m) => m.rcptTo)).toEqual([[TO]]);
  });

  it('never stores the plain address, not in the sealed column nor in an error', async () => {
    const id = await enqueue();
    smtp.rejectRecipient = (address) => `No such user <${address}> here`;
    const t = transport();
    await deliverDue(deps(), TEST_NOW, t);
    t.close();
    const state = await row(id);
    expect(state.to_enc).toMatch(/^v1\./);
    expect(state.key_id).toBe(identityKeyId(config));
    expect(state.last_error).toContain('No such user <[alamat]> here');
    const dump = (await db().query<{ j: string }>('SELECT row_to_json(o)::text AS j FROM outbox_emails o')).rows;
    expect(dump).toHaveLength(1);
    expect(dump[0]!.j.toLowerCase()).not.toContain(TO.toLowerCase());
    expect(dump[0]!.j.toLowerCase()).not.toContain('siti.aminah');
  });

  it('gives up after 10 attempts, 1 min to 6 h apart, keeping the last error', async () => {
    const id = await enqueue();
    const { transport: failing, sent } = fakeTransport(() => true);
    let now = TEST_NOW;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await deliverDue(deps(), now, failing);
      expect(result).toEqual({ sent: 0, failed: 1, gaveUp: attempt === MAX_ATTEMPTS ? 1 : 0 });
      const state = await row(id);
      expect(state.attempts).toBe(attempt);
      waits.push((state.next_attempt_at.getTime() - now.getTime()) / MINUTE);
      now = state.next_attempt_at;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 0]);
    expect(await deliverDue(deps(), new Date(now.getTime() + 30 * 24 * 60 * MINUTE), failing)).toEqual({
      sent: 0,
      failed: 0,
      gaveUp: 0,
    });
    const state = await row(id);
    expect(state).toMatchObject({ attempts: MAX_ATTEMPTS, sent_at: null });
    expect(state.last_error).toBe('EENVELOPE: 550 5.1.1 <[alamat]>: mailbox unavailable');
    expect(sent).toHaveLength(0);
  });

  it('sends each message once when two workers run at the same time', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => enqueue({ to: `pelapor${i}@example.org` })));
    const a = fakeTransport();
    const b = fakeTransport();
    const [ra, rb] = await Promise.all([
      deliverDue(deps(), TEST_NOW, a.transport, 4),
      deliverDue(deps(), TEST_NOW, b.transport, 4),
    ]);
    expect(ra.sent + rb.sent).toBe(6);
    const recipients = [...a.sent, ...b.sent].map((m) => m.to).sort();
    expect(recipients).toEqual(ids.map((_, i) => `pelapor${i}@example.org`).sort());
  });

  it('gives up at once on an address sealed for another message', async () => {
    const first = await enqueue();
    const second = await enqueue({ to: 'lain@example.org' });
    await db().query(
      'UPDATE outbox_emails SET to_enc = (SELECT to_enc FROM outbox_emails WHERE id = $1) WHERE id = $2',
      [first, second],
    );
    const { transport: t, sent } = fakeTransport();
    expect(await deliverDue(deps(), TEST_NOW, t)).toEqual({ sent: 1, failed: 1, gaveUp: 1 });
    expect(sent.map((m) => m.to)).toEqual([TO]);
    expect(await row(second)).toMatchObject({ attempts: MAX_ATTEMPTS, sent_at: null });
    expect((await row(second)).last_error).toMatch(/cannot be opened/);
  });

  it('refuses to queue what is not an address', async () => {
    await expect(enqueue({ to: 'bukan alamat' })).rejects.toThrow(/not an e-mail address/);
    await expect(enqueue({ to: 'a@b.id\r\nBcc: c@d.id' })).rejects.toThrow(/not an e-mail address/);
    expect((await db().query('SELECT 1 FROM outbox_emails')).rows).toHaveLength(0);
  });

  describe('the mail.deliver job', () => {
    const jobDeps = (mailConfig: ReturnType<typeof testConfig>['mail']) => ({
      config: testConfig({ mail: mailConfig }),
      db: db(),
      clock: testClock(at(MINUTE)),
      log: pino({ level: 'silent' }),
      jobs: null,
      blobs: fsBlobStore(tempDir('blobs')),
    });

    it('runs every minute and sends through the configured server', async () => {
      expect(mailDeliverJob.name).toBe('mail.deliver');
      expect(mailDeliverJob.cron).toBe('* * * * *');
      const id = await enqueue();
      await mailDeliverJob.run(jobDeps({ smtpUrl: smtp.url, from: 'no-reply@netra.example.go.id' }), {});
      expect(smtp.received.map((m) => m.rcptTo)).toEqual([[TO]]);
      expect((await row(id)).sent_at).toEqual(at(MINUTE));
    });

    it('leaves mail queued without an SMTP server', async () => {
      const id = await enqueue();
      await mailDeliverJob.run(jobDeps(undefined), {});
      await mailDeliverJob.run(jobDeps({ smtpUrl: undefined, from: 'Netra <no-reply@localhost>' }), {});
      expect(smtp.received).toHaveLength(0);
      expect(await row(id)).toMatchObject({ attempts: 0, sent_at: null });
    });
  });
});
