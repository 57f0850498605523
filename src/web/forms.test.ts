import { describe, expect, it } from 'vitest';
import { LoginRequest } from '../shared/api/auth';
import { CreateUserRequest } from '../shared/api/users';
import { createT } from '../shared/i18n';
import { ApiError } from './api';
import { errorUnder, localMessage, serverFieldErrors, serverNestedErrors, validate, withErrors } from './forms';

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

describe('nested forms', () => {
  const issues = [
    { path: ['parties', 0, 'name'], code: 'too_small', message: 'Wajib diisi / Required' },
    { path: ['reporter', 'nik'], code: 'invalid_nik', message: 'NIK tidak dikenal / Unknown NIK' },
  ];
  const err = new ApiError('VALIDATION_FAILED', 400, 'x', { in: 'body', issues });

  it("keys the server's own messages by path, in the chosen language", () => {
    expect(serverNestedErrors(err, 'id')).toEqual({
      'parties.0.name': 'Wajib diisi',
      'reporter.nik': 'NIK tidak dikenal',
    });
    expect(serverNestedErrors(err, 'en')['reporter.nik']).toBe('Unknown NIK');
    expect(serverNestedErrors(new Error('x'), 'id')).toEqual({});
    expect(localMessage('Only one language', 'en')).toBe('Only one language');
  });

  it('finds the first error under a field', () => {
    expect(errorUnder({ 'links.2': 'bad', acts: 'none' }, 'links')).toBe('bad');
    expect(errorUnder({ acts: 'none' }, 'acts')).toBe('none');
    expect(errorUnder({ actsX: 'no' }, 'acts')).toBeUndefined();
  });
});
