import { describe, expect, it } from 'vitest';
import type { CaseCommandType, CaseStatus } from '../../shared/cases';
import type { Role } from '../../shared/roles';
import { allowedCommands, decide, isTerminal, type CaseCommand, type CaseSnapshot } from './state-machine';

const BASE: CaseSnapshot = {
  status: 'RECEIVED',
  kind: 'REPORT',
  requirementsMet: true,
  decisionExtended: false,
  forwardings: [],
  categoriesCount: 0,
};
const at = (status: CaseStatus, more: Partial<CaseSnapshot> = {}): CaseSnapshot => ({ ...BASE, status, ...more });
const STAFF = { role: 'PANWASLU_KECAMATAN' as Role };
const SENIOR = { role: 'BAWASLU_KABKOTA' as Role };
const FORWARDED = { categoriesCount: 1, forwardings: [{ final: false }] };
const ALL_FINAL = { categoriesCount: 2, forwardings: [{ final: true }, { final: true }] };
const VIOLATION: CaseCommand = {
  type: 'DECIDE_VIOLATION',
  note: 'Terbukti',
  categories: [
    { partyPosition: 0, category: 'OTHER_LAWS' },
    { partyPosition: 0, category: 'CRIME' },
  ],
};

describe('decide: transitions', () => {
  it.each<[CaseSnapshot, CaseCommand, CaseStatus, boolean]>([
    [at('RECEIVED'), { type: 'START_REVIEW' }, 'INITIAL_REVIEW', true],
    [at('INITIAL_REVIEW'), { type: 'REQUEST_COMPLETION', note: 'Lengkapi bukti' }, 'NEEDS_COMPLETION', true],
    [at('NEEDS_COMPLETION'), { type: 'COMPLETION_RECEIVED' }, 'INITIAL_REVIEW', true],
    [at('INITIAL_REVIEW'), { type: 'REGISTER' }, 'REGISTERED', true],
    [
      at('INITIAL_REVIEW', { requirementsMet: false }),
      { type: 'REGISTER', override: { reason: 'Urgen' } },
      'REGISTERED',
      true,
    ],
    [
      at('INITIAL_REVIEW'),
      { type: 'NOT_REGISTER', reason: 'PAST_WINDOW', note: 'Lewat 7 hari' },
      'NOT_REGISTERED',
      true,
    ],
    [
      at('NEEDS_COMPLETION'),
      { type: 'NOT_REGISTER', reason: 'NOT_COMPLETED_IN_TIME', note: 'Tidak dilengkapi' },
      'NOT_REGISTERED',
      true,
    ],
    [at('RECEIVED'), { type: 'WITHDRAW', note: 'Dicabut' }, 'WITHDRAWN', true],
    [at('NEEDS_COMPLETION'), { type: 'WITHDRAW', note: 'Dicabut' }, 'WITHDRAWN', true],
    [at('REGISTERED'), { type: 'START_CLARIFICATION' }, 'CLARIFICATION', true],
    [at('REGISTERED'), { type: 'START_ANALYSIS' }, 'ANALYSIS', true],
    [at('CLARIFICATION'), { type: 'START_ANALYSIS' }, 'ANALYSIS', true],
    [at('ANALYSIS'), { type: 'TO_PLENARY' }, 'PLENARY', true],
    [at('CLARIFICATION'), { type: 'EXTEND_DECISION', note: 'Perlu keterangan' }, 'CLARIFICATION', false],
    [at('PLENARY'), { type: 'EXTEND_DECISION', note: 'Perlu keterangan' }, 'PLENARY', false],
    [at('PLENARY'), { type: 'DECIDE_NOT_VIOLATION', note: 'Tidak terbukti' }, 'NOT_VIOLATION', true],
    [at('PLENARY'), VIOLATION, 'VIOLATION', true],
    [at('VIOLATION', { categoriesCount: 2 }), { type: 'FORWARD' }, 'FORWARDED', true],
    [at('FORWARDED', FORWARDED), { type: 'FORWARD' }, 'FORWARDED', false],
    [at('FOLLOW_UP_RECEIVED', FORWARDED), { type: 'FORWARD' }, 'FORWARDED', true],
    [at('FORWARDED', FORWARDED), { type: 'RECORD_FOLLOW_UP', final: false }, 'FOLLOW_UP_RECEIVED', true],
    [at('FOLLOW_UP_RECEIVED', FORWARDED), { type: 'RECORD_FOLLOW_UP', final: true }, 'FOLLOW_UP_RECEIVED', false],
    [at('FOLLOW_UP_RECEIVED', ALL_FINAL), { type: 'CLOSE', note: 'Selesai' }, 'CLOSED', true],
    [at('FORWARDED', ALL_FINAL), { type: 'CLOSE', note: 'Selesai' }, 'CLOSED', true],
    [
      at('FORWARDED', FORWARDED),
      { type: 'CLOSE', note: 'Selesai', override: { reason: 'Tak dibalas' } },
      'CLOSED',
      true,
    ],
    [at('RECEIVED'), { type: 'MERGE', intoCaseId: 'c-1' }, 'MERGED', true],
    [at('INITIAL_REVIEW', { kind: 'FINDING' }), { type: 'MERGE', intoCaseId: 'c-1' }, 'MERGED', true],
    [at('RECEIVED'), { type: 'DELEGATE', toOffice: '36', note: 'Naik' }, 'RECEIVED', false],
    [
      at('FOLLOW_UP_RECEIVED', FORWARDED),
      { type: 'DELEGATE', toOffice: '36', note: 'Naik' },
      'FOLLOW_UP_RECEIVED',
      false,
    ],
  ])('%#: %j → %s', (state, cmd, to, publicChange) => {
    const ctx = 'override' in cmd ? SENIOR : STAFF;
    expect(decide(state, cmd, ctx)).toEqual({ ok: true, from: state.status, to, publicChange });
  });
});

describe('decide: refusals', () => {
  it.each<[string, CaseSnapshot, CaseCommand, Role, string[]]>([
    [
      'requirements not met',
      at('INITIAL_REVIEW', { requirementsMet: false }),
      { type: 'REGISTER' },
      'BAWASLU_RI',
      ['REQUIREMENTS_NOT_MET'],
    ],
    [
      'override by a junior role',
      at('INITIAL_REVIEW', { requirementsMet: false }),
      { type: 'REGISTER', override: { reason: 'x' } },
      'PKD',
      ['OVERRIDE_NOT_ALLOWED'],
    ],
    [
      'override without reason',
      at('INITIAL_REVIEW', { requirementsMet: false }),
      { type: 'REGISTER', override: { reason: ' ' } },
      'BAWASLU_PROVINSI',
      ['OVERRIDE_REASON_REQUIRED'],
    ],
    [
      'short note',
      at('INITIAL_REVIEW'),
      { type: 'NOT_REGISTER', reason: 'OTHER', note: ' abc ' },
      'PKD',
      ['REASON_REQUIRED'],
    ],
    [
      'unknown reason',
      at('INITIAL_REVIEW'),
      { type: 'NOT_REGISTER', reason: 'X' as 'OTHER', note: 'cukup panjang' },
      'PKD',
      ['REASON_REQUIRED'],
    ],
    [
      'finding withdrawn',
      at('RECEIVED', { kind: 'FINDING' }),
      { type: 'WITHDRAW', note: 'Dicabut' },
      'PKD',
      ['NOT_A_REPORT'],
    ],
    [
      'second extension',
      at('ANALYSIS', { decisionExtended: true }),
      { type: 'EXTEND_DECISION', note: 'lagi' },
      'BAWASLU_RI',
      ['ALREADY_EXTENDED'],
    ],
    [
      'no category',
      at('PLENARY'),
      { type: 'DECIDE_VIOLATION', note: 'x', categories: [] },
      'PKD',
      ['CATEGORY_REQUIRED'],
    ],
    [
      'duplicate category',
      at('PLENARY'),
      {
        ...VIOLATION,
        categories: [
          { partyPosition: 1, category: 'CRIME' },
          { partyPosition: 1, category: 'CRIME' },
        ],
      },
      'PKD',
      ['DUPLICATE_CATEGORY'],
    ],
    [
      'bad category data',
      at('PLENARY'),
      { ...VIOLATION, categories: [{ partyPosition: -1, category: 'X' as 'CRIME' }] },
      'PKD',
      ['UNKNOWN_CATEGORY', 'INVALID_PARTY_POSITION'],
    ],
    ['no decision note', at('PLENARY'), { type: 'DECIDE_NOT_VIOLATION', note: '' }, 'PKD', ['NOTE_REQUIRED']],
    ['forward without categories', at('VIOLATION'), { type: 'FORWARD' }, 'PKD', ['NO_CATEGORIES']],
    [
      'follow-up pending',
      at('FOLLOW_UP_RECEIVED', FORWARDED),
      { type: 'CLOSE', note: 'x' },
      'BAWASLU_RI',
      ['FOLLOW_UP_PENDING'],
    ],
    [
      'close override by a junior role',
      at('FORWARDED', FORWARDED),
      { type: 'CLOSE', note: 'x', override: { reason: 'y' } },
      'PANWASLU_KECAMATAN',
      ['OVERRIDE_NOT_ALLOWED'],
    ],
    ['close without note', at('FORWARDED', ALL_FINAL), { type: 'CLOSE', note: '' }, 'PKD', ['NOTE_REQUIRED']],
    ['merge without target', at('RECEIVED'), { type: 'MERGE', intoCaseId: '' }, 'PKD', ['TARGET_REQUIRED']],
    [
      'delegate without anything',
      at('ANALYSIS'),
      { type: 'DELEGATE', toOffice: '', note: '' },
      'PKD',
      ['TARGET_REQUIRED', 'NOTE_REQUIRED'],
    ],
  ])('%s', (_name, state, cmd, role, failed) => {
    const result = decide(state, cmd, { role });
    expect(result).toMatchObject({ ok: false, code: 'PRECONDITION_FAILED', failed });
    expect(result.ok === false && result.message.split(' / ')).toHaveLength(2);
  });

  it.each<[CaseSnapshot, CaseCommandType]>([
    [at('REGISTERED'), 'WITHDRAW'],
    [at('ANALYSIS'), 'WITHDRAW'],
    [at('REGISTERED'), 'MERGE'],
    [at('RECEIVED'), 'REGISTER'],
    [at('ANALYSIS'), 'DECIDE_VIOLATION'],
    [at('PLENARY'), 'START_ANALYSIS'],
    [at('VIOLATION', ALL_FINAL), 'CLOSE'],
    [at('VIOLATION', ALL_FINAL), 'EXTEND_DECISION'],
    [at('CLOSED', ALL_FINAL), 'DELEGATE'],
    [at('WITHDRAWN'), 'START_REVIEW'],
  ])('%# refuses %s as INVALID_TRANSITION', (state, type) => {
    const cmd = { type, note: 'catatan', toOffice: '36', intoCaseId: 'c', categories: VIOLATION.categories };
    const result = decide(state, cmd as CaseCommand, { role: 'BAWASLU_RI' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(result.ok === false && result.code === 'INVALID_TRANSITION' && result.allowed).not.toContain(type);
  });

  it('lists what is allowed instead, bilingually', () => {
    const result = decide(at('REGISTERED'), { type: 'WITHDRAW', note: 'x' }, STAFF);
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      allowed: ['START_CLARIFICATION', 'START_ANALYSIS', 'EXTEND_DECISION', 'DELEGATE'],
      message:
        'Perintah WITHDRAW tidak berlaku pada status REGISTERED / Command WITHDRAW does not apply in status REGISTERED',
    });
  });

  it('refuses an unknown command type', () => {
    const result = decide(at('RECEIVED'), { type: 'PUBLISH' } as unknown as CaseCommand, STAFF);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });
});

describe('isTerminal', () => {
  it.each<[CaseStatus, boolean]>([
    ['NOT_REGISTERED', true],
    ['NOT_VIOLATION', true],
    ['CLOSED', true],
    ['WITHDRAWN', true],
    ['MERGED', true],
    ['RECEIVED', false],
    ['VIOLATION', false],
    ['FOLLOW_UP_RECEIVED', false],
  ])('%s → %s', (status, terminal) => {
    expect(isTerminal(status)).toBe(terminal);
  });
});

describe('allowedCommands', () => {
  it.each<[CaseSnapshot, Role, CaseCommandType[]]>([
    [at('RECEIVED'), 'PKD', ['START_REVIEW', 'WITHDRAW', 'MERGE', 'DELEGATE']],
    [at('RECEIVED', { kind: 'FINDING' }), 'PKD', ['START_REVIEW', 'MERGE', 'DELEGATE']],
    [
      at('INITIAL_REVIEW', { requirementsMet: false }),
      'PKD',
      ['REQUEST_COMPLETION', 'NOT_REGISTER', 'WITHDRAW', 'MERGE', 'DELEGATE'],
    ],
    [
      at('INITIAL_REVIEW', { requirementsMet: false }),
      'BAWASLU_KABKOTA',
      ['REQUEST_COMPLETION', 'REGISTER', 'NOT_REGISTER', 'WITHDRAW', 'MERGE', 'DELEGATE'],
    ],
    [at('PLENARY', { decisionExtended: true }), 'PKD', ['DECIDE_NOT_VIOLATION', 'DECIDE_VIOLATION', 'DELEGATE']],
    [at('FOLLOW_UP_RECEIVED', FORWARDED), 'PKD', ['FORWARD', 'RECORD_FOLLOW_UP', 'DELEGATE']],
    [at('FOLLOW_UP_RECEIVED', FORWARDED), 'BAWASLU_RI', ['FORWARD', 'RECORD_FOLLOW_UP', 'CLOSE', 'DELEGATE']],
    [at('FOLLOW_UP_RECEIVED', ALL_FINAL), 'PKD', ['FORWARD', 'RECORD_FOLLOW_UP', 'CLOSE', 'DELEGATE']],
    [at('MERGED'), 'ADMIN', []],
  ])('%#: as %s → %j', (state, role, expected) => {
    expect(allowedCommands(state, { role })).toEqual(expected);
  });
});

describe('the reporter as actor (withdrawal through the tracking code)', () => {
  const REPORTER = { role: 'REPORTER' as const };
  it.each(['RECEIVED', 'INITIAL_REVIEW', 'NEEDS_COMPLETION'] as const)('may withdraw a report in %s', (status) => {
    expect(decide(at(status), { type: 'WITHDRAW', note: 'Saya cabut laporan ini.' }, REPORTER)).toMatchObject({
      ok: true,
      to: 'WITHDRAWN',
      publicChange: true,
    });
  });
  it('may not withdraw once registered, nor override anything', () => {
    expect(decide(at('REGISTERED'), { type: 'WITHDRAW', note: 'Terlambat dicabut.' }, REPORTER).ok).toBe(false);
    const register = decide(
      at('INITIAL_REVIEW', { requirementsMet: false }),
      { type: 'REGISTER', override: { reason: 'Saya pelapornya.' } },
      REPORTER,
    );
    expect(register).toMatchObject({ ok: false, code: 'PRECONDITION_FAILED', failed: ['OVERRIDE_NOT_ALLOWED'] });
  });
});
