import { ACTIONS, type Action } from '../../shared/abilities';
import { ROLES, ROLE_SCOPE_LEVELS, withinScope, type Role } from '../../shared/roles';
import { AppError, authRequired } from '../http/errors';
import type { Principal } from '../auth/principal';

/**
 * Who may do what, and where: the one table of grants (role × action × scope). Everything that
 * decides access goes through `can` / `authorize`; `abilities` hands the same answers to the UI.
 *
 * A grant's `scope`:
 * - `national`: anywhere in the country;
 * - `own`: only inside the officer's own scope region (the region itself and everything under it).
 * For actions about users, `targetRoles` lists the roles the officer may act on: nobody can create
 * or manage an admin or a peer unless the table says so.
 */
export interface Grant {
  scope: 'national' | 'own';
  targetRoles?: readonly Role[];
}

const ALL_ROLES = ROLES;
/** Roles a provincial office oversees (Sentra Gakkumdu and receiving bodies at its level and below). */
const BELOW_PROVINSI: readonly Role[] = [
  'BAWASLU_KABKOTA',
  'PANWASLU_KECAMATAN',
  'PKD',
  'GAKKUMDU_PENYIDIK',
  'GAKKUMDU_JAKSA',
  'INSTANSI_PENERIMA',
];
const BELOW_KABKOTA: readonly Role[] = [
  'PANWASLU_KECAMATAN',
  'PKD',
  'GAKKUMDU_PENYIDIK',
  'GAKKUMDU_JAKSA',
  'INSTANSI_PENERIMA',
];
const BELOW_RI: readonly Role[] = ['BAWASLU_PROVINSI', ...BELOW_PROVINSI];

/** What a Bawaslu office does with intake: see, record, reveal identities and re-route, in its reach. */
const SUPERVISOR = (scope: Grant['scope']): Partial<Record<Action, Grant>> => ({
  'reports.read': { scope },
  'reports.intake': { scope },
  'reports.reveal': { scope },
  'reports.route': { scope },
  'cases.read': { scope },
  'cases.handle': { scope },
  'cases.override': { scope },
  'cases.followup': { scope },
  'gakkumdu.work': { scope },
});

export const POLICIES: Readonly<Record<Role, Partial<Record<Action, Grant>>>> = {
  ADMIN: {
    'users.read': { scope: 'national', targetRoles: ALL_ROLES },
    'users.manage': { scope: 'national', targetRoles: ALL_ROLES },
    'audit.read': { scope: 'national' },
    'elections.manage': { scope: 'national' },
    'holidays.manage': { scope: 'national' },
    // Admins see everything; every reveal of an identity is audited like anyone's.
    'reports.read': { scope: 'national' },
    'reports.reveal': { scope: 'national' },
    'cases.read': { scope: 'national' },
    'templates.manage': { scope: 'national' },
    'index.manage': { scope: 'national' },
  },
  BAWASLU_RI: {
    'users.read': { scope: 'national', targetRoles: ALL_ROLES },
    'users.manage': { scope: 'national', targetRoles: BELOW_RI },
    'audit.read': { scope: 'national' },
    ...SUPERVISOR('national'),
    // The vulnerability index is Bawaslu RI's publication: it imports the indicator values.
    'index.manage': { scope: 'national' },
  },
  BAWASLU_PROVINSI: {
    'users.read': { scope: 'own', targetRoles: BELOW_PROVINSI },
    'users.manage': { scope: 'own', targetRoles: BELOW_PROVINSI },
    ...SUPERVISOR('own'),
  },
  BAWASLU_KABKOTA: {
    'users.read': { scope: 'own', targetRoles: BELOW_KABKOTA },
    'users.manage': { scope: 'own', targetRoles: BELOW_KABKOTA },
    ...SUPERVISOR('own'),
  },
  // District and village supervisors see what happens in their area and record findings and
  // walk-ins; revealing identities and re-routing belong to the handling Bawaslu office.
  PANWASLU_KECAMATAN: {
    'reports.read': { scope: 'own' },
    'reports.intake': { scope: 'own' },
    'cases.read': { scope: 'own' },
  },
  PKD: {
    'reports.read': { scope: 'own' },
    'reports.intake': { scope: 'own' },
    'cases.read': { scope: 'own' },
  },
  // Investigators and prosecutors work only on cases shared with their Sentra Gakkumdu (the case
  // service checks the share); receiving bodies only on forwardings addressed to their body.
  GAKKUMDU_PENYIDIK: { 'gakkumdu.work': { scope: 'own' } },
  GAKKUMDU_JAKSA: { 'gakkumdu.work': { scope: 'own' } },
  INSTANSI_PENERIMA: { 'cases.followup': { scope: 'own' } },
};

/** What policies need of a principal (tests can pass plain objects). */
export type PolicySubject = Pick<Principal, 'role' | 'scopeCode' | 'mfaPassed' | 'mustChangePassword'>;

/** What an action is about: a region (null = national) and, for user actions, the target's role. */
export interface PolicyTarget {
  region?: string | null;
  role?: Role;
}

type Decision = { ok: true } | { ok: false; code: 'FORBIDDEN' | 'OUT_OF_SCOPE'; region?: string | null };

function fullySignedIn(p: PolicySubject): boolean {
  return p.mfaPassed && !p.mustChangePassword;
}

/** The region a grant reaches: null for the whole country. */
function reach(p: PolicySubject, grant: Grant): string | null {
  return grant.scope === 'national' ? null : p.scopeCode;
}

function decide(p: PolicySubject, action: Action, target?: PolicyTarget): Decision {
  const grant = fullySignedIn(p) ? POLICIES[p.role][action] : undefined;
  if (!grant) return { ok: false, code: 'FORBIDDEN' };
  // `own` without a scope region means "everywhere": only for roles that may hold a national scope
  // (a receiving body such as BKN); for any other role refuse rather than widen.
  if (grant.scope === 'own' && p.scopeCode === null && !ROLE_SCOPE_LEVELS[p.role].includes('national')) {
    return { ok: false, code: 'FORBIDDEN' };
  }
  if (target?.role !== undefined && grant.targetRoles && !grant.targetRoles.includes(target.role)) {
    return { ok: false, code: 'FORBIDDEN' };
  }
  if (target?.region !== undefined) {
    const scope = reach(p, grant);
    const inside = target.region === null ? scope === null : withinScope(scope, target.region);
    if (!inside) return { ok: false, code: 'OUT_OF_SCOPE', region: target.region };
  }
  return { ok: true };
}

export function can(p: PolicySubject, action: Action, target?: PolicyTarget): boolean {
  return decide(p, action, target).ok;
}

/**
 * Throws 401 AUTH_REQUIRED (nobody signed in), 403 FORBIDDEN (action or target role not allowed)
 * or 403 OUT_OF_SCOPE (region outside the officer's scope).
 */
export function authorize(p: PolicySubject | null, action: Action, target?: PolicyTarget): asserts p is PolicySubject {
  if (!p) throw authRequired();
  const d = decide(p, action, target);
  if (d.ok) return;
  if (d.code === 'OUT_OF_SCOPE') {
    const region = d.region ?? 'nasional / national';
    throw new AppError('OUT_OF_SCOPE', `Di luar wilayah tugas Anda / Outside your scope: ${region}`, {
      region: d.region,
    });
  }
  throw new AppError('FORBIDDEN', 'Tidak diizinkan / Not allowed', { action });
}

/** The actions the officer may take somewhere; empty until fully signed in. For `GET /api/me`. */
export function abilities(p: PolicySubject): Action[] {
  return ACTIONS.filter((action) => can(p, action));
}

/**
 * For list queries: the region and roles an action reaches, to filter rows in SQL.
 * Throws like `authorize` when the action is not granted at all.
 */
export function reachOf(p: PolicySubject, action: Action): { region: string | null; roles: readonly Role[] | null } {
  authorize(p, action);
  const grant = POLICIES[p.role][action]!;
  return { region: reach(p, grant), roles: grant.targetRoles ?? null };
}
