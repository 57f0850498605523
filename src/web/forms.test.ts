import { describe, expect, it } from 'vitest';
import { LoginRequest } from '../shared/api/auth';
import { CreateUserRequest } from '../shared/api/users';
import { createT } from '../shared/i18n';
import { ApiError } from './api';
import { serverFieldErrors, validate, withErrors } from './forms';

describe('form validation with the shared schemas', () => {
  it('reports empty fields in the chosen language', () => {
    const id = validate(LoginRequest, { username: '', password: '' }, createT('id'));
    expect(id).toEqual({ ok: false, errors: { username: 'Wajib diisi.', password: 'Wajib diisi.' } });
    const en = validate(LoginRequest, { username: ' ', password: 'x' }, createT('en'));
    expect(en).toEqual({ ok: false, errors: { username: 'Required.' } });
  });

  it('returns the parsed data (trimmed, lower-cased) when valid', () => {
    expect(validate(LoginRequest, { username: ' Siti ', password: 'p' }, createT('id'))).toEqual({
      ok: true,
      data: { username: 'siti', password: 'p' },
    });
  });

  it('uses field hints for format errors', () => {
    const result = validate(
      CreateUserRequest,
      { username: 'A B', displayName: 'Siti', email: 'not-an-email', role: 'PKD', scopeCode: null },
      createT('id'),
      { username: 'field.username' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.username).toContain('3–64 huruf kecil');
      expect(result.errors.email).toBe('Alamat surel tidak valid.');
    }
  });

  it('maps server validation issues to fields', () => {
    const err = new ApiError('VALIDATION_FAILED', 400, 'x', {
      in: 'body',
      issues: [{ path: ['displayName'], code: 'too_small', message: 'm' }],
    });
    expect(serverFieldErrors(err, createT('en'))).toEqual({ displayName: 'Required.' });
  });

  it('maps nothing from a failure that is not a validation answer', () => {
    expect(serverFieldErrors(new ApiError('CONFLICT', 409, 'x'), createT('en'))).toEqual({});
    expect(serverFieldErrors(new TypeError('offline'), createT('en'))).toEqual({});
  });

  it("adds errors found outside the schema, which win over the schema's", () => {
    const t = createT('en');
    const ok = validate(LoginRequest, { username: 'siti', password: 'p' }, t);
    expect(withErrors(ok, {})).toBe(ok);
    expect(withErrors(ok, { repeat: 'differs' })).toEqual({ ok: false, errors: { repeat: 'differs' } });
    const bad = validate(LoginRequest, { username: '', password: '' }, t);
    expect(withErrors(bad, { password: 'other' })).toEqual({
      ok: false,
      errors: { username: 'Required.', password: 'other' },
    });
  });
});
