import type { Command } from 'commander';
import { appliedMigrations } from '../../server/db/migrate';
import { withDatabase } from '../run';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Terapkan migrasi dan data referensi / apply migrations and load reference data')
    .action(async () => {
      await withDatabase(async (db) => {
        const applied = await appliedMigrations(db);
        console.log(`Basis data mutakhir / database up to date (${db.engine}): ${applied.join(', ')}`);
      });
    });
}
