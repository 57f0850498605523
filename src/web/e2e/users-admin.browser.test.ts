import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * The users admin page in Chromium against the real server: list and filter, create officers
 * with the region picker (search and cascading selects), the one-time password, disabling,
 * resetting credentials (a new one-time password, shown once) and enabling again.
 */

const run = chromiumAvailable();

describe.skipIf(!run)('users admin in the browser', () => {
  let suite: BrowserSuite | undefined;
  let server: RunningApp;
  let page: Page;
  /** The one-time password Rina's account was created with. */
  let rinaPassword = '';

  beforeAll(async () => {
    suite = await openBrowserSuite();
    ({ server } = suite);
    page = await signedInPage(suite, { username: 'admin.pusat', displayName: 'Admin Pusat', role: 'ADMIN' });
  }, 180_000);

  afterAll(() => suite?.close());

  const status = () => page.locator('.card p[role=status]').first().textContent();

  it('lists the users', async () => {
    await page.goto(`${server.baseUrl}/admin/pengguna`);
    await expect.poll(status).toBe('1 pengguna');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => page.locator('tbody tr').first().textContent()).toContain('Administrator');
  });

  it('creates a regency officer, choosing the regency by search', async () => {
    await page.selectOption('#new-role', 'BAWASLU_KABKOTA');
    await page.fill('#new-username', 'Bad Name');
    await page.fill('#new-displayName', 'Rina Kurnia');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await expect.poll(() => page.locator('#new-username-error').textContent()).toContain('huruf kecil');
    await expect
      .poll(() => page.locator('.region-picker .field__error').textContent())
      .toContain('Pilih wilayah tugas');

    await page.fill('#new-username', 'rina.kabtangerang');
    await page.getByLabel('Cari wilayah').fill('tangerang');
    const result = page.locator('.result', { hasText: '· 36.03' });
    await result.waitFor();
    await result.click();
    await expect.poll(() => page.getByTestId('region-selected').textContent()).toContain('36.03');
    await expect.poll(() => page.getByLabel('Provinsi', { exact: true }).inputValue()).toBe('36');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-admin-form-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: '/tmp/netra-admin-form-desktop.png', fullPage: true });

    await page.getByRole('button', { name: 'Buat akun' }).click();
    const otp = page.getByTestId('one-time-password');
    await otp.waitFor();
    rinaPassword = (await otp.locator('.otp code').textContent()) ?? '';
    expect(rinaPassword).toMatch(/\S{8,}/);
    expect(await otp.textContent()).toContain('rina.kabtangerang');
    await expect.poll(status).toBe('2 pengguna');
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-admin-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: '/tmp/netra-admin-desktop.png', fullPage: true });
    await page.getByRole('button', { name: 'Selesai' }).click();
  });

  it('creates a village supervisor through the cascading selects', async () => {
    await page.selectOption('#new-role', 'PKD');
    await page.fill('#new-username', 'budi.pkd');
    await page.fill('#new-displayName', 'Budi Santoso');
    const select = (label: string) =>
      page.locator('.region-picker__selects .field', { hasText: label }).locator('select');
    await page.selectOption('.region-picker__selects select >> nth=0', '36');
    await expect.poll(() => select('Kabupaten/Kota').isEnabled()).toBe(true);
    await select('Kabupaten/Kota').selectOption('36.03');
    await expect.poll(() => select('Kecamatan').locator('option').count()).toBeGreaterThan(1);
    await select('Kecamatan').selectOption({ index: 1 });
    await expect.poll(() => select('Kelurahan/Desa').locator('option').count()).toBeGreaterThan(1);
    await select('Kelurahan/Desa').selectOption({ index: 1 });
    const village = await select('Kelurahan/Desa').inputValue();
    expect(village).toMatch(/^36\.03\.\d{2}\.\d{4}$/);
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByTestId('one-time-password').waitFor();
    await page.getByRole('button', { name: 'Selesai' }).click();
    await expect.poll(status).toBe('3 pengguna');
    const row = page.locator('tbody tr', { hasText: 'budi.pkd' });
    expect(await row.textContent()).toContain('Pengawas Kelurahan/Desa (PKD)');
    expect(await row.textContent()).toContain(village);
  });

  it('filters by text', async () => {
    await page.fill('#user-filter', 'budi');
    await expect.poll(status).toBe('1 pengguna');
    await page.fill('#user-filter', '');
    await expect.poll(status).toBe('3 pengguna');
  });

  it('disables a user after confirmation', async () => {
    await page.getByRole('button', { name: 'Nonaktifkan budi.pkd' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Budi Santoso');
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-admin-dialog-360.png' });
    await page.setViewportSize(DESKTOP);
    await dialog.getByRole('button', { name: 'Nonaktifkan', exact: true }).click();
    await expect.poll(status).toBe('Pengguna budi.pkd dinonaktifkan.');
    await expect.poll(() => page.locator('tbody tr', { hasText: 'budi.pkd' }).count()).toBe(0);
    await page.getByLabel('Tampilkan yang dinonaktifkan').check();
    await expect.poll(() => page.locator('tbody tr', { hasText: 'budi.pkd' }).textContent()).toContain('Nonaktif');
  });

  it("resets a user's credentials after confirmation and shows the new one-time password once", async () => {
    const login = (password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'rina.kabtangerang', password },
      });
    expect((await login(rinaPassword)).statusCode).toBe(200);

    await page.getByRole('button', { name: 'Atur ulang akses rina.kabtangerang' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Rina Kurnia');
    expect(await dialog.textContent()).toContain('verifikasi dua langkahnya dihapus');
    await dialog.getByRole('button', { name: 'Atur ulang akses', exact: true }).click();

    const otp = page.getByTestId('one-time-password');
    await otp.waitFor();
    expect(await otp.locator('h3').textContent()).toBe('Akses rina.kabtangerang diatur ulang.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    const fresh = (await otp.locator('.otp code').textContent()) ?? '';
    expect(fresh).toMatch(/\S{8,}/);
    expect(fresh).not.toBe(rinaPassword);
    await expect.poll(() => otp.getByRole('button', { name: 'Salin: Kata sandi sekali pakai' }).count()).toBe(1);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: '/tmp/netra-admin-reset-360.png', fullPage: true });
    await page.setViewportSize(DESKTOP);

    expect((await login(rinaPassword)).statusCode).toBe(401);
    const res = await login(fresh);
    expect(res.json()).toEqual({ next: 'totp_enroll' });

    await otp.getByRole('button', { name: 'Selesai' }).click();
    await expect.poll(() => page.getByTestId('one-time-password').count()).toBe(0);
  });

  it('enables a disabled user again after confirmation', async () => {
    const row = () => page.locator('tbody tr', { hasText: 'budi.pkd' });
    await row().getByRole('button', { name: 'Aktifkan kembali budi.pkd' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Budi Santoso');
    await dialog.getByRole('button', { name: 'Aktifkan kembali', exact: true }).click();
    await expect.poll(status).toBe('Pengguna budi.pkd diaktifkan kembali.');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row().locator('.badge').textContent()).toBe('Aktif');
    await expect.poll(() => row().getByRole('button', { name: 'Nonaktifkan budi.pkd' }).count()).toBe(1);
    await expect.poll(() => row().getByRole('button', { name: 'Aktifkan kembali budi.pkd' }).count()).toBe(0);
  });
});
