import type { UserView } from '../../shared/api/users';
import { mutate, type Actor } from '../audit/audit';
import { generateOneTimePassword, hashPassword } from '../auth/password';
import { deleteRecoveryCodes, deleteUserSessions, resetUserCredentials } from '../auth/repository';
import type { Database } from '../db/db';
import { presentUser } from './presenter';
import { findUserById } from './repository';
import { managedTarget, type Requester } from './service';

/**
 * For a lost password or authenticator: a new one-time password (to be changed at the next
 * sign-in), TOTP and recovery codes removed (enrolled again at the next sign-in), every session
 * ended. The old credentials stop working in the same transaction.
 */
export async function resetCredentials(
  db: Database,
  actor: Actor,
  now: Date,
  userId: string,
  by: Requester,
): Promise<{ user: UserView; oneTimePassword: string }> {
  const target = await managedTarget(db, userId, by);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const row = await mutate(db, actor, now, async (tx) => {
    await resetUserCredentials(tx, userId, passwordHash, now);
    await deleteRecoveryCodes(tx, userId);
    const sessionsRevoked = await deleteUserSessions(tx, userId);
    return {
      result: (await findUserById(tx, userId))!,
      audit: {
        action: 'user.credentials_reset',
        subjectType: 'user',
        subjectId: userId,
        data: { username: target.username, totpRemoved: target.totp_enabled_at !== null, sessionsRevoked },
      },
    };
  });
  return { user: presentUser(row), oneTimePassword };
}
