import type { RegionSummary } from '../../shared/api/regions';
import type { UserView } from '../../shared/api/users';
import { presentRegion } from '../regions/presenter';
import type { RegionRecord } from '../regions/repository';
import type { UserRow } from './repository';

/** The scope region joined onto a users row, as a RegionSummary; null for national users. */
export function presentScope(
  row: Pick<UserRow, 'scope_code' | 'region_name' | 'region_level' | 'region_parent_code' | 'region_time_zone'>,
): RegionSummary | null {
  if (row.scope_code === null || row.region_name === null) return null;
  return presentRegion({
    code: row.scope_code,
    name: row.region_name,
    level: row.region_level as RegionRecord['level'],
    parent_code: row.region_parent_code,
    time_zone: row.region_time_zone as RegionRecord['time_zone'],
  });
}

/**
 * A user as the API shows it. The field list is explicit: the password hash, TOTP secrets and
 * login counters never leave the server.
 */
export function presentUser(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    scope: presentScope(row),
    body: (row.body as UserView['body']) ?? null,
    totpEnabled: row.totp_enabled_at !== null,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}
