import type { Role } from '../../shared/roles';
import type { Queryable } from '../db/db';

/** A users row with its scope region joined (null columns for national users). */
export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  role: Role;
  scope_code: string | null;
  body: string | null;
  password_hash: string;
  must_change_password: boolean;
  totp_secret_enc: string | null;
  totp_pending_enc: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | string | null;
  disabled_at: Date | null;
  created_at: Date;
  region_name: string | null;
  region_level: string | null;
  region_parent_code: string | null;
  region_time_zone: string | null;
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.email, u.role, u.scope_code, u.body, u.password_hash,
       u.must_change_password, u.totp_secret_enc, u.totp_pending_enc, u.totp_enabled_at, u.totp_last_step,
       u.disabled_at, u.created_at,
       r.name AS region_name, r.level AS region_level, r.parent_code AS region_parent_code, r.time_zone AS region_time_zone
  FROM users u LEFT JOIN regions r ON r.code = u.scope_code`;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`${SELECT} WHERE u.username = $1`, [username]);
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(`${SELECT} WHERE u.id = $1`, [id]);
  return rows[0] ?? null;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  scopeCode: string | null;
  body: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

export async function insertUser(db: Queryable, u: NewUser, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO users (id, username, display_name, email, role, scope_code, password_hash, must_change_password, created_at, updated_at, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)`,
    [u.id, u.username, u.displayName, u.email, u.role, u.scopeCode, u.passwordHash, u.mustChangePassword, now, u.body],
  );
}

/** Disables a user at `disabledAt`, or enables them again with null. */
export async function setUserDisabledAt(
  tx: Queryable,
  userId: string,
  disabledAt: Date | null,
  now: Date,
): Promise<void> {
  await tx.query('UPDATE users SET disabled_at = $2, updated_at = $3 WHERE id = $1', [userId, disabledAt, now]);
}

export async function countUsers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]!.n;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  includeDisabled?: boolean;
  /** Only users whose scope lies inside this region (null: no restriction). */
  withinRegion: string | null;
  /** Only these roles (null: any). */
  roles: readonly Role[] | null;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsers(
  db: Queryable,
  f: UserFilter,
  offset: number,
  limit: number,
): Promise<{ rows: UserRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (!f.includeDisabled) where.push('u.disabled_at IS NULL');
  if (f.q) {
    const like = p(`%${likeEscape(f.q)}%`);
    where.push(`(u.username ILIKE ${like} OR u.display_name ILIKE ${like} OR u.email ILIKE ${like})`);
  }
  if (f.role) where.push(`u.role = ${p(f.role)}`);
  if (f.roles) where.push(f.roles.length ? `u.role IN (${f.roles.map((r) => p(r)).join(', ')})` : 'false');
  if (f.withinRegion !== null) {
    where.push(`(u.scope_code = ${p(f.withinRegion)} OR u.scope_code LIKE ${p(`${f.withinRegion}.%`)})`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users u ${clause}`, params);
  const { rows } = await db.query<UserRow>(
    `${SELECT} ${clause} ORDER BY u.username LIMIT ${p(limit)} OFFSET ${p(offset)}`,
    params,
  );
  return { rows, total: total.rows[0]!.n };
}
