import { describe, expect, it } from 'vitest';
import { startServer } from './boot';
import { DataDirLockedError } from './db/lock';
import { testConfig } from './test/app';
import { tempDir } from './test/tmp';

/** `netra serve` on a fresh embedded data dir: migrate, seed, first admin, jobs, HTTP; then a restart. */
describe('server boot [pglite]', () => {
  it('starts on a fresh data dir, prints the first admin once, and refuses a second process', async () => {
    const dataDir = tempDir('boot');
    const config = testConfig({ dataDir, port: 0, jobs: true, logLevel: 'silent' });
    const printed: string[] = [];
    const server = await startServer(config, (line) => printed.push(line));
    try {
      const address = server.app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
      const villages = await fetch(`http://127.0.0.1:${port}/api/regions?level=village&limit=1`);
      expect(((await villages.json()) as { total: number }).total).toBe(83_763);
      const password = printed.join('\n').match(/one-time password: (\S+)/)?.[1];
      expect(password).toMatch(/^\S{16,}$/);
      await expect(startServer(config, () => undefined)).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await server.stop();
    }
    const again: string[] = [];
    const restarted = await startServer(config, (line) => again.push(line));
    await restarted.stop();
    expect(again.join('\n')).not.toMatch(/one-time password/);
  }, 120_000);
});
