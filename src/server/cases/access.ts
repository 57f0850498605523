import type { Action } from '../../shared/abilities';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import { AppError, notFound } from '../http/errors';
import { authorize, can } from '../policies';
import * as repo from './repository';

/**
 * What one officer may do with one case. Supervisors read cases handled by an office in their
 * reach or that happened in their area (a regency office still reads a case it delegated up to the
 * province; the inbox lists only what the office handles); they handle only their offices' cases.
 * A receiving body reaches only the cases forwarded to it; Sentra Gakkumdu members only the cases
 * shared with their centre.
 */
export interface CaseAccess {
  read: boolean;
  handle: boolean;
  override: boolean;
  /** 'any': a supervisor records follow-up on the body's behalf; a body code: only its forwardings. */
  followUp: 'any' | string | null;
  gakkumdu: boolean;
}

export interface CaseLinks {
  centreCode: string | null;
  bodies: string[];
}

export async function findCaseLinks(db: Queryable, id: string): Promise<CaseLinks> {
  const { rows } = await db.query<{ centre_code: string | null; bodies: string[] | null }>(
    `SELECT (SELECT centre_code FROM gakkumdu_cases WHERE case_id = $1) AS centre_code,
            ARRAY(SELECT DISTINCT body FROM forwardings WHERE case_id = $1) AS bodies`,
    [id],
  );
  return { centreCode: rows[0]?.centre_code ?? null, bodies: rows[0]?.bodies ?? [] };
}

export function accessTo(p: Principal, row: repo.CaseRow, links: CaseLinks): CaseAccess {
  const office = { region: row.office_code };
  const supervisorRead =
    can(p, 'cases.read', office) ||
    (row.incident_region_code !== null && can(p, 'cases.read', { region: row.incident_region_code }));
  let followUp: CaseAccess['followUp'] = null;
  if (can(p, 'cases.followup', office)) {
    if (p.role !== 'INSTANSI_PENERIMA') followUp = 'any';
    else if (p.body !== null && links.bodies.includes(p.body)) followUp = p.body;
  }
  const gakkumdu = links.centreCode !== null && can(p, 'gakkumdu.work', { region: links.centreCode });
  return {
    read: supervisorRead || followUp !== null || gakkumdu,
    handle: can(p, 'cases.handle', office),
    override: can(p, 'cases.override', office),
    followUp,
    gakkumdu,
  };
}

/** Abilities that reach some cases; an officer with none of them gets 403 on every case route. */
const CASE_ACTIONS: readonly Action[] = ['cases.read', 'gakkumdu.work', 'cases.followup'];

/**
 * The case if this officer may see it. 403 for an officer who sees no cases at all; 404 for a case
 * that does not exist or lies outside what they see — the two are not told apart.
 */
export async function visibleCase(
  db: Queryable,
  p: Principal,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<{ row: repo.CaseRow; access: CaseAccess; links: CaseLinks }> {
  if (!CASE_ACTIONS.some((a) => can(p, a))) authorize(p, 'cases.read');
  const row = await repo.findCase(db, id, opts);
  if (!row) throw notFound('perkara / case');
  const links = await findCaseLinks(db, id);
  const access = accessTo(p, row, links);
  if (!access.read) throw notFound('perkara / case');
  return { row, access, links };
}

/** 403 unless the access allows `what`. */
export function requireAccess(access: CaseAccess, what: 'handle' | 'override' | 'followUp' | 'gakkumdu'): void {
  if (access[what]) return;
  throw new AppError('FORBIDDEN', 'Tidak diizinkan / Not allowed', { action: what });
}
