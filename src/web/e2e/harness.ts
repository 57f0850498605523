import { existsSync } from 'node:fs';
import { ensureWebBundle as buildWhenStale } from '../../cli/web-bundle';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../server/auth/principal';
import type { Database } from '../../server/db/db';
import type { AppDeps } from '../../server/deps';
import { createTestApp } from '../../server/test/app';
import { createTestDatabase } from '../../server/test/db';
import { createUser, signIn, type UserOverrides } from '../../server/test/factories';
import { seedTestRegions } from '../../server/reference/test-fixtures';

/** Helpers for browser tests: the built bundle, the real server in-process, Debian's Chromium. */

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIR = path.join(ROOT, 'dist/web');

/** True when browser tests can run; in CI a missing Chromium is an error, elsewhere a skip with a note. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  console.warn(`[browser tests] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
  return false;
}

/** Builds dist/web when it is missing or older than its sources, as `npm start` does. */
export async function ensureWebBundle(): Promise<void> {
  await buildWhenStale(ROOT, WEB_DIR);
}

export interface RunningApp {
  app: FastifyInstance;
  deps: AppDeps;
  baseUrl: string;
}

/** The real app (all routes + the SPA) on a random loopback port, with the fixed test clock. */
export async function startApp(db: Database): Promise<RunningApp> {
  const { app, deps } = await createTestApp(db, { webDir: WEB_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { app, deps, baseUrl: `http://127.0.0.1:${address.port}` };
}

/** Everything a browser suite needs: the bundle, a fresh PGlite with test regions, the app, Chromium. */
export interface BrowserSuite {
  db: Database;
  server: RunningApp;
  browser: Browser;
  close: () => Promise<void>;
}

export async function openBrowserSuite(): Promise<BrowserSuite> {
  await ensureWebBundle();
  const t = await createTestDatabase('pglite');
  await seedTestRegions(t.db);
  const server = await startApp(t.db);
  const browser = await launchChromium();
  return {
    db: t.db,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.app.close();
      await t.drop();
    },
  };
}

/** A desktop page already signed in (password and TOTP done) as a new officer made from `user`. */
export async function signedInPage(suite: BrowserSuite, user: UserOverrides): Promise<Page> {
  const { server, browser, db } = suite;
  const cookie = await signIn(server.app, db, await createUser(db, user));
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addCookies([
    { name: SESSION_COOKIE, value: cookie.slice(SESSION_COOKIE.length + 1), url: server.baseUrl },
  ]);
  return context.newPage();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A valid 1×1 PNG and a minimal PDF: the server types files by their content. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };
