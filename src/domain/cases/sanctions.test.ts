import { describe, expect, it } from 'vitest';
import { SANCTION_TYPES, type FollowUpStatus, type SanctionType } from '../../shared/cases';
import { SUBJECT_TYPES, type SubjectType } from '../../shared/intake';
import { checkFollowUp, checkSanction, sanctionsFor, type FollowUpProblem, type SanctionEntry } from './sanctions';

const ASN: SanctionType[] = [
  'MORAL_CLOSED',
  'MORAL_OPEN',
  'ALLOWANCE_CUT_25',
  'DEMOTION_12M',
  'REMOVAL_TO_STAFF_12M',
  'DISCHARGE_HONOURABLE',
  'DISCHARGE_DISHONOURABLE',
];
const VILLAGE: SanctionType[] = ['REPRIMAND_SPOKEN', 'REPRIMAND_WRITTEN', 'TEMPORARY_SUSPENSION', 'DISMISSAL'];

describe('sanctionsFor', () => {
  it.each<[SubjectType, SanctionType[]]>([
    ['PNS', [...ASN, 'OTHER']],
    ['PPPK', [...ASN, 'CONTRACT_TERMINATED', 'OTHER']],
    ['CAMAT', [...ASN, 'OTHER']],
    ['LURAH', [...ASN, 'OTHER']],
    ['KEPALA_DESA', [...VILLAGE, 'OTHER']],
    ['PERANGKAT_DESA', [...VILLAGE, 'OTHER']],
    ['POLRI', ['POLRI_DISCIPLINE', 'POLRI_ETHICS', 'POLRI_DISCHARGE', 'OTHER']],
    ['TNI', ['TNI_DISCIPLINE', 'OTHER']],
    ['PENYELENGGARA', ['DKPP_WARNING', 'DKPP_DISMISSAL', 'OTHER']],
    ['PEJABAT_DAERAH', ['OTHER']],
    ['OTHER', ['OTHER']],
  ])('%s → %j', (subject, expected) => {
    expect(sanctionsFor(subject)).toEqual(expected);
  });

  it('covers every sanction type and every subject', () => {
    const all = new Set(SUBJECT_TYPES.flatMap((s) => sanctionsFor(s)));
    expect([...all].sort()).toEqual([...SANCTION_TYPES].sort());
  });

  it('returns a fresh list', () => {
    sanctionsFor('PNS').push('TNI_DISCIPLINE');
    expect(sanctionsFor('PNS')).not.toContain('TNI_DISCIPLINE');
  });
});

describe('checkSanction', () => {
  it.each<[SubjectType, SanctionEntry, string | null]>([
    ['PNS', { type: 'ALLOWANCE_CUT_25', months: 6 }, null],
    ['PPPK', { type: 'ALLOWANCE_CUT_25', months: 9 }, null],
    ['CAMAT', { type: 'ALLOWANCE_CUT_25', months: 12 }, null],
    ['PNS', { type: 'ALLOWANCE_CUT_25' }, 'MONTHS_REQUIRED'],
    ['PNS', { type: 'ALLOWANCE_CUT_25', months: 3 }, 'MONTHS_REQUIRED'],
    ['PNS', { type: 'ALLOWANCE_CUT_25', months: 6.5 }, 'MONTHS_REQUIRED'],
    ['PNS', { type: 'DEMOTION_12M' }, null],
    ['PNS', { type: 'DEMOTION_12M', months: 12 }, 'MONTHS_NOT_ALLOWED'],
    ['PNS', { type: 'CONTRACT_TERMINATED' }, 'NOT_FOR_SUBJECT'],
    ['PPPK', { type: 'CONTRACT_TERMINATED' }, null],
    ['KEPALA_DESA', { type: 'TEMPORARY_SUSPENSION' }, null],
    ['KEPALA_DESA', { type: 'ALLOWANCE_CUT_25', months: 6 }, 'NOT_FOR_SUBJECT'],
    ['TNI', { type: 'POLRI_DISCIPLINE' }, 'NOT_FOR_SUBJECT'],
    ['POLRI', { type: 'POLRI_DISCHARGE' }, null],
    ['PENYELENGGARA', { type: 'DKPP_DISMISSAL' }, null],
    ['PEJABAT_DAERAH', { type: 'OTHER' }, null],
    ['OTHER', { type: 'MORAL_OPEN' }, 'NOT_FOR_SUBJECT'],
    ['PNS', { type: 'UNKNOWN' as SanctionType }, 'NOT_FOR_SUBJECT'],
  ])('%s %j → %s', (subject, sanction, expected) => {
    expect(checkSanction(subject, sanction)).toBe(expected);
  });
});

describe('checkFollowUp', () => {
  it.each<[FollowUpStatus, SanctionEntry[], SubjectType, FollowUpProblem[]]>([
    ['SANCTIONED', [{ type: 'MORAL_OPEN' }, { type: 'ALLOWANCE_CUT_25', months: 9 }], 'PNS', []],
    ['SANCTIONED', [{ type: 'REPRIMAND_WRITTEN' }], 'KEPALA_DESA', []],
    ['SANCTIONED', [], 'PNS', [{ code: 'SANCTION_REQUIRED' }]],
    ['NOT_PROVEN', [], 'PNS', []],
    ['AWAITING_PPK', [], 'PPPK', []],
    ['EMPLOYEE_LEFT', [{ type: 'OTHER' }], 'PNS', [{ code: 'SANCTIONS_NOT_ALLOWED' }]],
    [
      'SANCTIONED',
      [{ type: 'MORAL_OPEN' }, { type: 'TNI_DISCIPLINE' }, { type: 'ALLOWANCE_CUT_25' }],
      'PNS',
      [
        { code: 'NOT_FOR_SUBJECT', index: 1 },
        { code: 'MONTHS_REQUIRED', index: 2 },
      ],
    ],
    [
      'SANCTIONED',
      [{ type: 'REPRIMAND_SPOKEN' }, { type: 'REPRIMAND_SPOKEN' }],
      'PERANGKAT_DESA',
      [{ code: 'DUPLICATE_SANCTION', index: 1 }],
    ],
  ])('%s %j for %s → %j', (status, sanctions, subject, expected) => {
    expect(checkFollowUp(status, sanctions, subject)).toEqual(expected);
  });
});
