/**
 * Register numbers of registered cases, from an office's template, e.g. '001/Reg/LP/PB/36.03/XI/2024'.
 * Placeholders: {seq} (the register's sequence number), {seq:N} (zero-padded to at least N digits,
 * never truncated), {kind} (LP report, TM finding), {election} (PB, PW, PG, PL), {office} (the office
 * code), {month} (1–12), {month:roman} (I–XII), {year}.
 */
import type { Regime } from '../../shared/cases';

export const DEFAULT_REGISTER_TEMPLATE = '{seq:3}/Reg/{kind}/{election}/{office}/{month:roman}/{year}';

export type ElectionCode = 'PG' | 'PB' | 'PW' | 'PL';

export interface RegisterNumberValues {
  /** Sequence number in the register, from 1. */
  seq: number;
  kind: 'REPORT' | 'FINDING';
  electionCode: string;
  officeCode: string;
  /** 1–12. */
  month: number;
  year: number;
}

const KIND_CODE: Record<RegisterNumberValues['kind'], string> = { REPORT: 'LP', FINDING: 'TM' };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const PLACEHOLDER_RE = /\{([^{}]*)\}/g;
const SEQ_PAD_RE = /^seq:([1-9]\d?)$/;
const FIXED = new Set(['seq', 'kind', 'election', 'office', 'month', 'month:roman', 'year']);
const MAX_PAD = 20;

function known(name: string): boolean {
  const pad = SEQ_PAD_RE.exec(name);
  return FIXED.has(name) || (pad !== null && Number(pad[1]) <= MAX_PAD);
}

/** Null when `t` is usable; else why not (Bahasa Indonesia then English). */
export function validateRegisterTemplate(t: string): string | null {
  const names = [...t.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? '');
  const unknown = names.filter((n) => !known(n));
  if (unknown.length > 0) {
    const list = unknown.map((n) => `{${n}}`).join(', ');
    return `Placeholder tidak dikenal: ${list} / Unknown placeholder: ${list}`;
  }
  if (/[{}]/.test(t.replace(PLACEHOLDER_RE, ''))) {
    return 'Kurung kurawal tidak berpasangan / Unbalanced braces';
  }
  if (!names.some((n) => n === 'seq' || SEQ_PAD_RE.test(n))) {
    return 'Templat harus memuat {seq} / The template must contain {seq}';
  }
  return null;
}

/** The register number for `v`; throws a RangeError on an invalid template or values. */
export function formatRegisterNumber(template: string, v: RegisterNumberValues): string {
  const problem = validateRegisterTemplate(template);
  if (problem !== null) throw new RangeError(problem);
  if (!Number.isSafeInteger(v.seq) || v.seq < 1) throw new RangeError(`Not a sequence number: ${v.seq}`);
  if (!Number.isInteger(v.month) || v.month < 1 || v.month > 12) throw new RangeError(`Not a month: ${v.month}`);
  if (!Number.isInteger(v.year) || v.year < 1 || v.year > 9999) throw new RangeError(`Not a year: ${v.year}`);
  const kind = KIND_CODE[v.kind];
  if (kind === undefined) throw new RangeError(`Not a kind: ${String(v.kind)}`);
  return template.replace(PLACEHOLDER_RE, (_whole, name: string) => {
    const pad = SEQ_PAD_RE.exec(name);
    if (pad) return String(v.seq).padStart(Number(pad[1]), '0');
    switch (name) {
      case 'seq':
        return String(v.seq);
      case 'kind':
        return kind;
      case 'election':
        return v.electionCode;
      case 'office':
        return v.officeCode;
      case 'month':
        return String(v.month);
      case 'month:roman':
        return ROMAN[v.month - 1]!;
      default:
        return String(v.year);
    }
  });
}

/** 'Kota Serang', 'Bawaslu Kota Serang' → a city; 'Kabupaten Kotabaru' → not. */
const CITY_RE = /^(?:(?:bawaslu|panwaslu)\s+)?kota\s/i;

/**
 * The election code of a register number: PL for Pemilu; in Pilkada PG for the governor's election,
 * PW for a mayor's (an office named 'Kota …') and PB for a regent's.
 */
export function electionCodeOf(input: { regime: Regime; governorElection: boolean; officeName: string }): ElectionCode {
  if (input.regime === 'PEMILU') return 'PL';
  if (input.governorElection) return 'PG';
  return CITY_RE.test(input.officeName.trim()) ? 'PW' : 'PB';
}
