import { SYSTEM_ACTOR } from '../audit/audit';
import { PG, pgErrorCode } from '../db/db';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { createUser } from '../users/service';
import { countUsers } from '../users/repository';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * On first start (no users), creates the user `admin` (ADMIN, national) with a one-time password
 * and prints how to sign in, once. There is never a fixed default password. Safe with several
 * instances starting together: the unique username lets exactly one of them create it.
 */
export async function ensureFirstAdmin(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  print: (line: string) => void,
): Promise<void> {
  if ((await countUsers(deps.db)) > 0) return;
  let created: { oneTimePassword: string };
  try {
    created = await createUser(
      deps.db,
      SYSTEM_ACTOR,
      deps.clock(),
      { username: FIRST_ADMIN_USERNAME, displayName: 'Administrator', email: null, role: 'ADMIN', scopeCode: null },
      'system',
    );
  } catch (err) {
    // Another instance got there first.
    if ((err instanceof AppError && err.code === 'CONFLICT') || pgErrorCode(err) === PG.UNIQUE_VIOLATION) return;
    throw err;
  }
  const url = `${deps.config.publicUrl ?? `http://localhost:${deps.config.port}`}/masuk`;
  const rule = '='.repeat(72);
  for (const line of [
    rule,
    'Pengguna admin pertama dibuat / First admin user created',
    `  Masuk di / sign in at:   ${url}`,
    `  Nama pengguna / username: ${FIRST_ADMIN_USERNAME}`,
    `  Kata sandi sekali pakai / one-time password: ${created.oneTimePassword}`,
    'Anda akan diminta memasang TOTP dan kata sandi baru.',
    'You will be asked to set up TOTP and a new password.',
    'Kata sandi ini hanya ditampilkan sekali / This password is shown only once.',
    rule,
  ]) {
    print(line);
  }
}
