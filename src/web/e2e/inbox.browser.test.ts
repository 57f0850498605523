import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSuite,
  chromiumAvailable,
  DESKTOP,
  openBrowserSuite,
  PDF,
  PHONE,
  PNG,
  type RunningApp,
  signedInPage,
} from './harness';

/**
 * The officer's side of intake in Chromium against the real server: a regency supervisor records a
 * walk-in report with two files (multipart, upload progress), is shown the tracking code once, finds
 * the report in the inbox with its requirement badge, opens it, sees the reporter masked and the
 * evidence, and reveals the identity with a reason.
 */

const run = chromiumAvailable();

/** Registered in Balaraja (36.03.01, Kabupaten Tangerang), born 1 December 1990. */
const NIK = '3603010112900001';

describe.skipIf(!run)('inbox, walk-in report and report detail in the browser', () => {
  let suite: BrowserSuite | undefined;
  let server: RunningApp;
  let page: Page;
  let trackingCode = '';

  beforeAll(async () => {
    suite = await openBrowserSuite();
    ({ server } = suite);
    page = await signedInPage(suite, {
      username: 'sari.kabtangerang',
      displayName: 'Sari Wulandari',
      role: 'BAWASLU_KABKOTA',
      scopeCode: '36.03',
    });
  }, 180_000);

  afterAll(() => suite?.close());

  const select = (label: string) =>
    page.locator('.region-picker__selects .field', { hasText: label }).locator('select');

  it('shows the intake links to an officer who may record reports', async () => {
    await page.goto(`${server.baseUrl}/beranda`);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Laporan datang langsung' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/laporan/baru');
    expect(await nav.getByRole('link', { name: 'Kotak masuk' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Temuan baru' }).count()).toBe(1);
  });

  it('checks the walk-in form with the shared schema before sending', async () => {
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect
      .poll(() => page.locator('#intake-reporter-nik-error').textContent())
      .toBe('Isi 16 angka NIK sesuai KTP.');
    expect(await page.locator('#intake-consent-error').textContent()).toContain('menyetujui');
    expect(await page.locator('#intake-acts-error').textContent()).toBe('Pilih paling tidak satu dugaan pelanggaran.');
    expect(await page.locator('.region-picker .field__error').textContent()).toContain('kabupaten/kota');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('intake-reporter-type');
  });

  it('records a walk-in report with two files and shows the tracking code once', async () => {
    await page.selectOption('#intake-reporter-type', 'VOTER');
    await page.fill('#intake-reporter-name', 'Siti Aminah');
    await page.fill('#intake-reporter-nik', NIK);
    await page.fill('#intake-reporter-address', 'Jl. Melati No. 1, Balaraja');
    await page.fill('#intake-reporter-phone', '0812 3456 7890');
    await page.check('#intake-consent');
    await page.fill('#intake-known-on', '2024-11-15');
    await page.fill('#intake-incident-date', '2024-11-14');
    await page.fill('#intake-incident-time', '09:30');
    await page.selectOption('.region-picker__selects select >> nth=0', '36');
    await expect.poll(() => select('Kabupaten/Kota').isEnabled()).toBe(true);
    await select('Kabupaten/Kota').selectOption('36.03');
    await expect.poll(() => select('Kecamatan').locator('option').count()).toBeGreaterThan(1);
    await select('Kecamatan').selectOption('36.03.01');
    await expect.poll(() => page.getByTestId('region-selected').textContent()).toContain('36.03.01');
    await page.locator('input[id^="intake-party-"][id$="-name"]').fill('Budi Santoso');
    await page.getByLabel('Jenis terlapor').selectOption('KEPALA_DESA');
    await page.getByLabel('Kampanye di media sosial').check();
    await page.fill(
      '#intake-description',
      'Kepala desa mengunggah ajakan memilih pasangan calon nomor 2 di grup WhatsApp warga desa.',
    );
    await page.setInputFiles('#intake-files', [
      { name: 'tangkapan-layar.png', mimeType: 'image/png', buffer: PNG },
      { name: 'surat-pernyataan.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await expect.poll(() => page.getByTestId('chosen-files').locator('li').count()).toBe(2);
    await page.getByRole('button', { name: 'Tambah saksi' }).click();
    await page.getByLabel('Nama saksi').fill('Rudi Hartono');
    await page.getByLabel('Kontak saksi').fill('0813 1111 2222');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-walkin-form-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    const tracking = page.getByTestId('tracking');
    await tracking.waitFor();
    trackingCode = (await page.getByTestId('tracking-code').textContent()) ?? '';
    expect(trackingCode).toMatch(/^\S{6,}$/);
    expect(await tracking.textContent()).toContain('hanya ditampilkan sekali');
    expect(await tracking.getByRole('button', { name: 'Salin: Nomor pelacakan' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-walkin-code-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);

    // "Record another": a fresh form, and the code is gone.
    await page.getByRole('button', { name: 'Catat laporan lain' }).click();
    await expect.poll(() => page.getByTestId('tracking').count()).toBe(0);
    expect(await page.locator('#intake-reporter-name').inputValue()).toBe('');
    expect(await page.content()).not.toContain(trackingCode);
  });

  it('lists the report in the inbox with its requirement badge', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kotak masuk' }).click();
    await expect.poll(() => page.getByTestId('inbox-status').textContent()).toBe('1 item');
    const item = page.locator('.inbox-item').first();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Laporan');
    expect(text).toContain('Datang langsung');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('Kepala desa');
    expect(text).toContain('Kampanye di media sosial');
    expect(text).toMatch(/\d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB/);
    expect(text).toContain('2 berkas');
    // No address was given for the reported party: a formal requirement is missing.
    expect(await item.getByTestId('requirement-badges').textContent()).toBe('Kurang: Alamat terlapor');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-inbox-360.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: '/tmp/netra-inbox-desktop.png', fullPage: true });

    await page.selectOption('#inbox-kind', 'TIP');
    await expect.poll(() => page.getByTestId('inbox-status').textContent()).toBe('0 item');
    expect(new URL(page.url()).search).toBe('?kind=TIP');
    await page.selectOption('#inbox-kind', '');
    await page.selectOption('#inbox-channel', 'WALK_IN');
    await expect.poll(() => page.getByTestId('inbox-status').textContent()).toBe('1 item');
  });

  it('opens the report: reporter masked, evidence listed with download links', async () => {
    await page.locator('.inbox-item h3 a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/laporan\/[0-9a-f-]{36}$/);
    const masked = page.getByTestId('masked-reporter');
    await masked.waitFor();
    const maskedText = (await masked.textContent()) ?? '';
    expect(maskedText).toContain('3603');
    expect(maskedText).not.toContain(NIK);
    expect(await page.content()).not.toContain(NIK);

    const evidence = page.getByTestId('evidence').locator('li');
    await expect.poll(() => evidence.count()).toBe(2);
    const evidenceText = (await page.getByTestId('evidence').textContent()) ?? '';
    expect(evidenceText).toContain('image/png');
    expect(evidenceText).toContain('application/pdf');
    const link = page.getByRole('link', { name: 'Unduh tangkapan-layar.png' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/reports\/[0-9a-f-]{36}\/evidence\/[0-9a-f-]{36}$/);
    expect(await link.getAttribute('download')).toBe('tangkapan-layar.png');
    const download = await page.request.get(`${server.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment/);
    expect(Buffer.from(await download.body()).equals(PNG)).toBe(true);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-report-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
  });

  it('reveals the identity after a reason, in place, and says the reveal is audited', async () => {
    await page.getByRole('button', { name: 'Buka identitas' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('jejak audit');
    await dialog.getByLabel('Alasan').fill('x');
    await dialog.getByRole('button', { name: 'Buka identitas' }).click();
    await expect.poll(() => dialog.locator('.field__error').textContent()).toContain('paling tidak 5 karakter');
    await dialog.getByLabel('Alasan').fill('Klarifikasi kepada pelapor');
    await dialog.getByRole('button', { name: 'Buka identitas' }).click();
    await expect.poll(() => page.getByTestId('reporter-nik').textContent()).toBe(NIK);
    expect(await page.getByRole('dialog').count()).toBe(0);
    const revealed = (await page.getByTestId('revealed').textContent()) ?? '';
    expect(revealed).toContain('Siti Aminah');
    expect(revealed).toContain('Rudi Hartono');
    expect(revealed).toContain('tercatat dalam jejak audit');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-report-revealed-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
  });

  it('re-routes the report to another office with a reason', async () => {
    await page.selectOption('#route-level', 'regency');
    const route = page.locator('section', { hasText: 'Alihkan ke kantor lain' });
    await route.locator('.region-picker__selects select').first().selectOption('36');
    const regency = route.locator('.region-picker__selects .field', { hasText: 'Kabupaten/Kota' }).locator('select');
    await expect.poll(() => regency.isEnabled()).toBe(true);
    await regency.selectOption('36.71');
    await page.fill('#route-reason', 'Kejadian di wilayah Kota Tangerang');
    await page.getByRole('button', { name: 'Alihkan', exact: true }).click();
    await expect.poll(() => page.getByTestId('report-office').textContent()).toContain('36.71');
    expect(await page.getByRole('status').filter({ hasText: 'Dialihkan ke' }).textContent()).toContain(
      'Kota Tangerang',
    );
  });

  it('records a finding and opens it', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Temuan baru' }).click();
    await page.locator('#intake-known-on').waitFor();
    expect(await page.locator('#intake-reporter-name').count()).toBe(0);
    await page.fill('#intake-known-on', '2024-11-17');
    await page.getByLabel('Cari wilayah').fill('kabupaten tangerang');
    const result = page.locator('.result', { hasText: '· 36.03' }).first();
    await result.waitFor();
    await result.click();
    await expect.poll(() => page.getByTestId('region-selected').textContent()).toContain('36.03');
    await page.locator('input[id^="intake-party-"][id$="-name"]').fill('Andi Wijaya');
    await page.getByLabel('Jenis terlapor').selectOption('PNS');
    await page.getByLabel('Memakai fasilitas negara').check();
    await page.getByRole('button', { name: 'Simpan temuan' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/laporan\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Temuan: Andi Wijaya');
    expect(await page.getByTestId('masked-reporter').count()).toBe(0);
  });
});
