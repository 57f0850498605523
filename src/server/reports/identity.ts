import { createHash } from 'node:crypto';
import type { Config } from '../config';
import { deriveKey, secretBox } from '../crypto/secretbox';

/** A reporter's identity: sealed at rest as one value, bound to its report by the report id. */
export interface ReporterIdentity {
  name: string;
  nik: string;
  address: string;
  phone: string;
  email: string | null;
}

export interface WitnessIdentity {
  name: string;
  contact: string | null;
}

/**
 * Which key sealed a value: a short fingerprint of the derived identity key, stored beside the
 * ciphertext so that a key rotation can tell old values from new ones.
 */
export function identityKeyId(config: Pick<Config, 'secretKey'>): string {
  return createHash('sha256').update(deriveKey(config.secretKey, 'identity')).digest('hex').slice(0, 16);
}

export function sealIdentity(config: Pick<Config, 'secretKey'>, reportId: string, value: unknown): string {
  return secretBox(config.secretKey, 'identity').seal(JSON.stringify(value), `report:${reportId}`);
}

export function openIdentity<T>(config: Pick<Config, 'secretKey'>, reportId: string, sealed: string): T {
  return JSON.parse(secretBox(config.secretKey, 'identity').open(sealed, `report:${reportId}`)) as T;
}

/** "Siti Aminah" → "S*** A***": enough for an officer to tell reports apart, not to identify. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${Array.from(w)[0] ?? ''}***`)
    .join(' ');
}
