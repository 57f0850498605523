import type { Command } from 'commander';
import { CreateUserRequest } from '../../shared/api/users';
import { AppError } from '../../server/http/errors';
import { findUserByUsername } from '../../server/users/repository';
import type { Database } from '../../server/db/db';
import { resetCredentials } from '../../server/users/credentials-service';
import { createUser, listUsers, setUserDisabled } from '../../server/users/service';
import { CliError, cliActor, withDatabase } from '../run';

/** `netra user add|list|disable|enable|reset`: the operator at the server, audited as `cli:<os user>`. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Pengguna (petugas) / users (officers)');

  user
    .command('add')
    .description('Tambah pengguna, cetak kata sandi sekali pakai / add a user, print a one-time password')
    .requiredOption('--username <username>', 'nama pengguna / username (a-z 0-9 . _ -)')
    .requiredOption('--name <name>', 'nama tampilan / display name')
    .requiredOption('--role <role>', 'ADMIN, BAWASLU_RI, BAWASLU_PROVINSI, BAWASLU_KABKOTA, PANWASLU_KECAMATAN, PKD, …')
    .option('--scope <code>', 'kode wilayah / region code (omit for national roles)')
    .option('--email <email>', 'surel / e-mail')
    .action(async (opts: { username: string; name: string; role: string; scope?: string; email?: string }) => {
      const parsed = CreateUserRequest.safeParse({
        username: opts.username,
        displayName: opts.name,
        email: opts.email ?? null,
        role: opts.role,
        scopeCode: opts.scope ?? null,
      });
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
      }
      const created = await withDatabase((db) =>
        cliCall(() => createUser(db, cliActor(), new Date(), parsed.data, 'system')),
      );
      console.log(
        `Pengguna dibuat / user created: ${created.user.username} (${created.user.role}, ${created.user.scope?.code ?? 'nasional'})`,
      );
      console.log(`Kata sandi sekali pakai / one-time password: ${created.oneTimePassword}`);
      console.log('Wajib diganti saat masuk pertama / must be changed at first sign-in.');
    });

  user
    .command('list')
    .description('Daftar pengguna / list users')
    .option('--all', 'termasuk yang nonaktif / include disabled users')
    .action(async (opts: { all?: boolean }) => {
      const users = await withDatabase(async (db) => {
        const all = [];
        let cursor: string | undefined;
        do {
          const page = await listUsers(db, { includeDisabled: opts.all === true, limit: 500, cursor }, 'system');
          all.push(...page.items);
          cursor = page.next ?? undefined;
        } while (cursor);
        return all;
      });
      for (const u of users) {
        const flags = [u.disabled ? 'NONAKTIF/DISABLED' : '', u.totpEnabled ? 'totp' : 'no-totp']
          .filter(Boolean)
          .join(' ');
        console.log(
          `${u.username.padEnd(24)} ${u.role.padEnd(20)} ${(u.scope?.code ?? 'nasional').padEnd(16)} ${u.displayName}  [${flags}]`,
        );
      }
      console.log(`${users.length} pengguna / users`);
    });

  user
    .command('disable')
    .description('Nonaktifkan pengguna dan akhiri sesinya / disable a user and end their sessions')
    .argument('<username>')
    .action(async (username: string) => {
      await onUser(username, (db, id) => setUserDisabled(db, cliActor(), new Date(), id, 'system', true));
      console.log(`Dinonaktifkan / disabled: ${username}`);
    });

  user
    .command('enable')
    .description('Aktifkan kembali pengguna / enable a disabled user again')
    .argument('<username>')
    .action(async (username: string) => {
      await onUser(username, (db, id) => setUserDisabled(db, cliActor(), new Date(), id, 'system', false));
      console.log(`Diaktifkan / enabled: ${username}`);
    });

  user
    .command('reset')
    .description(
      'Kata sandi sekali pakai baru, hapus TOTP, akhiri sesi / new one-time password, remove TOTP, end sessions (lost password or authenticator)',
    )
    .argument('<username>')
    .action(async (username: string) => {
      const { oneTimePassword } = await onUser(username, (db, id) =>
        resetCredentials(db, cliActor(), new Date(), id, 'system'),
      );
      console.log(`Kata sandi sekali pakai / one-time password for ${username}: ${oneTimePassword}`);
      console.log('TOTP dihapus; pasang lagi saat masuk / TOTP removed; set it up again at sign-in.');
    });
}

/** Runs a change on the user named on the command line. */
async function onUser<T>(username: string, fn: (db: Database, id: string) => Promise<T>): Promise<T> {
  return withDatabase(async (db) => {
    const row = await findUserByUsername(db, username.trim().toLowerCase());
    if (!row) throw new CliError(`Pengguna tidak ditemukan / user not found: ${username}`);
    return cliCall(() => fn(db, row.id));
  });
}

/** Expected failures (unknown region, taken username, …) print their message, not a stack. */
async function cliCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw new CliError(`${err.code}: ${err.message}`);
    throw err;
  }
}
