import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { insertSyntheticCases } from '../../server/cases/synthetic';
import { CliError, cliActor, withDatabase } from '../run';

/** Refuses more than this in one run (a typo of an extra zero or two). */
const MAX_SYNTHETIC = 10_000_000;

/**
 * `netra seed`: loads the reference data that is missing (regions, elections, holidays — what the
 * first start does). `netra seed --synthetic N` then adds N synthetic cases for load tests and
 * benchmarks (src/server/cases/synthetic.ts); refused when NODE_ENV=production. Bad input exits 2.
 */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(
      'Muat data referensi; --synthetic N menambah N kasus sintetis / load reference data; --synthetic N adds N synthetic cases (testing only)',
    )
    .option(
      '--synthetic <n>',
      `jumlah kasus sintetis / number of synthetic cases (1–${MAX_SYNTHETIC.toLocaleString('en')})`,
    )
    .option('--batch <n>', 'kasus per pernyataan SQL / cases per SQL statement (default 100000; PGlite 20000)')
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
    .action(async (opts: { synthetic?: string; batch?: string }) => {
      const count = opts.synthetic === undefined ? 0 : parseCount(opts.synthetic, '--synthetic', MAX_SYNTHETIC);
      const batch = opts.batch === undefined ? undefined : parseCount(opts.batch, '--batch', 1_000_000);
      if (Number.isNaN(count) || Number.isNaN(batch)) return;
      await withDatabase(async (db, config) => {
        if (count > 0 && config.env === 'production') {
          throw new CliError('Data sintetis ditolak di produksi / synthetic data refused when NODE_ENV=production');
        }
        console.log(`Data referensi dimuat / reference data loaded (${db.engine})`);
        if (count === 0) return;
        const bar = process.stderr.isTTY
          ? new SingleBar(
              {
                format: 'kasus sintetis / synthetic cases [{bar}] {value}/{total} {eta_formatted}',
                stream: process.stderr,
              },
              Presets.shades_classic,
            )
          : null;
        bar?.start(count, 0);
        const t0 = performance.now();
        const result = await insertSyntheticCases(db, cliActor(), {
          count,
          now: new Date(),
          ...(batch === undefined ? {} : { batchSize: batch }),
          onProgress: (done) => bar?.update(done),
        }).finally(() => bar?.stop());
        console.log(
          `OK: ${result.inserted} kasus sintetis / synthetic cases in ${result.offices} kantor / offices ` +
            `(nomor register / register numbers SINTETIS/${result.salt}/…), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      });
    });
}

/** A positive whole number (`1000000`, `1_000_000`, `1,000,000`); NaN after printing why (exit 2). */
function parseCount(value: string, option: string, max: number): number {
  const digits = value.trim().replace(/[_,]/g, '');
  const n = /^\d{1,9}$/.test(digits) ? Number(digits) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= max) return n;
  console.error(`${option} ${JSON.stringify(value)}: bilangan bulat 1–${max} / a whole number from 1 to ${max}`);
  process.exitCode = 2;
  return NaN;
}
