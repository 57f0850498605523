import type { Command } from 'commander';
import { withDatabase } from '../run';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Terapkan migrasi dan data referensi / apply migrations and load reference data')
    .action(async () => {
      await withDatabase(async (db) => {
        const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
        console.log(`Basis data mutakhir / database up to date (${db.engine}): ${rows.map((r) => r.id).join(', ')}`);
      });
    });
}
