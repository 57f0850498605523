import { createHash, createHmac, randomBytes } from 'node:crypto';
import { trackingCodeFromBytes } from '../../domain/intake/tracking-code';
import { deriveKey } from '../crypto/secretbox';

/**
 * A new tracking code. With an idempotency key the code is derived from it (HMAC with a server
 * key), so a retried submission gets the very same code without the code ever being stored;
 * without one it is random. Either way it is unguessable without the server's secret.
 */
export function newTrackingCode(secretKey: Buffer, scope: string, idempotencyKey: string | null): string {
  if (idempotencyKey === null) return trackingCodeFromBytes(randomBytes(64));
  const key = deriveKey(secretKey, 'tracking');
  const bytes = Buffer.concat(
    [0, 1].map((i) => createHmac('sha256', key).update(`${scope}\u0000${idempotencyKey}\u0000${i}`).digest()),
  );
  return trackingCodeFromBytes(bytes);
}

/** What is stored of a tracking code: its SHA-256 (the code has ~73 random bits; no salt needed). */
export function hashTrackingCode(canonicalCode: string): string {
  return createHash('sha256').update(`tracking:${canonicalCode}`).digest('hex');
}

/** What is stored of an idempotency key, scoped so a report key cannot collide with a tip key. */
export function hashIdempotencyKey(scope: string, key: string): string {
  return createHash('sha256').update(`idem:${scope}:${key}`).digest('hex');
}

/** A fingerprint of a submission (body and file hashes), to tell a retry from a reused key. */
export function fingerprintOf(body: unknown, fileHashes: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(body)).update('\u0000').update(fileHashes.join(',')).digest('hex');
}
