/**
 * Tracking codes given to reporters: 15 random symbols and 1 check symbol (Luhn mod 30) over an
 * alphabet without lookalikes, shown as 'K7QM-4XRT-9BHD-2NPW'. 15 × log2(30) ≈ 73.6 bits of entropy.
 * The check symbol catches every single substituted symbol and every adjacent transposition except
 * '2' ↔ 'Z' (the first and last symbols, the one blind spot of Luhn mod N).
 */

/** 30 symbols: digits and capitals without 0, 1, I, L, O, U. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

const N = TRACKING_ALPHABET.length;
const RANDOM_SYMBOLS = 15;
const CODE_LENGTH = RANDOM_SYMBOLS + 1;
/** Bytes below 240 (= 8 × 30) map uniformly onto the alphabet with `% 30`; the rest are discarded. */
const ACCEPT_BELOW = 256 - (256 % N);

/** Luhn mod N check symbol for `payload` (symbols of the alphabet, without its check symbol). */
function checkSymbol(payload: string): string {
  let sum = 0;
  for (let i = payload.length - 1, factor = 2; i >= 0; i -= 1, factor = 3 - factor) {
    const addend = factor * TRACKING_ALPHABET.indexOf(payload.charAt(i));
    sum += Math.floor(addend / N) + (addend % N);
  }
  return TRACKING_ALPHABET.charAt((N - (sum % N)) % N);
}

/** 'XXXX-XXXX-XXXX-XXXX' from 16 symbols. */
function group(symbols: string): string {
  return [0, 4, 8, 12].map((i) => symbols.slice(i, i + 4)).join('-');
}

/**
 * A new code from random bytes by rejection sampling (bytes ≥ 240 are skipped). 16 bytes suffice
 * on average; with 32 bytes running out has odds of about 4e-14, with 64 about 1e-47 — pass 64
 * (e.g. `crypto.randomBytes(64)`). Throws an Error when the bytes run out before 15 symbols.
 */
export function trackingCodeFromBytes(random: Uint8Array): string {
  let payload = '';
  for (const byte of random) {
    if (payload.length === RANDOM_SYMBOLS) break;
    if (byte < ACCEPT_BELOW) payload += TRACKING_ALPHABET.charAt(byte % N);
  }
  if (payload.length < RANDOM_SYMBOLS) throw new Error('Not enough random bytes for a tracking code');
  return group(payload + checkSymbol(payload));
}

/**
 * The canonical 'XXXX-XXXX-XXXX-XXXX' form of a code as typed (any case; spaces, dashes and dots
 * ignored), or null when a symbol is outside the alphabet, the length is not 16 or the check fails.
 */
export function normalizeTrackingCode(input: string): string | null {
  if (input.length > 4 * CODE_LENGTH) return null; // far longer than any spelling of a code
  const symbols = input.replace(/[\s.-]/g, '').replace(/[a-z]/g, (c) => c.toUpperCase());
  if (symbols.length !== CODE_LENGTH) return null;
  for (const c of symbols) if (!TRACKING_ALPHABET.includes(c)) return null;
  if (checkSymbol(symbols.slice(0, RANDOM_SYMBOLS)) !== symbols.charAt(RANDOM_SYMBOLS)) return null;
  return group(symbols);
}

/** True when `normalizeTrackingCode` accepts the input. */
export function isWellFormedTrackingCode(input: string): boolean {
  return normalizeTrackingCode(input) !== null;
}
