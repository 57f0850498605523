import { totpCodeAt } from '../../server/auth/totp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../server/test/app';
import { createUser, type TestUser } from '../../server/test/factories';
import { type BrowserSuite, chromiumAvailable, DESKTOP, openBrowserSuite, PHONE, type RunningApp } from './harness';

/**
 * The officer's first sign-in, end to end in Chromium against the real server on PGlite:
 * password → TOTP enrolment (code computed at the server's fixed clock) → recovery codes →
 * password change → officer home with name and scope; then the English switch.
 * Screenshots go to /tmp/netra-*.png.
 */

const run = chromiumAvailable();

async function shoot(page: Page, name: string): Promise<void> {
  for (const [label, size] of [
    ['360', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/netra-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

describe.skipIf(!run)('officer sign-in in the browser', () => {
  let suite: BrowserSuite | undefined;
  let server: RunningApp;
  let browser: Browser;
  let page: Page;
  let officer: TestUser;
  const newPassword = 'kata-sandi-baru-yang-panjang-2024';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    suite = await openBrowserSuite();
    officer = await createUser(suite.db, {
      username: 'siti.kabtangerang',
      displayName: 'Siti Rahmawati',
      role: 'BAWASLU_KABKOTA',
      scopeCode: '36.03',
      password: 'sandi-sekali-pakai-123',
      mustChangePassword: true,
    });
    ({ server, browser } = suite);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
    page = await context.newPage();
  }, 180_000);

  afterAll(() => suite?.close());

  it('shows the public home in Indonesian with the officer sign-in link', async () => {
    await page.goto(`${server.baseUrl}/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Netra');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await shoot(page, 'home');
    await page.getByRole('main').getByRole('link', { name: 'Masuk petugas' }).click();
    await page.waitForURL('**/masuk');
  });

  it('sends a visitor without a session from /beranda to /masuk', async () => {
    await page.goto(`${server.baseUrl}/beranda`);
    await page.waitForURL('**/masuk');
    await page.locator('#username').waitFor();
    await shoot(page, 'login');
  });

  it('is usable by keyboard: skip link first, then the form', async () => {
    const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    await page.goto(`${server.baseUrl}/masuk`);
    await page.locator('#username').waitFor();
    await page.keyboard.press('Tab');
    expect(await active()).toBe('skip');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('username');
    await page.screenshot({ path: '/tmp/netra-focus.png', clip: { x: 0, y: 0, width: 900, height: 300 } });
  });

  it('refuses a wrong password with a message next to the form', async () => {
    await page.fill('#username', officer.username);
    await page.fill('#password', 'salah-sama-sekali');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Nama pengguna atau kata sandi salah');
  });

  it('validates with the shared schema before sending', async () => {
    await page.fill('#username', '');
    await page.fill('#password', '');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => page.getAttribute('#username', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#username', 'aria-describedby')).toBe('username-error');
    expect(await page.locator('#username-error').textContent()).toContain('Wajib diisi');
  });

  it('signs in with the password and enrols TOTP', async () => {
    await page.fill('#username', officer.username);
    await page.fill('#password', officer.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();

    const secretEl = page.getByTestId('totp-secret');
    await secretEl.waitFor();
    const secret = await secretEl.getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(await page.locator('.qr img').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await shoot(page, 'enroll');

    await page.fill('#code', '12345');
    await page.getByRole('button', { name: 'Aktifkan' }).click();
    await expect.poll(() => page.locator('#code-error').textContent()).toContain('6 digit');

    await page.fill('#code', totpCodeAt(secret ?? '', TEST_NOW));
    await page.getByRole('button', { name: 'Aktifkan' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    await expect.poll(() => codes.count()).toBeGreaterThanOrEqual(5);
    recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
    await shoot(page, 'recovery');
    await page.getByRole('button', { name: 'Saya sudah menyimpannya' }).click();
  });

  it('asks for a new password (twice) when the account must change it', async () => {
    await page.locator('#newPassword').waitFor();
    await page.fill('#newPassword', newPassword);
    await page.fill('#repeat', `${newPassword}x`);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => page.locator('#repeat-error').textContent()).toContain('tidak sama');
    await page.fill('#repeat', newPassword);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  });

  it('lands on the officer home with name, role and scope', async () => {
    await page.waitForURL('**/beranda');
    await expect.poll(() => page.getByTestId('officer-name').textContent()).toBe('Siti Rahmawati');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Selamat datang, Siti Rahmawati');
    const scope = (await page.getByTestId('officer-scope').textContent()) ?? '';
    expect(scope).toMatch(/TANGERANG/i);
    expect(scope).toContain('Kabupaten/Kota');
    expect(scope).toContain('WIB');
    await expect.poll(() => page.getByText('Bawaslu Kabupaten/Kota', { exact: true }).count()).toBe(1);
    await shoot(page, 'officer');
  });

  it('switches to English, remembers it, and sets <html lang>', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome, Siti Rahmawati');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.getByText('Area of duty').count()).toBe(1);
    await expect.poll(() => page.getByText('Regency/City Bawaslu', { exact: true }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome, Siti Rahmawati');
    await shoot(page, 'officer-en');
  });

  it('signs out back to the sign-in page', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/masuk');
    await page.goto(`${server.baseUrl}/beranda`);
    await page.waitForURL('**/masuk');
  });

  it('signs in again with a recovery code as the second factor', async () => {
    await page.fill('#username', officer.username);
    await page.fill('#password', newPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('#code').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.fill('#recoveryCode', 'no');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.locator('#recoveryCode-error').textContent()).toBe('Invalid recovery code.');
    expect(await page.getAttribute('#recoveryCode', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#recoveryCode', 'aria-describedby')).toBe('recoveryCode-hint recoveryCode-error');
    await page.fill('#recoveryCode', 'ABCD-EFGH-IJKL');
    await expect.poll(() => page.getAttribute('#recoveryCode', 'aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Verify' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('The verification code is wrong or has expired.');
    await expect.poll(() => page.locator('#recoveryCode').inputValue()).toBe('');

    await page.fill('#recoveryCode', recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL('**/beranda');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome, Siti Rahmawati');
  });
});
