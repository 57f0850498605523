import { describe, expect, it } from 'vitest';
import { TransitionRequest } from '../../../shared/api/cases';
import {
  CASE_COMMANDS,
  CASE_PRECONDITION_FAILURES,
  CASE_STATUSES,
  CATEGORIES,
  DEADLINE_CODES,
  DOCUMENT_KINDS,
  FOLLOW_UP_STATUSES,
  GAKKUMDU_STAGES,
  NOT_REGISTERED_REASONS,
  RECEIVING_BODIES,
  SANCTION_TYPES,
} from '../../../shared/cases';
import { catalogues, createT } from '../../../shared/i18n';
import { caseTermsEn } from '../../../shared/i18n/case-terms-en';
import { caseTermsId } from '../../../shared/i18n/case-terms-id';
import { casesEn as casePagesEn } from '../../../shared/i18n/cases-en';
import { casesId as casePagesId } from '../../../shared/i18n/cases-id';

const casesId = { ...caseTermsId, ...casePagesId };
const casesEn = { ...caseTermsEn, ...casePagesEn };
import { ApiError } from '../../api';
import {
  allowedNow,
  bilingual,
  lastMoment,
  commandLabel,
  conclusionLabel,
  documentFileName,
  failedChecks,
  noteRequired,
  reasonLabel,
  registerLabel,
  TRANSITION_TYPES,
  transitionBody,
  zoneOfLabel,
} from './labels';

const id = createT('id');
const en = createT('en');

describe('case catalogues', () => {
  it('have the same keys in Indonesian and English, all spread into the catalogues', () => {
    expect(Object.keys(casesEn).sort()).toEqual(Object.keys(casesId).sort());
    for (const key of Object.keys(casesId)) {
      expect(catalogues.id[key as keyof typeof casesId]).toBe(casesId[key as keyof typeof casesId]);
      expect(catalogues.en[key as keyof typeof casesId]).toBe(casesEn[key as keyof typeof casesId]);
    }
  });

  it.each([
    ['caseStatus', CASE_STATUSES],
    ['caseCommand', CASE_COMMANDS],
    ['category', CATEGORIES],
    ['body', RECEIVING_BODIES],
    ['followUpStatus', FOLLOW_UP_STATUSES],
    ['sanction', SANCTION_TYPES],
    ['gakkumduStage', GAKKUMDU_STAGES],
    ['deadlineCode', DEADLINE_CODES],
    ['notRegisteredReason', NOT_REGISTERED_REASONS],
    ['documentKind', DOCUMENT_KINDS],
    ['precondition', CASE_PRECONDITION_FAILURES],
  ] as const)('label every %s', (prefix, values) => {
    for (const v of values) expect(Object.keys(casesId)).toContain(`${prefix}.${v}`);
  });
});

describe('case labels', () => {
  it('name commands, events and reasons, and keep unknown codes visible', () => {
    expect(commandLabel('START_REVIEW', id)).toBe('Mulai kajian awal');
    expect(commandLabel('REGISTER', en)).toBe('Register');
    expect(commandLabel('OPEN', id)).toBe('Perkara dibuka');
    expect(commandLabel('SOMETHING_NEW', id)).toBe('SOMETHING_NEW');
    expect(reasonLabel('PAST_WINDOW', id)).toBe('Melewati batas waktu melapor');
    expect(reasonLabel('X', id)).toBe('X');
    expect(conclusionLabel('STOP', en)).toBe('Stop');
    expect(registerLabel(null, id)).toBe('Belum diregistrasi');
    expect(registerLabel('001/Reg/LP/PB/36.03/XI/2024', id)).toBe('001/Reg/LP/PB/36.03/XI/2024');
  });

  it('knows the transition commands and which need a note, from the contract', () => {
    expect(TRANSITION_TYPES).toContain('START_REVIEW');
    expect(TRANSITION_TYPES).not.toContain('FORWARD');
    expect(TRANSITION_TYPES).not.toContain('MERGE');
    expect(noteRequired('START_REVIEW')).toBe(false);
    expect(noteRequired('REGISTER')).toBe(false);
    expect(noteRequired('NOT_REGISTER')).toBe(true);
    expect(noteRequired('DECIDE_VIOLATION')).toBe(true);
  });

  it('builds transition bodies the contract accepts', () => {
    const empty = { note: '', reason: '', override: '', categories: [] };
    expect(transitionBody('START_REVIEW', empty, false)).toEqual({ type: 'START_REVIEW' });
    expect(TransitionRequest.safeParse(transitionBody('START_REVIEW', empty, false)).success).toBe(true);
    const register = transitionBody('REGISTER', { ...empty, override: ' Laporan penting ' }, true);
    expect(register).toEqual({ type: 'REGISTER', override: { reason: 'Laporan penting' } });
    expect(TransitionRequest.safeParse(register).success).toBe(true);
    const decide = transitionBody(
      'DECIDE_VIOLATION',
      { ...empty, note: 'Pleno memutuskan', categories: ['1:OTHER_LAWS', '1:CRIME', '2:ETHICS'] },
      false,
    );
    expect(decide).toEqual({
      type: 'DECIDE_VIOLATION',
      note: 'Pleno memutuskan',
      categories: [
        { partyPosition: 1, category: 'OTHER_LAWS' },
        { partyPosition: 1, category: 'CRIME' },
        { partyPosition: 2, category: 'ETHICS' },
      ],
    });
    expect(TransitionRequest.safeParse(decide).success).toBe(true);
    // Missing reason and a short note are refused by the schema, field by field.
    const notRegister = TransitionRequest.safeParse(transitionBody('NOT_REGISTER', { ...empty, note: 'x' }, false));
    expect(notRegister.success).toBe(false);
    expect(notRegister.error?.issues.map((i) => i.path[0]).sort()).toEqual(['note', 'reason']);
  });

  it('reads the failed checks and the allowed commands of a 409', () => {
    const failed = new ApiError('PRECONDITION_FAILED', 409, 'x', { failed: ['REQUIREMENTS_NOT_MET', 'NOPE'] });
    expect(failedChecks(failed)).toEqual(['REQUIREMENTS_NOT_MET']);
    expect(allowedNow(failed)).toEqual([]);
    const invalid = new ApiError('INVALID_TRANSITION', 409, 'x', { allowed: ['START_REVIEW', 7] });
    expect(allowedNow(invalid)).toEqual(['START_REVIEW']);
    expect(failedChecks(invalid)).toEqual([]);
    expect(failedChecks(new Error('x'))).toEqual([]);
  });

  it('names document files and zones', () => {
    expect(documentFileName('001/PP/36.03/XI/2024')).toBe('001-PP-36.03-XI-2024.pdf');
    expect(documentFileName('///')).toBe('dokumen.pdf');
    expect(zoneOfLabel('WITA')).toBe('Asia/Makassar');
    expect(zoneOfLabel('WIT')).toBe('Asia/Jayapura');
    expect(zoneOfLabel('?')).toBe('Asia/Jakarta');
  });

  it('shows the chosen half of a bilingual server text, and a text with a bilingual aside whole', () => {
    expect(bilingual('Hari terakhir 2024-11-21 (WIB) / Last day 2024-11-21 (WIB)', 'id')).toBe(
      'Hari terakhir 2024-11-21 (WIB)',
    );
    expect(bilingual('Hari terakhir 2024-11-21 (WIB) / Last day 2024-11-21 (WIB)', 'en')).toBe(
      'Last day 2024-11-21 (WIB)',
    );
    const aside = 'OTHER_LAWS × CAMAT → BKN (sesuai aturan / as the rule says). Aturan: UU 20/2023';
    expect(bilingual(aside, 'id')).toBe(aside);
    expect(bilingual('Tanpa terjemahan', 'en')).toBe('Tanpa terjemahan');
  });

  it('shows a deadline that ends at local midnight as the last minute of its day', () => {
    // 2024-11-21 24:00 WIB is 2024-11-21T17:00Z.
    expect(lastMoment('2024-11-21T17:00:00.000Z').toISOString()).toBe('2024-11-21T16:59:59.999Z');
  });
});
