import { Command } from 'commander';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '../../server/db/db';
import { seedTestRegions } from '../../server/reference/test-fixtures';
import { TEST_NOW } from '../../server/test/app';
import { describeDb } from '../../server/test/db';
import { registerIndexCompute } from './index-compute';

/**
 * `netra index compute` in-process: the `index` group is built here (src/cli/commands/index-cmd.ts
 * builds the real one), with the test database instead of the configured one.
 */
describeDb('netra index compute', (db) => {
  beforeAll(async () => {
    await seedTestRegions(db(), TEST_NOW);
  }, 120_000);

  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  async function run(...args: string[]): Promise<{ out: string[]; err: string[]; code: number | undefined }> {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
    const group = new Command('index');
    registerIndexCompute(group, <T>(fn: (d: Database) => Promise<T>) => fn(db()));
    await group.parseAsync(['compute', ...args], { from: 'user' });
    const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
    vi.restoreAllMocks();
    return { out, err, code };
  }

  it('computes both levels by default and prints one summary per edition', async () => {
    const r = await run('--to', '2024-11-18');
    expect(r.err).toEqual([]);
    expect(r.code).toBeUndefined();
    expect(r.out).toHaveLength(2);
    expect(r.out[0]).toMatch(/^live-province-2024-11-18: 0 wilayah berskor \/ regions scored, 38 tanpa skor/);
    expect(r.out[0]).toContain('(2024-08-20 – 2024-11-18,');
    expect(r.out[1]).toMatch(/^live-regency-2024-11-18: 0 wilayah berskor \/ regions scored, 514 tanpa skor/);

    const again = await run('--level', 'regency', '--from', '2024-09-01', '--to', '2024-11-18');
    expect(again.out).toHaveLength(1);
    expect(again.out[0]).toMatch(/^live-regency-2024-11-18: .*\(2024-09-01 – 2024-11-18, .*menggantikan \/ replaced\)/);
  });

  it('exits 2 on bad input and computes nothing', async () => {
    const level = await run('--level', 'village');
    expect(level.code).toBe(2);
    expect(level.err.join('\n')).toMatch(/^--level "village": /);
    const date = await run('--to', '2024-02-30');
    expect(date.code).toBe(2);
    expect(date.err.join('\n')).toMatch(/^--to "2024-02-30": Tanggal tidak valid/);
    const order = await run('--from', '2024-11-19', '--to', '2024-11-18');
    expect(order.code).toBe(2);
    expect(order.err.join('\n')).toMatch(/^BAD_REQUEST: /);
    expect(level.out.concat(date.out, order.out)).toEqual([]);
  });
});
