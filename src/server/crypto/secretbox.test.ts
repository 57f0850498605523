import { describe, expect, it } from 'vitest';
import { deriveKey, secretBox, SecretBoxError } from './secretbox';

const key = Buffer.alloc(32, 7);

describe('secretbox', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const box = secretBox(key, 'totp');
    const a = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    const b = box.seal('JBSWY3DPEHPK3PXP', 'user-1');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(box.open(a, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another owner, another purpose, another key and any tampering', () => {
    const sealed = secretBox(key, 'totp').seal('secret', 'user-1');
    expect(() => secretBox(key, 'totp').open(sealed, 'user-2')).toThrow(SecretBoxError);
    expect(() => secretBox(key, 'identity').open(sealed, 'user-1')).toThrow(SecretBoxError);
    expect(() => secretBox(Buffer.alloc(32, 8), 'totp').open(sealed, 'user-1')).toThrow(SecretBoxError);
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[2]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      secretBox(key, 'totp').open([parts[0], parts[1], flipped.toString('base64url'), parts[3]].join('.'), 'user-1'),
    ).toThrow(SecretBoxError);
    expect(() => secretBox(key, 'totp').open('garbage', 'user-1')).toThrow(SecretBoxError);
  });

  it('derives distinct keys per purpose', () => {
    expect(deriveKey(key, 'totp').equals(deriveKey(key, 'identity'))).toBe(false);
    expect(deriveKey(key, 'totp')).toHaveLength(32);
  });
});
