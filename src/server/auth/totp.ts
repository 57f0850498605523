import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { readableRandom } from './password';

/** TOTP as authenticator apps expect it: SHA1, 6 digits, 30-second steps, ±1 step of drift. */
const ISSUER = 'Netra';
const PERIOD_S = 30;
const WINDOW = 1;

function totpFor(secretBase32: string, username: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function totpEnrollment(secretBase32: string, username: string) {
  const otpauthUri = totpFor(secretBase32, username).toString();
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret: secretBase32, otpauthUri, qrSvg };
}

/**
 * Checks `code` at `now` (the app clock, never Date.now). Returns the matched time step, so the
 * caller can refuse a step already used; null when the code is wrong.
 */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const totp = totpFor(secretBase32, 'x');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The code an authenticator shows at `now`; used by tests and factories. */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'x').generate({ timestamp: now.getTime() });
}

export const RECOVERY_CODE_COUNT = 10;

/** Ten codes like `k7mqx-r2tpa`, shown once. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${readableRandom(5)}-${readableRandom(5)}`);
}

/** Codes are compared case- and dash-insensitively; only this hash is stored. */
export function hashRecoveryCode(code: string): string {
  const normal = code.trim().toLowerCase().replace(/-/g, '');
  return createHash('sha256').update(`netra-recovery:${normal}`).digest('hex');
}
