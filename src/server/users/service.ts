import { randomUUID } from 'node:crypto';
import type { CreateUserRequest, UserView } from '../../shared/api/users';
import { levelOfCode, ROLE_SCOPE_LEVELS, type Role } from '../../shared/roles';
import { mutate, type Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { generateOneTimePassword, hashPassword } from '../auth/password';
import { deleteUserSessions } from '../auth/repository';
import { pgErrorCode, PG, type Database } from '../db/db';
import { AppError, conflict, notFound } from '../http/errors';
import { offsetOf, offsetPage } from '../http/pagination';
import { authorize, reachOf } from '../policies';
import { requireRegions } from '../regions/service';
import { presentUser } from './presenter';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers as queryUsers,
  setUserDisabledAt,
  type UserRow,
} from './repository';

/** Who asks: a signed-in officer (policies apply) or the operator at the command line / first start. */
export type Requester = Principal | 'system';

/** 400 when the scope does not fit the role (e.g. a PKD must have a village). */
export function checkRoleScope(role: Role, scopeCode: string | null): void {
  const allowed = ROLE_SCOPE_LEVELS[role];
  const level = scopeCode === null ? 'national' : levelOfCode(scopeCode);
  if (level !== null && allowed.includes(level)) return;
  const names = allowed.join(' / ');
  throw new AppError(
    'VALIDATION_FAILED',
    `Peran ${role} harus berwilayah tingkat ${names} / Role ${role} needs a scope at level ${names}` +
      (allowed.includes('national') ? ' (national: scopeCode null)' : ''),
    { in: 'body', issues: [{ path: ['scopeCode'], code: 'scope_level', message: `expected level: ${names}` }] },
  );
}

/** 400 unless a receiving body's officer names their body and nobody else does. */
export function checkRoleBody(role: Role, body: string | null): void {
  const needs = role === 'INSTANSI_PENERIMA';
  if (needs === (body !== null)) return;
  throw new AppError(
    'VALIDATION_FAILED',
    needs
      ? 'Petugas instansi penerima harus memilih instansinya / A receiving body officer needs a body'
      : 'Hanya petugas instansi penerima yang memiliki instansi / Only receiving body officers have a body',
    { in: 'body', issues: [{ path: ['body'], code: needs ? 'required' : 'not_allowed', message: 'body' }] },
  );
}

export async function createUser(
  db: Database,
  actor: Actor,
  now: Date,
  input: CreateUserRequest,
  by: Requester,
): Promise<{ user: UserView; oneTimePassword: string }> {
  checkRoleScope(input.role, input.scopeCode);
  checkRoleBody(input.role, input.body ?? null);
  if (by !== 'system') authorize(by, 'users.manage', { role: input.role, region: input.scopeCode });
  if (input.scopeCode !== null) await requireRegions(db, [input.scopeCode]);
  if (await findUserByUsername(db, input.username)) throw usernameTaken(input.username);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const id = randomUUID();
  try {
    const row = await mutate(db, actor, now, async (tx) => {
      await insertUser(
        tx,
        {
          id,
          username: input.username,
          displayName: input.displayName,
          email: input.email ?? null,
          role: input.role,
          scopeCode: input.scopeCode,
          body: input.body ?? null,
          passwordHash,
          mustChangePassword: true,
        },
        now,
      );
      return {
        result: (await findUserById(tx, id))!,
        audit: {
          action: 'user.created',
          subjectType: 'user',
          subjectId: id,
          data: { username: input.username, role: input.role, scopeCode: input.scopeCode, body: input.body ?? null },
        },
      };
    });
    return { user: presentUser(row), oneTimePassword };
  } catch (err) {
    // Two admins creating the same username at once: the unique index decides.
    if (pgErrorCode(err) === PG.UNIQUE_VIOLATION) throw usernameTaken(input.username);
    throw err;
  }
}

const usernameTaken = (username: string) =>
  conflict(`Nama pengguna sudah dipakai / Username already taken: ${username}`, { username });

export interface ListUsersInput {
  q?: string;
  role?: Role;
  includeDisabled?: boolean;
  limit: number;
  cursor?: string;
}

export async function listUsers(db: Database, input: ListUsersInput, by: Requester) {
  const offset = offsetOf(input.cursor);
  const reach = by === 'system' ? { region: null, roles: null } : reachOf(by, 'users.read');
  const { rows, total } = await queryUsers(
    db,
    {
      q: input.q,
      role: input.role,
      includeDisabled: input.includeDisabled,
      withinRegion: reach.region,
      roles: reach.roles,
    },
    offset,
    input.limit,
  );
  return offsetPage(rows.map(presentUser), total, offset, input.limit);
}

/**
 * The user another officer (or the operator) is about to change: 404 when unknown; the policy
 * must allow managing that role in that region; nobody changes their own account this way.
 */
export async function managedTarget(db: Database, userId: string, by: Requester): Promise<UserRow> {
  const target = await findUserById(db, userId);
  if (!target) throw notFound(`user ${userId}`);
  if (by !== 'system') {
    authorize(by, 'users.manage', { role: target.role, region: target.scope_code });
    if (by.userId === target.id) {
      throw new AppError(
        'BAD_REQUEST',
        'Tidak dapat mengubah akun sendiri di sini / You cannot change your own account here',
      );
    }
  }
  return target;
}

/**
 * Disables a user, ending all their sessions at once, or enables them again (with the
 * credentials they had). Idempotent.
 */
export async function setUserDisabled(
  db: Database,
  actor: Actor,
  now: Date,
  userId: string,
  by: Requester,
  disabled: boolean,
): Promise<UserView> {
  const target = await managedTarget(db, userId, by);
  if ((target.disabled_at !== null) === disabled) return presentUser(target);
  const row = await mutate(db, actor, now, async (tx) => {
    await setUserDisabledAt(tx, userId, disabled ? now : null, now);
    const data: Record<string, unknown> = { username: target.username };
    if (disabled) data.sessionsRevoked = await deleteUserSessions(tx, userId);
    return {
      result: (await findUserById(tx, userId))!,
      audit: { action: disabled ? 'user.disabled' : 'user.enabled', subjectType: 'user', subjectId: userId, data },
    };
  });
  return presentUser(row);
}
