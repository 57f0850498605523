import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../server/documents/test-pdf-text';
import { seedTestRegions } from '../../server/reference/test-fixtures';
import { createTestApp, TEST_NOW, testClock } from '../../server/test/app';
import { createTestDatabase } from '../../server/test/db';
import { reportPayload } from '../../server/test/report-factories';
import {
  type BrowserSuite,
  chromiumAvailable,
  DESKTOP,
  ensureWebBundle,
  launchChromium,
  PHONE,
  type RunningApp,
  signedInPage,
  WEB_DIR,
} from './harness';

/**
 * Case handling in Chromium against the real server: a regency supervisor of Bawaslu Kabupaten
 * Tangerang sees three reports of different ages in the case inbox, each with its deadline's colour
 * and words (on track, due soon, overdue), opens the newest, starts the initial review, registers it,
 * and makes the receipt, whose PDF carries the register number.
 */

const run = chromiumAvailable();
const HOUR = 3_600_000;

/**
 * Reports received at different times (the test clock moved back for each): Pilkada's decision
 * deadline is 3 calendar days after receipt, ending at 24:00 WIB. At TEST_NOW (Monday 18 November
 * 2024, 10.00 WIB) the one from Thursday is overdue, the one from Friday ends tonight (due soon) and
 * today's has three days left.
 */
const REPORTS = [
  { party: 'Budi Santoso', receivedAt: TEST_NOW, knownOn: '2024-11-17', incidentOn: '2024-11-16' },
  {
    party: 'Joko Prasetyo',
    receivedAt: new Date(TEST_NOW.getTime() - 3 * 24 * HOUR),
    knownOn: '2024-11-14',
    incidentOn: '2024-11-13',
  },
  {
    party: 'Agus Salim',
    receivedAt: new Date(TEST_NOW.getTime() - 4 * 24 * HOUR),
    knownOn: '2024-11-13',
    incidentOn: '2024-11-12',
  },
] as const;

describe.skipIf(!run)('case inbox, case page and documents in the browser', () => {
  let suite: BrowserSuite | undefined;
  let drop: (() => Promise<void>) | undefined;
  let server: RunningApp;
  let page: Page;
  let registerNumber = '';

  beforeAll(async () => {
    await ensureWebBundle();
    const t = await createTestDatabase('pglite');
    drop = t.drop;
    await seedTestRegions(t.db);
    const clock = testClock();
    const { app, deps } = await createTestApp(t.db, { clock, webDir: WEB_DIR });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    server = { app, deps, baseUrl: `http://127.0.0.1:${address.port}` };
    suite = { db: t.db, server, browser: await launchChromium(), close: async () => {} };

    for (const [i, r] of REPORTS.entries()) {
      clock.set(r.receivedAt);
      const base = reportPayload();
      const res = await app.inject({
        method: 'POST',
        url: '/api/public/reports',
        remoteAddress: `10.9.0.${i + 1}`,
        payload: {
          ...base,
          knownOn: r.knownOn,
          incident: { ...(base.incident as object), date: r.incidentOn },
          parties: [{ ...(base.parties as object[])[0], name: r.party }],
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    clock.set(TEST_NOW);

    page = await signedInPage(suite, {
      username: 'rina.kabtangerang',
      displayName: 'Rina Marlina',
      role: 'BAWASLU_KABKOTA',
      scopeCode: '36.03',
    });
  }, 180_000);

  afterAll(async () => {
    await suite?.browser.close();
    await server?.app.close();
    await drop?.();
  });

  const items = () => page.getByTestId('case-item');

  it('lists the office cases nearest deadline first, each state in colour and in words', async () => {
    await page.goto(`${server.baseUrl}/beranda`);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Penanganan' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/penanganan');
    await expect.poll(() => page.getByTestId('cases-status').textContent()).toBe('3 perkara');

    const states = await items().evaluateAll((els) =>
      els.map((el) => el.querySelector('[data-deadline-state]')?.getAttribute('data-deadline-state')),
    );
    expect(states).toEqual(['OVERDUE', 'DUE_SOON', 'OK']);
    const texts = await items().allTextContents();
    expect(texts[0]).toContain('Agus Salim');
    expect(texts[0]).toContain('Terlewat');
    expect(texts[1]).toContain('Joko Prasetyo');
    expect(texts[1]).toContain('Segera berakhir');
    expect(texts[2]).toContain('Budi Santoso');
    expect(texts[2]).toContain('Masih ada waktu');
    for (const text of texts) {
      expect(text).toContain('Belum diregistrasi');
      expect(text).toContain('Bawaslu');
      expect(text).toMatch(/Batas waktu putusan, sampai \d{1,2} Nov 2024 23\.59 WIB/);
    }
    // Received today: three calendar days, to the end of Thursday 21 November in WIB.
    expect(texts[2]).toContain('sampai 21 Nov 2024 23.59 WIB');
    expect(texts[1]).toContain('sampai 18 Nov 2024 23.59 WIB');

    // Colours differ between the three states.
    const colours = await page
      .locator('[data-deadline-state]')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(new Set(colours).size).toBe(3);

    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-cases-360.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: '/tmp/netra-cases-desktop.png', fullPage: true });
  });

  it('filters by deadline state, kept in the address', async () => {
    await page.selectOption('#cases-deadline', 'OVERDUE');
    await expect.poll(() => page.getByTestId('cases-status').textContent()).toBe('1 perkara');
    expect(new URL(page.url()).search).toBe('?deadline=OVERDUE');
    expect(await items().first().textContent()).toContain('Agus Salim');
    await page.selectOption('#cases-deadline', '');
    await expect.poll(() => page.getByTestId('cases-status').textContent()).toBe('3 perkara');
    expect(new URL(page.url()).search).toBe('');

    // By region: the incidents are in Balaraja (36.03.01), none in Jayanti (36.03.02).
    await page.locator('summary', { hasText: 'Wilayah kejadian' }).click();
    await page.getByLabel('Cari wilayah').fill('balaraja');
    await page.locator('.result', { hasText: /· 36\.03\.01$/ }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=36.03.01');
    await expect.poll(() => page.getByTestId('cases-status').textContent()).toBe('3 perkara');
    expect(await page.getByTestId('cases-region').textContent()).toBe('Hanya wilayah 36.03.01');
    await page.getByRole('button', { name: 'Hapus saringan wilayah' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.goto(`${server.baseUrl}/penanganan?region=36.03.02`);
    await expect.poll(() => page.getByTestId('cases-status').textContent()).toBe('0 perkara');
    await page.goto(`${server.baseUrl}/penanganan`);
    await expect.poll(() => page.getByTestId('cases-status').textContent()).toBe('3 perkara');
  });

  it('opens a case with its deadline and explanation, and offers only the allowed step', async () => {
    await items().filter({ hasText: 'Budi Santoso' }).locator('h3 a').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/penanganan\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('case-title').textContent()).toBe('Perkara belum diregistrasi');
    expect(await page.getByTestId('case-status').textContent()).toBe('Diterima');
    const deadline = page.getByTestId('deadline').first();
    expect(await deadline.getAttribute('data-deadline-code')).toBe('DECISION');
    expect(await deadline.locator('[data-deadline-state]').getAttribute('data-deadline-state')).toBe('OK');
    expect(await deadline.textContent()).toContain('Dasar perhitungan');
    expect(await deadline.textContent()).toContain('Hari terakhir: Kamis, 21 November 2024 23.59 WIB');
    expect(await deadline.textContent()).toContain('2024-11-21');
    expect(await page.getByTestId('case-party').first().textContent()).toContain('Budi Santoso');
    const actions = await page.getByTestId('case-actions').getByRole('button').allTextContents();
    expect(actions).toContain('Mulai kajian awal');
    expect(actions).not.toContain('Registrasi');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-case-360.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
  });

  it('starts the initial review, then registers the report and shows its register number', async () => {
    await page.getByTestId('case-actions').getByRole('button', { name: 'Mulai kajian awal', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Mulai kajian awal', exact: true }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Kajian awal');
    expect(await page.getByTestId('case-notice').textContent()).toBe('Tersimpan: Mulai kajian awal.');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByTestId('case-actions').getByRole('button', { name: 'Registrasi', exact: true }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Registrasi', exact: true }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Diregistrasi');
    registerNumber = (await page.getByTestId('case-register-number').textContent()) ?? '';
    expect(registerNumber).toMatch(/^\d{3}\/Reg\/LP\/PB\/36\.03\/XI\/2024$/);
    expect(await page.getByTestId('case-title').textContent()).toBe(`Perkara ${registerNumber}`);
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    expect(timeline).toContain('Mulai kajian awal');
    expect(timeline).toContain('Diterima → Kajian awal');
    expect(timeline).toContain('Kajian awal → Diregistrasi');
    expect(timeline).toContain('oleh Rina Marlina');
  });

  it('makes the receipt and downloads it: the PDF carries the register number', async () => {
    expect(registerNumber).toMatch(/Reg/);
    await page.getByLabel('Jenis dokumen').selectOption('RECEIPT');
    await page.getByRole('button', { name: 'Buat dokumen' }).click();
    const link = page.getByTestId('case-documents').getByRole('link').first();
    await link.waitFor();
    expect(await link.textContent()).toContain('Tanda terima laporan');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/cases\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}$/);
    expect(await link.getAttribute('download')).toMatch(/\.pdf$/);
    const download = await page.request.get(`${server.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(Buffer.from(await download.body()));
    expect(text).toContain(registerNumber);
    expect(text).toContain('Budi Santoso');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-case-registered-360.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: '/tmp/netra-case-registered-desktop.png', fullPage: true });
  });

  it('checks a non-registration with the shared schema, then records it with its reason', async () => {
    await page.getByRole('link', { name: 'Kembali ke daftar penanganan' }).click();
    await items().filter({ hasText: 'Joko Prasetyo' }).locator('h3 a').click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Diterima');
    await page.getByTestId('case-actions').getByRole('button', { name: 'Mulai kajian awal', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Mulai kajian awal' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Kajian awal');

    await page.getByTestId('case-actions').getByRole('button', { name: 'Nyatakan tidak diregistrasi' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Nyatakan tidak diregistrasi' }).click();
    await expect.poll(() => dialog.locator('.field__error').count()).toBe(2);
    expect(await dialog.locator('.field__error').allTextContents()).toEqual([
      'Pilih salah satu.',
      'Minimal 5 karakter.',
    ]);
    await dialog.getByLabel('Alasan tidak diregistrasi').selectOption('MATERIAL_NOT_MET');
    await dialog.getByLabel('Keterangan').fill('Tidak ada bukti yang menunjukkan keberpihakan.');
    await dialog.getByRole('button', { name: 'Nyatakan tidak diregistrasi' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Tidak diregistrasi');
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    expect(timeline).toContain('Kajian awal → Tidak diregistrasi');
    expect(timeline).toContain('Syarat materiel tidak terpenuhi');
    expect(timeline).toContain('Tidak ada bukti yang menunjukkan keberpihakan.');
    expect(await page.getByTestId('case-actions').count()).toBe(0);
  });

  it('shows the workload of the office', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beban kerja' }).click();
    const row = page.getByTestId('workload').locator('tbody tr', { hasText: 'Bawaslu Kabupaten Tangerang' });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['2', '0', '1', '0']);
    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
  });

  it('decides a violation per party, forwards it, and the receiving body records the sanction', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Penanganan' }).click();
    await items().filter({ hasText: 'Budi Santoso' }).locator('h3 a').click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Diregistrasi');
    const dialog = page.getByRole('dialog');
    for (const [command, status] of [
      ['Mulai klarifikasi', 'Klarifikasi'],
      ['Mulai kajian', 'Kajian'],
      ['Bawa ke rapat pleno', 'Rapat pleno'],
    ] as const) {
      await page.getByTestId('case-actions').getByRole('button', { name: command, exact: true }).click();
      await dialog.getByRole('button', { name: command, exact: true }).click();
      await expect.poll(() => page.getByTestId('case-status').textContent()).toBe(status);
    }

    await page.getByTestId('case-actions').getByRole('button', { name: 'Putuskan pelanggaran' }).click();
    await dialog.getByLabel('Keterangan').fill('Pleno: camat terbukti hadir dan berpose dua jari.');
    await dialog.getByRole('button', { name: 'Putuskan pelanggaran' }).click();
    await expect.poll(() => dialog.locator('.field__error').allTextContents()).toEqual(['Wajib diisi.']);
    await dialog
      .getByRole('group', { name: /Budi Santoso/ })
      .getByLabel('Pelanggaran peraturan perundang-undangan lainnya')
      .check();
    await dialog.getByRole('button', { name: 'Putuskan pelanggaran' }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Pelanggaran');
    expect(await page.getByTestId('case-party').textContent()).toContain(
      'Pelanggaran peraturan perundang-undangan lainnya',
    );

    const forward = page.locator('form', {
      has: page.getByRole('heading', { name: 'Teruskan ke instansi berwenang' }),
    });
    await forward.getByLabel('Terlapor').selectOption({ label: 'Budi Santoso (Camat)' });
    await forward.getByLabel('Kategori').selectOption('OTHER_LAWS');
    await forward.getByLabel('Nomor surat').fill('045/PP.01/K.BT-03/XI/2024');
    await forward.getByLabel('Tanggal surat').fill('2024-11-19');
    await forward.getByRole('button', { name: 'Teruskan', exact: true }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Diteruskan');
    const forwarding = page.getByTestId('forwarding').first();
    const forwardingText = (await forwarding.textContent()) ?? '';
    expect(forwardingText).toContain('BKN');
    expect(forwardingText).toContain('Mengapa instansi ini');
    expect(forwardingText).toContain('045/PP.01/K.BT-03/XI/2024');
    expect(await forwarding.getByTestId('forwarding-status').textContent()).toBe('Terkirim, menunggu jawaban');

    const bkn = await signedInPage(suite!, {
      username: 'dewi.bkn',
      displayName: 'Dewi Lestari',
      role: 'INSTANSI_PENERIMA',
      scopeCode: null,
      body: 'BKN',
    });
    await bkn.goto(`${server.baseUrl}/beranda`);
    const nav = bkn.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Penerusan' }).click();
    expect(await nav.getByRole('link', { name: 'Penanganan' }).count()).toBe(0);
    await expect.poll(() => bkn.getByTestId('forwardings-status').textContent()).toBe('1 penerusan');
    const item = bkn.getByTestId('forwarding').first();
    expect(await item.textContent()).toContain(registerNumber);
    await item.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await item.getByLabel('Status tindak lanjut').selectOption('SANCTIONED');
    await item.getByLabel('Jenis sanksi').selectOption('ALLOWANCE_CUT_25');
    await item.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect
      .poll(() => item.locator('.field__error').allTextContents())
      .toEqual(['Pilih lama pemotongan: 6, 9, atau 12 bulan.']);
    await item.getByLabel('Lama pemotongan').selectOption('6');
    await item.locator('textarea').fill('Keputusan PPK Nomor 800/123/BKPSDM/2024');
    await bkn.setViewportSize(PHONE);
    await bkn.screenshot({ path: '/tmp/netra-forwardings-360.png', fullPage: true });
    expect(await bkn.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await bkn.setViewportSize(DESKTOP);
    await item.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect.poll(() => item.getByTestId('forwarding-status').textContent()).toBe('Dijatuhi sanksi');
    expect(await item.textContent()).toContain('Pemotongan tunjangan kinerja 25% · 6 bulan');
    await bkn.context().close();

    await page.reload();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Tindak lanjut diterima');
    expect(await page.getByTestId('forwarding').first().textContent()).toContain('oleh Dewi Lestari');
  });
});
