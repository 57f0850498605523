import type { Command } from 'commander';
import { z } from 'zod';
import { CalendarDate } from '../../shared/api/elections';
import type { Database } from '../../server/db/db';
import { AppError } from '../../server/http/errors';
import { computeLiveEdition, defaultPeriod, type LiveEditionSummary } from '../../server/index-compute/service';
import { cliActor, withDatabase } from '../run';

const Options = z.object({
  level: z.enum(['province', 'regency', 'all']),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});

/** Opens the database for the command; tests pass their own. */
export type OpenDatabase = <T>(fn: (db: Database) => Promise<T>) => Promise<T>;

/**
 * `netra index compute [--level province|regency|all] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`:
 * computes and stores the LIVE editions now (what the nightly `index.compute` job does), one line
 * of summary per edition. Default: both levels, the 90 days up to today (WIB). Exit codes: 0 done,
 * 2 bad input (unknown level, malformed date, from after to, no cut points in force).
 */
export function registerIndexCompute(group: Command, open: OpenDatabase = withDatabase): void {
  group
    .command('compute')
    .description('Hitung edisi indeks langsung dari data penanganan / compute the live index editions from case data')
    .option('--level <level>', 'province | regency | all', 'all')
    .option(
      '--from <date>',
      'hari pertama penerimaan / first day of receipt (YYYY-MM-DD); default: 90 days before --to',
    )
    .option('--to <date>', 'hari terakhir / last day (YYYY-MM-DD); default: today (WIB)')
    // Commander's own refusals (unknown option, missing value) are bad input too: exit 2.
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
    .action(async (o: { level: string; from?: string; to?: string }) => {
      const parsed = Options.safeParse({ level: o.level.trim().toLowerCase(), from: o.from?.trim(), to: o.to?.trim() });
      if (!parsed.success) {
        console.error(
          parsed.error.issues
            .map((i) => {
              const key = String(i.path[0] ?? '');
              return `--${key} ${JSON.stringify(o[key as keyof typeof o] ?? '')}: ${i.message}`;
            })
            .join('\n'),
        );
        process.exitCode = 2;
        return;
      }
      const now = new Date();
      const to = parsed.data.to ?? defaultPeriod(now).to;
      const from = parsed.data.from ?? defaultPeriod(new Date(`${to}T12:00:00+07:00`)).from;
      const levels = parsed.data.level === 'all' ? (['province', 'regency'] as const) : [parsed.data.level];
      try {
        await open(async (db) => {
          for (const level of levels) {
            console.log(summaryLine(await computeLiveEdition({ db }, cliActor(), now, { level, from, to })));
          }
        });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        console.error(`${err.code}: ${err.message}`);
        process.exitCode = 2;
      }
    });
}

function summaryLine(s: LiveEditionSummary): string {
  return (
    `${s.editionId}: ${s.scored} wilayah berskor / regions scored, ${s.unscored} tanpa skor / without score ` +
    `(${s.from} – ${s.to}, katalog / catalogue v${s.catalogueVersion}, ${s.computedValues} nilai dihitung / ` +
    `computed values, ${s.importedValues} terimpor / imported${s.replaced ? ', menggantikan / replaced' : ''}) ` +
    `${s.ms} ms`
  );
}
