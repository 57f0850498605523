import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTemplate } from '../../server/documents/template-service';
import {
  type BrowserSuite,
  chromiumAvailable,
  DESKTOP,
  openBrowserSuite,
  PHONE,
  type RunningApp,
  signedInPage,
} from './harness';

/**
 * The document templates page in Chromium against the real server: an admin finds the four
 * kinds at version 0, edits the receipt's body (inserting a placeholder with a chip), saves
 * version 1, and sees an unknown placeholder refused by name next to the body.
 */

const run = chromiumAvailable();

describe.skipIf(!run)('document templates in the browser', () => {
  let suite: BrowserSuite | undefined;
  let server: RunningApp;
  let page: Page;

  beforeAll(async () => {
    suite = await openBrowserSuite();
    ({ server } = suite);
    page = await signedInPage(suite, { username: 'admin.templat', displayName: 'Admin Templat', role: 'ADMIN' });
  }, 180_000);

  afterAll(() => suite?.close());

  const row = (kind: string) => page.locator(`tbody tr[data-kind="${kind}"]`);
  const body = () => page.locator('#template-body');

  it('lists the four kinds at their built-in version, reached from the header', async () => {
    await page.goto(`${server.baseUrl}/beranda`);
    await page.getByRole('navigation').getByRole('link', { name: 'Templat dokumen' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(4);
    expect(new URL(page.url()).pathname).toBe('/templat');
    expect(await row('RECEIPT').textContent()).toContain('Tanda terima laporan');
    expect(await row('RECEIPT').locator('.template-version').textContent()).toBe('0 (bawaan)');
    expect(await row('FORWARDING_LETTER').textContent()).toContain('Bawaan');
  });

  it('saves an edited receipt body as version 1', async () => {
    await page.getByRole('button', { name: 'Ubah templat Tanda terima laporan' }).click();
    await expect.poll(() => page.locator('#editor-heading').textContent()).toContain('Tanda terima laporan');
    expect(await page.locator('.template-editor').textContent()).toContain('Versi 0 adalah templat bawaan');
    expect(await body().inputValue()).toContain('{{nomor_register}}');
    expect(await body().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);

    // A sentence at the end, with a placeholder inserted at the cursor by its chip.
    await body().press('Control+End');
    await body().pressSequentially('\nDicatat oleh ');
    await page.getByRole('button', { name: 'Sisipkan {{nama_kantor}}' }).click();
    await body().pressSequentially('.');
    expect(await body().inputValue()).toMatch(/\nDicatat oleh \{\{nama_kantor\}\}\.$/);

    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    await expect
      .poll(() => page.getByTestId('template-saved').textContent())
      .toBe('Templat Tanda terima laporan disimpan sebagai versi 1.');
    await expect.poll(() => row('RECEIPT').locator('.template-version').textContent()).toBe('1');
    // The test clock: 2024-11-18T03:00Z is 10.00 in Jakarta.
    expect(await row('RECEIPT').textContent()).toContain('18 Nov 2024 10.00 WIB');
    const saved = await currentTemplate(suite!.db, 'RECEIPT');
    expect(saved.version).toBe(1);
    expect(saved.body).toMatch(/Dicatat oleh \{\{nama_kantor\}\}\.$/);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-templates-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: '/tmp/netra-templates-desktop.png', fullPage: true });
  });

  it('refuses an unknown placeholder, naming it next to the body', async () => {
    await body().press('Control+End');
    await body().pressSequentially(' Lihat {{tidak_ada}}.');
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    const error = page.locator('#template-body-error');
    await expect.poll(() => error.textContent()).toContain('{{tidak_ada}}');
    expect(await error.textContent()).toBe('Isian tidak dikenal: {{tidak_ada}}. Pakai isian dari daftar.');
    expect(await body().getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').first().textContent()).toBe('Ada isian yang tidak valid.');
    await expect.poll(() => page.getByTestId('template-saved').count()).toBe(0);
    expect(await row('RECEIPT').locator('.template-version').textContent()).toBe('1');
    expect((await currentTemplate(suite!.db, 'RECEIPT')).version).toBe(1);
  });
});
