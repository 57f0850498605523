import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles';
import type { Principal } from '../auth/principal';
import { AppError } from '../http/errors';
import { authorize } from '.';

const principal = (role: Principal['role']): Principal => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  role,
  scopeCode: role === 'ADMIN' || role === 'BAWASLU_RI' ? null : '36',
  body: null,
  mfaPassed: true,
  mustChangePassword: false,
  totpEnabled: true,
  sessionTokenHash: 'x',
});

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'allowed';
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
};

describe('authorize: reference data (elections, holidays)', () => {
  it('asks for a session first', () => {
    expect(codeOf(() => authorize(null, 'elections.manage'))).toBe('AUTH_REQUIRED');
  });

  it.each(ROLES.map((r) => [r, r === 'ADMIN' ? 'allowed' : 'FORBIDDEN']))(
    '%s managing elections and holidays: %s',
    (role, expected) => {
      expect(codeOf(() => authorize(principal(role), 'elections.manage'))).toBe(expected);
      expect(codeOf(() => authorize(principal(role), 'holidays.manage'))).toBe(expected);
    },
  );
});
