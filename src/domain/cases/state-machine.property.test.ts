/**
 * `allowedCommands` agrees with `decide` over every status × command × role, for snapshots that
 * vary every field and for commands with good and bad data.
 */
import { describe, expect, it } from 'vitest';
import { CASE_COMMANDS, CASE_STATUSES, type CaseCommandType, type CaseStatus } from '../../shared/cases';
import { ROLES } from '../../shared/roles';
import { allowedCommands, decide, isTerminal, type CaseCommand, type CaseSnapshot } from './state-machine';

/** Sample commands of each type: the valid ones first, then ones with bad or missing data. */
const SAMPLES: Record<CaseCommandType, CaseCommand[]> = {
  START_REVIEW: [{ type: 'START_REVIEW' }],
  REQUEST_COMPLETION: [
    { type: 'REQUEST_COMPLETION', note: 'Lengkapi' },
    { type: 'REQUEST_COMPLETION', note: ' ' },
  ],
  COMPLETION_RECEIVED: [{ type: 'COMPLETION_RECEIVED' }, { type: 'COMPLETION_RECEIVED', note: 'Bukti masuk' }],
  REGISTER: [
    { type: 'REGISTER' },
    { type: 'REGISTER', override: { reason: 'Mendesak' } },
    { type: 'REGISTER', override: { reason: '' } },
  ],
  NOT_REGISTER: [
    { type: 'NOT_REGISTER', reason: 'PAST_WINDOW', note: 'Lewat waktu' },
    { type: 'NOT_REGISTER', reason: 'OTHER', note: 'abc' },
  ],
  WITHDRAW: [
    { type: 'WITHDRAW', note: 'Dicabut' },
    { type: 'WITHDRAW', note: '' },
  ],
  START_CLARIFICATION: [{ type: 'START_CLARIFICATION' }],
  START_ANALYSIS: [{ type: 'START_ANALYSIS' }],
  TO_PLENARY: [{ type: 'TO_PLENARY' }],
  EXTEND_DECISION: [
    { type: 'EXTEND_DECISION', note: 'Perlu keterangan' },
    { type: 'EXTEND_DECISION', note: '' },
  ],
  DECIDE_NOT_VIOLATION: [
    { type: 'DECIDE_NOT_VIOLATION', note: 'Tidak terbukti' },
    { type: 'DECIDE_NOT_VIOLATION', note: '' },
  ],
  DECIDE_VIOLATION: [
    { type: 'DECIDE_VIOLATION', note: 'Terbukti', categories: [{ partyPosition: 0, category: 'ETHICS' }] },
    { type: 'DECIDE_VIOLATION', note: 'Terbukti', categories: [] },
  ],
  FORWARD: [{ type: 'FORWARD' }],
  RECORD_FOLLOW_UP: [
    { type: 'RECORD_FOLLOW_UP', final: false },
    { type: 'RECORD_FOLLOW_UP', final: true },
  ],
  CLOSE: [
    { type: 'CLOSE', note: 'Selesai' },
    { type: 'CLOSE', note: 'Selesai', override: { reason: 'Tidak dibalas' } },
    { type: 'CLOSE', note: '' },
  ],
  MERGE: [
    { type: 'MERGE', intoCaseId: 'c-1' },
    { type: 'MERGE', intoCaseId: '' },
  ],
  DELEGATE: [
    { type: 'DELEGATE', toOffice: '36.03', note: 'Ke atas' },
    { type: 'DELEGATE', toOffice: '36.03', note: '' },
  ],
};

function snapshots(status: CaseStatus): CaseSnapshot[] {
  const out: CaseSnapshot[] = [];
  for (const kind of ['REPORT', 'FINDING'] as const)
    for (const requirementsMet of [true, false])
      for (const decisionExtended of [true, false])
        for (const forwardings of [[], [{ final: false }], [{ final: true }, { final: false }], [{ final: true }]])
          for (const categoriesCount of [0, 2])
            out.push({ status, kind, requirementsMet, decisionExtended, forwardings, categoriesCount });
  return out;
}

describe('allowedCommands agrees with decide', () => {
  it('has a sample for every command', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CASE_COMMANDS].sort());
  });

  it.each(CASE_STATUSES)('in %s', (status) => {
    const disagreements: unknown[] = [];
    let checked = 0;
    for (const state of snapshots(status)) {
      for (const role of ROLES) {
        const ctx = { role };
        const allowed = allowedCommands(state, ctx);
        if (isTerminal(status) && allowed.length > 0) disagreements.push({ state, role, allowed });
        for (const type of CASE_COMMANDS) {
          const results = SAMPLES[type].map((cmd) => decide(state, cmd, ctx));
          // Allowed ⇔ some data makes it succeed.
          if (allowed.includes(type) !== results.some((r) => r.ok)) disagreements.push({ state, role, type, allowed });
          for (const r of results) {
            checked += 1;
            const consistent = r.ok
              ? r.from === status && r.publicChange === (r.to !== r.from)
              : r.code === 'INVALID_TRANSITION'
                ? !allowed.includes(type) && JSON.stringify(r.allowed) === JSON.stringify(allowed)
                : r.failed.length > 0;
            if (!consistent) disagreements.push({ state, role, type, result: r });
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
