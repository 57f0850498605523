import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption of small secrets at rest (TOTP secrets now, reporter identity later).
 * AES-256-GCM with a key derived from the configured secret key by HKDF-SHA256 for one purpose,
 * so a key leaked for one use says nothing about another. The optional `aad` binds a ciphertext to
 * its owner (e.g. the user id): moved to another row, it no longer decrypts.
 *
 * Stored form: `v1.<iv>.<ciphertext>.<tag>`, each part base64url.
 */
export type KeyPurpose = 'totp' | 'identity' | 'tracking';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Derived keys per configured secret, so each request does not run HKDF again. */
const derived = new WeakMap<Buffer, Map<KeyPurpose, Buffer>>();

export function deriveKey(secretKey: Buffer, purpose: KeyPurpose): Buffer {
  let keys = derived.get(secretKey);
  if (!keys) derived.set(secretKey, (keys = new Map()));
  let key = keys.get(purpose);
  if (!key)
    keys.set(purpose, (key = Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), `netra:${purpose}:v1`, 32))));
  return key;
}

export interface SecretBox {
  seal(plaintext: string, aad?: string): string;
  /** Throws `SecretBoxError` when the value was tampered with, sealed by another key or another `aad`. */
  open(sealed: string, aad?: string): string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

export function secretBox(secretKey: Buffer, purpose: KeyPurpose): SecretBox {
  const key = deriveKey(secretKey, purpose);
  return {
    seal(plaintext, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      if (aad !== undefined) cipher.setAAD(Buffer.from(aad, 'utf8'));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv, ct, cipher.getAuthTag()]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed, aad) {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretBoxError('not a sealed value');
      const [iv, ct, tag] = parts.slice(1).map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer];
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError('malformed sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError('sealed value failed authentication');
      }
    },
  };
}
