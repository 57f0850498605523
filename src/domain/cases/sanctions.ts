/**
 * Sanctions, typed by the reported party (DOMAIN.md §4–5): which a receiving body can impose on whom,
 * and the checks on a follow-up that reports them.
 */
import { ALLOWANCE_CUT_MONTHS, type FollowUpStatus, type SanctionProblem, type SanctionType } from '../../shared/cases';
import type { SubjectType } from '../../shared/intake';

export interface SanctionEntry {
  type: SanctionType;
  /** Only for ALLOWANCE_CUT_25: 6, 9 or 12. */
  months?: number;
}

export interface FollowUpProblem {
  code: SanctionProblem;
  /** Position of the sanction in the list, when the problem is about one sanction. */
  index?: number;
}

/** ASN: ethics (PP 42/2004) and discipline (PP 94/2021). */
const ASN_SANCTIONS: readonly SanctionType[] = [
  'MORAL_CLOSED',
  'MORAL_OPEN',
  'ALLOWANCE_CUT_25',
  'DEMOTION_12M',
  'REMOVAL_TO_STAFF_12M',
  'DISCHARGE_HONOURABLE',
  'DISCHARGE_DISHONOURABLE',
];
/** UU Desa Pasal 29–30 and 51–52. */
const VILLAGE_SANCTIONS: readonly SanctionType[] = [
  'REPRIMAND_SPOKEN',
  'REPRIMAND_WRITTEN',
  'TEMPORARY_SUSPENSION',
  'DISMISSAL',
];

/** Without OTHER, which every subject can receive. */
const BY_SUBJECT: Record<SubjectType, readonly SanctionType[]> = {
  PNS: ASN_SANCTIONS,
  PPPK: [...ASN_SANCTIONS, 'CONTRACT_TERMINATED'],
  CAMAT: ASN_SANCTIONS,
  LURAH: ASN_SANCTIONS,
  KEPALA_DESA: VILLAGE_SANCTIONS,
  PERANGKAT_DESA: VILLAGE_SANCTIONS,
  POLRI: ['POLRI_DISCIPLINE', 'POLRI_ETHICS', 'POLRI_DISCHARGE'],
  TNI: ['TNI_DISCIPLINE'],
  PENYELENGGARA: ['DKPP_WARNING', 'DKPP_DISMISSAL'],
  PEJABAT_DAERAH: [],
  OTHER: [],
};

/** Sanctions that can be imposed on a `subjectType`, OTHER last. */
export function sanctionsFor(subjectType: SubjectType): SanctionType[] {
  return [...(BY_SUBJECT[subjectType] ?? []), 'OTHER'];
}

/** Null when `s` fits the subject; else NOT_FOR_SUBJECT, MONTHS_REQUIRED or MONTHS_NOT_ALLOWED. */
export function checkSanction(
  subjectType: SubjectType,
  s: SanctionEntry,
): 'NOT_FOR_SUBJECT' | 'MONTHS_REQUIRED' | 'MONTHS_NOT_ALLOWED' | null {
  if (!sanctionsFor(subjectType).includes(s.type)) return 'NOT_FOR_SUBJECT';
  if (s.type === 'ALLOWANCE_CUT_25') {
    return (ALLOWANCE_CUT_MONTHS as readonly number[]).includes(s.months as number) ? null : 'MONTHS_REQUIRED';
  }
  return s.months === undefined || s.months === null ? null : 'MONTHS_NOT_ALLOWED';
}

/**
 * Problems with a follow-up: SANCTIONED needs at least one sanction, every other status takes none;
 * each sanction must fit the subject, and a type may appear only once. Empty when it is fine.
 */
export function checkFollowUp(
  status: FollowUpStatus,
  sanctions: readonly SanctionEntry[],
  subjectType: SubjectType,
): FollowUpProblem[] {
  if (status !== 'SANCTIONED') return sanctions.length > 0 ? [{ code: 'SANCTIONS_NOT_ALLOWED' }] : [];
  if (sanctions.length === 0) return [{ code: 'SANCTION_REQUIRED' }];
  const problems: FollowUpProblem[] = [];
  const seen = new Set<SanctionType>();
  sanctions.forEach((s, index) => {
    const code = checkSanction(subjectType, s);
    if (code !== null) problems.push({ code, index });
    else if (seen.has(s.type)) problems.push({ code: 'DUPLICATE_SANCTION', index });
    seen.add(s.type);
  });
  return problems;
}
