import { readFile } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { ImportProblem } from '../../domain/index/import-values';
import { AppError } from '../../server/http/errors';
import { importIndicatorValues, type ImportProblemsDetails } from '../../server/index-values/service';
import { CliError, cliActor, withDatabase } from '../run';
import { registerIndexCompute } from './index-compute';

/** Exit code of a file with problems (nothing written), as for other bad input of `netra`. */
const EXIT_PROBLEMS = 2;
/** Problems printed in the text report; `--json` lists them all. */
const SHOWN_PROBLEMS = 200;

/** `netra index …`: the vulnerability index. Each subcommand registers itself on the group. */
export function registerIndexCommands(program: Command): void {
  const group = program.command('index').description('Indeks kerawanan pemilu / election vulnerability index');
  registerIndexImport(group);
  registerIndexCompute(group);
}

/**
 * `netra index import FILE [--force] [--json]`: indicator values from a CSV file
 * (`region_code,indicator,value,source,date`). The whole file is checked first; any problem and the
 * report is printed, nothing is written, exit 2 — unless `--force`, which writes the valid lines only.
 */
export function registerIndexImport(group: Command): void {
  group
    .command('import')
    .argument('<file>', 'CSV: region_code,indicator,value,source,date')
    .option('--force', 'impor baris yang sah walau ada kesalahan / import the valid lines despite problems')
    .option('--json', 'laporan sebagai JSON / report as JSON')
    .description(
      'Impor nilai indikator (tambah atau ganti per wilayah, indikator, tanggal) / import indicator values (create or replace by region, indicator, date)',
    )
    .action(async (file: string, opts: { force?: boolean; json?: boolean }) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        throw new CliError(`Tidak dapat membaca / cannot read ${file}: ${(err as Error).message}`);
      }
      const force = opts.force === true;
      await withDatabase(async (db) => {
        const bar =
          process.stderr.isTTY && !opts.json
            ? new SingleBar(
                { format: 'menulis / writing [{bar}] {value}/{total} {eta_formatted}', stream: process.stderr },
                Presets.shades_classic,
              )
            : null;
        let started = false;
        try {
          const result = await importIndicatorValues({ db }, cliActor(), new Date(), 'system', {
            text,
            force,
            reportLimit: Infinity,
            onProgress: (written, total) => {
              if (!started) bar?.start(total, 0);
              started = true;
              bar?.update(written);
            },
          });
          bar?.stop();
          if (opts.json) {
            console.log(JSON.stringify({ ok: true, file, ...result }, null, 2));
            return;
          }
          if (result.problemCount > 0) console.error(formatProblems(file, result.problems, 'skipped'));
          console.log(
            `OK: ${result.imported} nilai diimpor / values imported (${result.created} baru / new, ` +
              `${result.updated} diganti / replaced) dari / from ${result.counts.lines} baris / lines` +
              (result.problemCount > 0
                ? `; ${result.counts.withProblems} baris dilewati (--force) / lines skipped (--force)`
                : ''),
          );
        } catch (err) {
          bar?.stop();
          if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
          const details = err.details as Partial<ImportProblemsDetails> | undefined;
          const problems = details?.problems ?? [];
          if (opts.json) {
            console.log(
              JSON.stringify(
                {
                  ok: false,
                  file,
                  message: err.message,
                  counts: details?.counts,
                  problemCount: problems.length,
                  problems,
                },
                null,
                2,
              ),
            );
          } else {
            console.error(problems.length > 0 ? formatProblems(file, problems, 'nothing written') : err.message);
          }
          process.exitCode = EXIT_PROBLEMS;
        }
      });
    });
}

/** One problem a line, `FILE:LINE: CODE column: message`, as editors and terminals link them. */
export function formatProblems(
  file: string,
  problems: readonly ImportProblem[],
  what: 'nothing written' | 'skipped',
): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((p) => {
    const where = p.line === null ? file : `${file}:${p.line}`;
    return `  ${where}: ${p.code}${p.column ? ` (${p.column})` : ''}: ${p.message}`;
  });
  if (problems.length > shown.length)
    shown.push(`  … ${problems.length - shown.length} lagi / more (--json: semua / all)`);
  const title =
    what === 'nothing written'
      ? `${problems.length} kesalahan, tidak ada yang ditulis / ${problems.length} problem(s), nothing written:`
      : `${problems.length} kesalahan, baris ini dilewati / ${problems.length} problem(s), these lines skipped:`;
  return [title, ...shown].join('\n');
}
