import { describe, expect, it } from 'vitest';
import { dummyVerify, generateOneTimePassword, hashPassword, verifyPassword } from './password';
import { generateRecoveryCodes, hashRecoveryCode, matchTotp, totpCodeAt } from './totp';

describe('passwords', () => {
  it('hashes with scrypt, parameters and salt in the string', async () => {
    const h = await hashPassword('kata sandi rahasia');
    expect(h).toMatch(/^scrypt\$ln=15,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await hashPassword('kata sandi rahasia')).not.toBe(h);
    expect(await verifyPassword('kata sandi rahasia', h)).toBe(true);
    expect(await verifyPassword('kata sandi rahasiA', h)).toBe(false);
  });

  it('treats malformed or extravagant stored hashes as a mismatch', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', `scrypt$ln=30,r=8,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`)).toBe(false);
    expect(await dummyVerify('anything')).toBe(false);
  });

  it('one-time passwords are long, readable and random', () => {
    const a = generateOneTimePassword();
    expect(a).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(a).not.toMatch(/[01ilo]/);
    expect(generateOneTimePassword()).not.toBe(a);
  });
});

describe('TOTP and recovery codes', () => {
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const t = new Date('2024-11-18T03:00:00.000Z');

  it('matches codes within one step either side and reports the step', () => {
    const step = Math.floor(t.getTime() / 30_000);
    expect(matchTotp(secret, totpCodeAt(secret, t), t)).toBe(step);
    expect(matchTotp(secret, totpCodeAt(secret, new Date(t.getTime() - 30_000)), t)).toBe(step - 1);
    expect(matchTotp(secret, totpCodeAt(secret, new Date(t.getTime() + 30_000)), t)).toBe(step + 1);
    expect(matchTotp(secret, totpCodeAt(secret, new Date(t.getTime() + 90_000)), t)).toBeNull();
  });

  it('recovery codes: ten, distinct, hashed case- and dash-insensitively', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(hashRecoveryCode(codes[0]!)).toBe(hashRecoveryCode(codes[0]!.toUpperCase().replace('-', '')));
    expect(hashRecoveryCode(codes[0]!)).toMatch(/^[0-9a-f]{64}$/);
  });
});
