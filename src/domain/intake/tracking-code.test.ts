import { describe, expect, it } from 'vitest';
import {
  isWellFormedTrackingCode,
  normalizeTrackingCode,
  TRACKING_ALPHABET,
  trackingCodeFromBytes,
} from './tracking-code';

/** Deterministic pseudo-random bytes (xorshift32), so failures are reproducible. */
function pseudoRandomBytes(seed: number, length: number): Uint8Array {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const SAMPLE = Array.from({ length: 40 }, (_, i) => trackingCodeFromBytes(pseudoRandomBytes(i + 1, 64)));
const bare = (code: string) => code.replaceAll('-', '');

describe('TRACKING_ALPHABET', () => {
  it('has 30 distinct symbols and no lookalikes', () => {
    expect(TRACKING_ALPHABET).toHaveLength(30);
    expect(new Set(TRACKING_ALPHABET).size).toBe(30);
    for (const c of '01ILOU') expect(TRACKING_ALPHABET).not.toContain(c);
  });
});

describe('trackingCodeFromBytes', () => {
  it.each([
    [Array.from({ length: 15 }, (_, i) => i), '2345-6789-ABCD-EFGN'],
    [[240, 255, 30, 239, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 1, 2, 3], '2ZCD-EFGH-JKMN-P34A'],
    [Array.from({ length: 15 }, () => 0), '2222-2222-2222-2222'],
    [Array.from({ length: 15 }, () => 29), 'ZZZZ-ZZZZ-ZZZZ-ZZZH'],
    [Array.from({ length: 15 }, (_, i) => i + 15), 'HJKM-NPQR-STVW-XYZW'],
  ])('%j → %s', (bytes, expected) => {
    expect(trackingCodeFromBytes(Uint8Array.from(bytes))).toBe(expected);
  });

  it('is deterministic and ignores bytes after the 15th symbol', () => {
    const bytes = pseudoRandomBytes(7, 64);
    const code = trackingCodeFromBytes(bytes);
    expect(trackingCodeFromBytes(bytes)).toBe(code);
    const changedTail = Uint8Array.from(bytes);
    changedTail.fill(5, 40);
    expect(trackingCodeFromBytes(changedTail)).toBe(code);
  });

  it('maps the accepted byte values uniformly onto the alphabet', () => {
    const counts = new Map<string, number>();
    for (let b = 0; b < 240; b += 1) {
      const first = trackingCodeFromBytes(Uint8Array.from([b, ...new Array<number>(14).fill(0)])).charAt(0);
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...TRACKING_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it.each([
    ['no bytes', []],
    ['14 bytes', new Array<number>(14).fill(7)],
    ['15 bytes with one rejected', [...new Array<number>(14).fill(7), 240]],
    ['only rejected bytes', new Array<number>(64).fill(250)],
  ])('throws when the bytes run out: %s', (_label, bytes) => {
    expect(() => trackingCodeFromBytes(Uint8Array.from(bytes))).toThrow(Error);
  });

  it('generates well-formed, canonical codes', () => {
    expect(new Set(SAMPLE).size).toBe(SAMPLE.length);
    for (const code of SAMPLE) {
      expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(?:-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(normalizeTrackingCode(code)).toBe(code);
      expect(isWellFormedTrackingCode(code)).toBe(true);
    }
  });
});

describe('normalizeTrackingCode', () => {
  it.each([
    ['2ZCD-EFGH-JKMN-P34A', '2ZCD-EFGH-JKMN-P34A'],
    ['2zcd-efgh-jkmn-p34a', '2ZCD-EFGH-JKMN-P34A'],
    ['2ZCD EFGH JKMN P34A', '2ZCD-EFGH-JKMN-P34A'],
    ['  2zcd efgh\tjkmn p34a\n', '2ZCD-EFGH-JKMN-P34A'],
    ['2ZCD.EFGH.JKMN.P34A', '2ZCD-EFGH-JKMN-P34A'],
    ['2ZCDEFGHJKMNP34A', '2ZCD-EFGH-JKMN-P34A'],
    ['2Z-CDE-FGHJ-KMNP-34A', '2ZCD-EFGH-JKMN-P34A'], // grouping as typed does not matter
  ])('%j → %s', (input, expected) => {
    expect(normalizeTrackingCode(input)).toBe(expected);
    expect(isWellFormedTrackingCode(input)).toBe(true);
  });

  it.each([
    ['2ZCD-EFGH-JKMN-P34', 'length 15'],
    ['2ZCD-EFGH-JKMN-P34AA', 'length 17'],
    ['', 'empty'],
    ['2ZCD-EFGH-JKMN-P34B', 'wrong check symbol'],
    ['0ZCD-EFGH-JKMN-P34A', 'zero'],
    ['OZCD-EFGH-JKMN-P34A', 'letter O'],
    ['1ZCD-EFGH-JKMN-P34A', 'one'],
    ['IZCD-EFGH-JKMN-P34A', 'letter I'],
    ['LZCD-EFGH-JKMN-P34A', 'letter L'],
    ['UZCD-EFGH-JKMN-P34A', 'letter U'],
    ['2ZCD_EFGH_JKMN_P34A', 'underscores'],
    ['２ZCD-EFGH-JKMN-P34A', 'full-width digit'],
    ['2ZCD-EFGH-JKMN-P3ß', 'ß does not become SS'],
    [`2ZCD${' '.repeat(100)}EFGHJKMNP34A`, 'absurdly long'],
  ])('%j → null (%s)', (input) => {
    expect(normalizeTrackingCode(input)).toBeNull();
    expect(isWellFormedTrackingCode(input)).toBe(false);
  });

  it('rejects every single substituted symbol at every position', () => {
    let tried = 0;
    for (const code of SAMPLE) {
      const symbols = bare(code);
      for (let i = 0; i < symbols.length; i += 1) {
        for (const c of TRACKING_ALPHABET) {
          if (c === symbols[i]) continue;
          const typo = symbols.slice(0, i) + c + symbols.slice(i + 1);
          expect(normalizeTrackingCode(typo), `${code}: ${i} → ${c}`).toBeNull();
          tried += 1;
        }
      }
    }
    expect(tried).toBe(SAMPLE.length * 16 * 29);
  });

  it("rejects every adjacent transposition, except of '2' and 'Z'", () => {
    let tried = 0;
    for (const code of SAMPLE) {
      const symbols = bare(code);
      for (let i = 0; i + 1 < symbols.length; i += 1) {
        const [a, b] = [symbols.charAt(i), symbols.charAt(i + 1)];
        if (a === b || (a === '2' && b === 'Z') || (a === 'Z' && b === '2')) continue;
        const swapped = symbols.slice(0, i) + b + a + symbols.slice(i + 2);
        expect(normalizeTrackingCode(swapped), `${code}: swap at ${i}`).toBeNull();
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(SAMPLE.length * 13);
  });

  it("does not see '2' ↔ 'Z' swapped (the known blind spot of Luhn mod N)", () => {
    expect(normalizeTrackingCode('Z2CD-EFGH-JKMN-P34A')).toBe('Z2CD-EFGH-JKMN-P34A');
  });
});
