import { readFile } from 'node:fs/promises';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { upsertHolidays } from '../../server/elections/holidays-service';
import { importElections } from '../../server/elections/service';
import { AppError } from '../../server/http/errors';
import {
  parseElectionsJson,
  parseHolidaysCsv,
  regionIssues,
  type FileIssue,
  type Parsed,
} from '../../server/reference/files';
import { CliError, cliActor, withDatabase } from '../run';

/**
 * `netra import holidays FILE.csv` and `netra import elections FILE.json`. Everything in the file
 * is checked before anything is written; one bad line and nothing is written (exit 1).
 */
export function registerImportCommands(program: Command): void {
  const cmd = program.command('import').description('Impor data referensi / import reference data');

  cmd
    .command('holidays')
    .argument('<file>', 'CSV: date,name,kind,source')
    .description('Impor hari libur (tambah atau ganti per tanggal) / import holidays (create or replace by date)')
    .action(async (file: string) => {
      const holidays = check(file, parseHolidaysCsv(await readText(file)));
      const result = await withDatabase((db) =>
        withProgress(holidays.length, () => upsertHolidays(db, cliActor(), new Date(), holidays)),
      );
      console.log(`OK: ${result.created} hari libur baru / new, ${result.updated} diganti / replaced`);
    });

  cmd
    .command('elections')
    .argument('<file>', 'JSON: { "elections": [ … ] } as POST /api/elections takes each')
    .description('Impor pemilihan (tambah atau ganti per id) / import elections (create or replace by id)')
    .action(async (file: string) => {
      const text = await readText(file);
      const elections = check(file, parseElectionsJson(text));
      const result = await withDatabase((db) =>
        withProgress(elections.length, () => importElections(db, cliActor(), new Date(), elections)).catch(
          (err: unknown) => {
            const unknown = (err as AppError).details as { regions?: string[] } | undefined;
            if (err instanceof AppError && err.code === 'UNKNOWN_REGION' && unknown?.regions) {
              throw new CliError(formatIssues(file, regionIssues(text, elections, unknown.regions)));
            }
            if (err instanceof AppError) throw new CliError(`${file}: ${err.code}: ${err.message}`);
            throw err;
          },
        ),
      );
      console.log(
        `OK: ${result.created.length} pemilihan baru / new (${result.created.join(', ') || '-'}), ` +
          `${result.replaced.length} diganti / replaced (${result.replaced.join(', ') || '-'})`,
      );
    });
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new CliError(`Tidak dapat membaca / cannot read ${file}: ${(err as Error).message}`);
  }
}

/** Throws every issue at once, each with its line, so one run shows all that must be fixed. */
function check<T>(file: string, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new CliError(formatIssues(file, parsed.issues));
}

export function formatIssues(file: string, issues: readonly FileIssue[]): string {
  const shown = issues.slice(0, 100).map((i) => `  ${file}:${i.line}: ${i.message}`);
  if (issues.length > shown.length) shown.push(`  … ${issues.length - shown.length} lagi / more`);
  return [
    `${issues.length} kesalahan, tidak ada yang ditulis / ${issues.length} error(s), nothing written:`,
    ...shown,
  ].join('\n');
}

/** One transaction writes the whole file; the bar shows it on a terminal and stays quiet in scripts. */
async function withProgress<T>(total: number, work: () => Promise<T>): Promise<T> {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { format: 'menulis / writing [{bar}] {value}/{total}', stream: process.stderr },
        Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0);
  try {
    const result = await work();
    bar?.update(total);
    return result;
  } finally {
    bar?.stop();
  }
}
