import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSuite, chromiumAvailable, openBrowserSuite, PDF, PHONE, PNG, type RunningApp } from './harness';

/**
 * The public report form (/lapor) on a phone, in Chromium against the real server: without
 * JavaScript (plain form POST, page weight measured), with JavaScript (region search, live
 * validation, rows, upload with progress, receipt) and a refused submission that keeps its values.
 */

const run = chromiumAvailable();

const FILES = [
  { name: 'foto-kades.png', mimeType: 'image/png', buffer: PNG },
  { name: 'surat-edaran.pdf', mimeType: 'application/pdf', buffer: PDF },
];
/** Registered in Balaraja (36.03.01, Kabupaten Tangerang), born 15 August 1990. */
const NIK = '3603011508900001';
const WEIGHT_BUDGET = 60 * 1024;

describe.skipIf(!run)('public report form in the browser', () => {
  let suite: BrowserSuite | undefined;
  let server: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    suite = await openBrowserSuite();
    ({ server, browser } = suite);
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await suite?.close();
  });

  async function phone(javaScriptEnabled: boolean): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
    contexts.push(context);
    return context.newPage();
  }

  /** Everything but the place, which each path fills its own way. */
  async function fillReport(page: Page, nik = NIK, name = 'Ana Wijaya') {
    await page.getByLabel('Pemilih', { exact: true }).check();
    await page.fill('#f-reporter-name', name);
    await page.fill('#f-reporter-nik', nik);
    await page.fill('#f-reporter-address', 'Jl. Melati 1, Balaraja');
    await page.fill('#f-reporter-phone', '0812 3456 7890');
    await page.check('#f-consent');
    await page.fill('#f-incident-date', '2024-11-14');
    await page.fill('#f-incident-placeDetail', 'Balai desa');
    await page.fill('#f-knownOn', '2024-11-15');
    await page.fill('#f-parties-0-name', 'Budi Santoso');
    await page.selectOption('#f-parties-0-subjectType', 'KEPALA_DESA');
    await page.fill('#f-parties-0-address', 'Kantor Desa Cangkudu');
    await page.getByLabel('Kampanye di media sosial').check();
    await page.fill('#f-description', 'Kepala desa mengunggah ajakan memilih calon di grup warga.');
    await page.fill('#f-witnesses-0-name', 'Citra');
    await page.fill('#f-witnesses-1-name', 'Dodi');
  }

  /** The receipt page: its tracking code (in four groups of four) and its text. */
  async function receiptOf(page: Page) {
    const code = (await page.locator('[data-tracking-code]').getAttribute('data-tracking-code')) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    return { code, receipt: (await page.locator('main').textContent()) ?? '' };
  }

  async function track(page: Page, code: string) {
    await page.goto(`${server.baseUrl}/lacak`);
    await page.getByLabel('Kode pelacakan').fill(code);
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await page.locator('#status').waitFor();
    return (await page.locator('#status').textContent()) ?? '';
  }

  it('works without JavaScript: light page, plain form POST with files, receipt, tracking', async () => {
    const page = await phone(false);
    const stylesheets: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'stylesheet') return;
      stylesheets.push(
        res.finished().then(async () => {
          const s = await res.request().sizes();
          return s.responseBodySize + s.responseHeadersSize;
        }),
      );
    });
    const response = await page.goto(`${server.baseUrl}/lapor`);
    expect(response?.status()).toBe(200);
    await response!.finished();
    const doc = await response!.request().sizes();
    const css = await Promise.all(stylesheets);
    expect(css).toHaveLength(1);
    const weight = doc.responseBodySize + doc.responseHeadersSize + css[0]!;
    console.log(`lapor no-JS page weight: ${weight} bytes (HTML+CSS, transferred)`);
    expect(weight).toBeLessThanOrEqual(WEIGHT_BUDGET);
    expect(await page.locator('form.is-enhanced').count()).toBe(0);

    await fillReport(page);
    await page.selectOption('#f-incident-regionCode', '36.03');
    await page.fill('#f-incident-areaQuery', 'Cangkudu');
    await page.setInputFiles('#f-files', FILES);
    await page.screenshot({ path: '/tmp/netra-lapor-nojs-360.png', fullPage: true });
    await Promise.all([
      page.waitForURL(`${server.baseUrl}/lapor`),
      page.getByRole('button', { name: 'Kirim laporan' }).click(),
    ]);

    const { code, receipt } = await receiptOf(page);
    expect(receipt).toContain('hanya ditampilkan sekali');
    expect(receipt).toContain('Cangkudu, Balaraja, KABUPATEN TANGERANG');
    expect(receipt).toContain('foto-kades.png');
    expect(receipt).toContain('surat-edaran.pdf');
    expect(receipt).toContain('WIB');
    await page.screenshot({ path: '/tmp/netra-lapor-receipt-360.png', fullPage: true });

    const status = await track(page, code);
    expect(status).toContain('Diterima');
    expect(status).not.toContain('Ana Wijaya');
  });

  it('is enhanced with JavaScript: region search, live validation, rows, upload progress, receipt', async () => {
    const page = await phone(true);
    const progress: string[] = [];
    await page.exposeFunction('netraProgress', (text: string) => progress.push(text));
    await page.goto(`${server.baseUrl}/lapor`);
    await page.locator('form.is-enhanced').waitFor();
    // The select of regencies and the typed place name gave way to one search box.
    expect(await page.locator('select[name="incident.regionCode"]').count()).toBe(0);
    expect(await page.locator('[name="incident.areaQuery"]').count()).toBe(0);

    // Live validation with the shared schema: a short NIK is flagged on leaving the field.
    await page.fill('#f-reporter-nik', '12345');
    await page.fill('#f-reporter-name', 'Ana Wijaya');
    await expect.poll(() => page.locator('#f-reporter-nik-error').textContent()).toContain('16 angka');
    expect(await page.getAttribute('#f-reporter-nik', 'aria-invalid')).toBe('true');
    await fillReport(page);
    await page.locator('#f-reporter-name').focus();
    await expect.poll(() => page.locator('#f-reporter-nik-error').count()).toBe(0);

    // Region search down to the village.
    await page.getByLabel('Cari tempat kejadian').fill('cangkudu');
    const result = page.locator('.result', { hasText: 'Cangkudu' }).first();
    await result.waitFor();
    expect(await result.textContent()).toContain('KABUPATEN TANGERANG');
    await result.click();
    expect(await page.locator('input[type=hidden][name="incident.regionCode"]').inputValue()).toBe('36.03.01.2003');
    expect(await page.locator('.chosen').textContent()).toContain('Cangkudu');

    // A third reported party, then removed again.
    const parties = page.locator('[data-rows="parties"]');
    await parties.getByRole('button', { name: 'Tambah baris' }).click();
    await page.fill('#f-parties-2-name', 'Eko Prasetyo');
    await page.selectOption('#f-parties-2-subjectType', 'PERANGKAT_DESA');
    expect(await parties.locator('.row legend').allTextContents()).toEqual(['Terlapor 1', 'Terlapor 2', 'Terlapor 3']);
    await parties.locator('.row').nth(1).getByRole('button', { name: 'Hapus' }).click();
    expect(await page.inputValue('#f-parties-1-name')).toBe('Eko Prasetyo');
    expect(await page.getAttribute('#f-parties-1-subjectType', 'name')).toBe('parties[1].subjectType');

    await page.setInputFiles('#f-files', FILES);
    await page.evaluate(() => {
      const box = document.querySelector('[data-progress]')!;
      const say = (window as unknown as { netraProgress: (t: string) => void }).netraProgress;
      new MutationObserver(() => say(box.textContent ?? '')).observe(box, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });
    await page.screenshot({ path: '/tmp/netra-lapor-js-360.png', fullPage: true });

    // A NIK the schema accepts but the server refuses (unknown district): the server's message is
    // shown next to the field, and the chosen files stay chosen.
    await page.fill('#f-reporter-nik', '9903011508900001');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/public/reports'));
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    expect((await refused).status()).toBe(400);
    await expect.poll(() => page.locator('#f-reporter-nik-error').textContent()).toContain('kode kecamatan');
    expect(await page.locator('#errors a[href="#f-reporter-nik"]').count()).toBe(1);
    expect(await page.$eval('#f-files', (el) => (el as HTMLInputElement).files?.length)).toBe(2);
    await page.fill('#f-reporter-nik', NIK);
    await page.locator('#f-reporter-name').focus();
    await expect.poll(() => page.locator('#f-reporter-nik-error').count()).toBe(0);

    const upload = page.waitForRequest((r) => r.url().endsWith('/api/public/reports') && r.method() === 'POST');
    await Promise.all([
      page.waitForURL(`${server.baseUrl}/lapor/terima`),
      page.getByRole('button', { name: 'Kirim laporan' }).click(),
    ]);
    expect((await upload).headers()['accept']).toBe('application/json');
    expect(progress.some((t) => /Mengunggah… \d+%/.test(t))).toBe(true);

    const { code, receipt } = await receiptOf(page);
    expect(receipt).toContain('Eko Prasetyo');
    expect(receipt).toContain('foto-kades.png');
    expect(receipt).toContain('Cangkudu, Balaraja, KABUPATEN TANGERANG');
    await page.screenshot({ path: '/tmp/netra-lapor-js-receipt-360.png', fullPage: true });
    expect(await track(page, code)).toContain('Diterima');
  });

  it('takes an anonymous tip through the enhanced form', async () => {
    const page = await phone(true);
    await page.goto(`${server.baseUrl}/informasi`);
    await page.locator('form.is-enhanced').waitFor();
    await page.fill('#f-description', 'Camat memakai mobil dinas untuk kampanye di pasar.');
    await page.getByLabel('Cari tempat kejadian').fill('kec. balaraja');
    await page.locator('.result', { hasText: 'Kecamatan' }).first().click();
    expect(await page.locator('input[type=hidden][name=regionCode]').inputValue()).toBe('36.03.01');
    await page.setInputFiles('#f-files', FILES.slice(0, 1));
    await Promise.all([
      page.waitForURL(`${server.baseUrl}/informasi/terima`),
      page.getByRole('button', { name: 'Kirim informasi' }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('Informasi Anda diterima');
    expect((await receiptOf(page)).receipt).toContain('foto-kades.png');
  });

  it('gives a bad NIK back next to its field without JavaScript, keeping the typed name', async () => {
    const page = await phone(false);
    await page.goto(`${server.baseUrl}/lapor`);
    await fillReport(page, '12345', 'Siti Aminah');
    await page.selectOption('#f-incident-regionCode', '36.03');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${server.baseUrl}/lapor` && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Kirim laporan' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await page.locator('#f-reporter-nik-error').waitFor();
    expect(await page.locator('#f-reporter-nik-error').textContent()).toContain('16 angka');
    expect(await page.getAttribute('#f-reporter-nik', 'aria-describedby')).toContain('f-reporter-nik-error');
    expect(await page.inputValue('#f-reporter-name')).toBe('Siti Aminah');
    expect(await page.inputValue('#f-reporter-nik')).toBe('12345');
    expect(await page.locator('#errors a[href="#f-reporter-nik"]').count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Lampirkan kembali berkas Anda');
    await page.screenshot({ path: '/tmp/netra-lapor-error-360.png', fullPage: true });
  });
});
