import { describe, expect, it } from 'vitest';
import type { Action } from '../../shared/abilities';
import type { Role } from '../../shared/roles';
import { AppError } from '../http/errors';
import { abilities, authorize, can, reachOf, type PolicySubject, type PolicyTarget } from '.';

const who = (role: Role, scopeCode: string | null, extra: Partial<PolicySubject> = {}): PolicySubject => ({
  role,
  scopeCode,
  mfaPassed: true,
  mustChangePassword: false,
  ...extra,
});

const admin = who('ADMIN', null);
const ri = who('BAWASLU_RI', null);
const prov = who('BAWASLU_PROVINSI', '36');
const kab = who('BAWASLU_KABKOTA', '36.03');
const pkd = who('PKD', '36.03.01.2001');
const penyidik = who('GAKKUMDU_PENYIDIK', '36');

type Row = [string, PolicySubject, Action, PolicyTarget | undefined, 'ok' | 'FORBIDDEN' | 'OUT_OF_SCOPE'];

const table: Row[] = [
  // admin: everything, everywhere
  ['admin creates an admin', admin, 'users.manage', { role: 'ADMIN', region: null }, 'ok'],
  ['admin manages elections', admin, 'elections.manage', undefined, 'ok'],
  ['admin manages holidays', admin, 'holidays.manage', undefined, 'ok'],
  ['admin reads audit', admin, 'audit.read', undefined, 'ok'],
  ['admin imports index values', admin, 'index.manage', undefined, 'ok'],
  // Bawaslu RI: national, but not admins or peers
  ['RI reads any user', ri, 'users.read', { role: 'ADMIN', region: null }, 'ok'],
  ['RI creates a province office', ri, 'users.manage', { role: 'BAWASLU_PROVINSI', region: '32' }, 'ok'],
  ['RI cannot create an admin', ri, 'users.manage', { role: 'ADMIN', region: null }, 'FORBIDDEN'],
  ['RI cannot create a peer', ri, 'users.manage', { role: 'BAWASLU_RI', region: null }, 'FORBIDDEN'],
  ['RI reads audit', ri, 'audit.read', undefined, 'ok'],
  ['RI cannot manage elections', ri, 'elections.manage', undefined, 'FORBIDDEN'],
  ['RI imports index values', ri, 'index.manage', undefined, 'ok'],
  ['prov cannot import index values', prov, 'index.manage', undefined, 'FORBIDDEN'],
  // Bawaslu Provinsi: inside its province, lower roles
  ['prov creates a regency office inside', prov, 'users.manage', { role: 'BAWASLU_KABKOTA', region: '36.03' }, 'ok'],
  ['prov creates Gakkumdu at its own level', prov, 'users.manage', { role: 'GAKKUMDU_JAKSA', region: '36' }, 'ok'],
  [
    'prov cannot reach another province',
    prov,
    'users.manage',
    { role: 'BAWASLU_KABKOTA', region: '32.01' },
    'OUT_OF_SCOPE',
  ],
  ['prov cannot reach a look-alike code', prov, 'users.read', { role: 'PKD', region: '361.01' }, 'OUT_OF_SCOPE'],
  ['prov cannot create a peer', prov, 'users.manage', { role: 'BAWASLU_PROVINSI', region: '36' }, 'FORBIDDEN'],
  ['prov cannot create RI', prov, 'users.manage', { role: 'BAWASLU_RI', region: null }, 'FORBIDDEN'],
  ['prov cannot reach national users', prov, 'users.read', { role: 'INSTANSI_PENERIMA', region: null }, 'OUT_OF_SCOPE'],
  ['prov has no audit', prov, 'audit.read', undefined, 'FORBIDDEN'],
  // Bawaslu Kab/Kota
  ['kab creates a PKD in its village', kab, 'users.manage', { role: 'PKD', region: '36.03.01.2001' }, 'ok'],
  ['kab creates a district office', kab, 'users.manage', { role: 'PANWASLU_KECAMATAN', region: '36.03.01' }, 'ok'],
  [
    'kab cannot reach the province level',
    kab,
    'users.manage',
    { role: 'GAKKUMDU_PENYIDIK', region: '36' },
    'OUT_OF_SCOPE',
  ],
  ['kab cannot reach a sibling regency', kab, 'users.manage', { role: 'PKD', region: '36.04.01.2001' }, 'OUT_OF_SCOPE'],
  ['kab cannot create a peer', kab, 'users.manage', { role: 'BAWASLU_KABKOTA', region: '36.03' }, 'FORBIDDEN'],
  ['kab cannot create its superior', kab, 'users.manage', { role: 'BAWASLU_PROVINSI', region: '36' }, 'FORBIDDEN'],
  ['kab cannot manage elections', kab, 'elections.manage', undefined, 'FORBIDDEN'],
  // nobody else yet
  ['PKD reads no users', pkd, 'users.read', undefined, 'FORBIDDEN'],
  ['Gakkumdu manages no users', penyidik, 'users.manage', { role: 'PKD', region: '36.03.01.2001' }, 'FORBIDDEN'],
  // not fully signed in: nothing
  ['admin before TOTP', who('ADMIN', null, { mfaPassed: false }), 'users.read', undefined, 'FORBIDDEN'],
  [
    'admin before the password change',
    who('ADMIN', null, { mustChangePassword: true }),
    'audit.read',
    undefined,
    'FORBIDDEN',
  ],
  // a misconfigured regional officer without a scope gets nothing, not everything
  [
    'kab without scope',
    who('BAWASLU_KABKOTA', null),
    'users.read',
    { role: 'PKD', region: '36.03.01.2001' },
    'FORBIDDEN',
  ],
];

describe('policies', () => {
  it.each(table)('%s', (_name, subject, action, target, expected) => {
    expect(can(subject, action, target)).toBe(expected === 'ok');
    if (expected === 'ok') {
      expect(() => authorize(subject, action, target)).not.toThrow();
    } else {
      let code: string | undefined;
      try {
        authorize(subject, action, target);
      } catch (err) {
        code = err instanceof AppError ? err.code : String(err);
      }
      expect(code).toBe(expected);
    }
  });

  it('abilities list what the role may do somewhere, and nothing before sign-in completes', () => {
    expect(abilities(admin)).toEqual([
      'users.read',
      'users.manage',
      'audit.read',
      'elections.manage',
      'holidays.manage',
      'reports.read',
      'reports.reveal',
      'cases.read',
      'templates.manage',
      'index.manage',
    ]);
    const supervisor = [
      'reports.read',
      'reports.intake',
      'reports.reveal',
      'reports.route',
      'cases.read',
      'cases.handle',
      'cases.override',
      'cases.followup',
      'gakkumdu.work',
    ];
    expect(abilities(ri)).toEqual(['users.read', 'users.manage', 'audit.read', ...supervisor, 'index.manage']);
    expect(abilities(kab)).toEqual(['users.read', 'users.manage', ...supervisor]);
    expect(abilities(pkd)).toEqual(['reports.read', 'reports.intake', 'cases.read']);
    expect(abilities(who('GAKKUMDU_JAKSA', '36.03'))).toEqual(['gakkumdu.work']);
    // A national receiving body (BKN) records follow-up anywhere; `own` with no scope is national only for roles allowed one.
    expect(abilities(who('INSTANSI_PENERIMA', null))).toEqual(['cases.followup']);
    expect(abilities(who('GAKKUMDU_JAKSA', null))).toEqual([]);
    expect(abilities(who('ADMIN', null, { mfaPassed: false }))).toEqual([]);
  });

  it('reachOf gives list queries their region and roles', () => {
    expect(reachOf(admin, 'users.read')).toEqual({ region: null, roles: expect.arrayContaining(['ADMIN', 'PKD']) });
    expect(reachOf(kab, 'users.read')).toEqual({
      region: '36.03',
      roles: expect.not.arrayContaining(['BAWASLU_KABKOTA']),
    });
    expect(() => reachOf(pkd, 'users.read')).toThrow(AppError);
  });
});
