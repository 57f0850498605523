import { DEFAULT_REGISTER_TEMPLATE } from '../../domain/cases/register-number';
import type { FastifyInstance } from 'fastify';
import { fsBlobStore } from '../evidence/fs-blob-store';
import { tempDir } from './tmp';
import { pino } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/db';
import type { AppDeps } from '../deps';
import { buildApp } from '../http/app';
import { allRoutes } from '../routes';

/** A fixed instant for tests: Monday 2024-11-18 10:00 WIB. Tests never read the real clock. */
export const TEST_NOW = new Date('2024-11-18T03:00:00.000Z');

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: undefined,
    secretKey: Buffer.alloc(32, 7),
    publicUrl: undefined,
    trustProxy: false,
    logLevel: 'silent',
    jobs: false,
    uploads: { maxFiles: 10, maxFileBytes: 25 * 1024 * 1024 },
    cases: { registerTemplate: DEFAULT_REGISTER_TEMPLATE },
    ...overrides,
  };
}

/** A settable clock: `clock.set(date)` moves time for the code under test. */
export function testClock(start = TEST_NOW) {
  let now = start;
  const clock = () => new Date(now.getTime());
  clock.set = (d: Date) => {
    now = d;
  };
  clock.advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}

export async function createTestApp(
  db: Database,
  options: { clock?: () => Date; config?: Partial<Config>; webDir?: string; blobDir?: string } = {},
): Promise<{ app: FastifyInstance; deps: AppDeps }> {
  const deps: AppDeps = {
    config: testConfig(options.config),
    db,
    clock: options.clock ?? testClock(),
    log: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    jobs: null,
    // Each app gets its own evidence directory; tests that look at files pass `blobDir`.
    blobs: fsBlobStore(options.blobDir ?? tempDir('blobs')),
  };
  const app = await buildApp(deps, { routes: allRoutes(), webDir: options.webDir });
  await app.ready();
  return { app, deps };
}
