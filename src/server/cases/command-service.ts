import { decide, type CaseCommand, type CaseSnapshot, type Transition } from '../../domain/cases';
import { localDateOf } from '../../domain/deadlines/calendar';
import type { TransitionRequest } from '../../shared/api/cases';
import type { DeadlineCode } from '../../shared/cases';
import type { AuditEntry } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/db';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { deadlineRow } from './deadline-rows';
import { notifyReporters } from './notify';
import { issueRegisterNumber } from './register';
import * as repo from './repository';
import { loadRuleBook } from './rules-repository';

/** The state machine's view of a locked case: its row plus what its forwardings say. */
export async function snapshotOf(tx: Queryable, row: repo.CaseRow): Promise<CaseSnapshot> {
  const { rows } = await tx.query<{ finals: boolean[] | null; categories: number }>(
    `SELECT ARRAY(SELECT final FROM forwardings WHERE case_id = $1 ORDER BY created_at) AS finals,
            (SELECT count(*)::int FROM case_categories WHERE case_id = $1) AS categories`,
    [row.id],
  );
  return {
    status: row.status,
    kind: row.kind,
    requirementsMet: row.requirements_met,
    decisionExtended: row.decision_extended,
    forwardings: (rows[0]?.finals ?? []).map((final) => ({ final })),
    categoriesCount: rows[0]?.categories ?? 0,
  };
}

/** Throws the state machine's refusal as the API's 409 (INVALID_TRANSITION or PRECONDITION_FAILED). */
export function assertTransition(t: Transition): asserts t is Extract<Transition, { ok: true }> {
  if (t.ok) return;
  if (t.code === 'INVALID_TRANSITION') throw new AppError('INVALID_TRANSITION', t.message, { allowed: t.allowed });
  throw new AppError('PRECONDITION_FAILED', t.message, { failed: t.failed });
}

/** The domain command for a request (the request carries notes the domain does not need). */
function commandOf(req: TransitionRequest): CaseCommand {
  switch (req.type) {
    case 'REGISTER':
      return req.override ? { type: 'REGISTER', override: req.override } : { type: 'REGISTER' };
    case 'CLOSE':
      return req.override
        ? { type: 'CLOSE', note: req.note, override: req.override }
        : { type: 'CLOSE', note: req.note };
    case 'REQUEST_COMPLETION':
    case 'WITHDRAW':
    case 'EXTEND_DECISION':
    case 'DECIDE_NOT_VIOLATION':
      return { type: req.type, note: req.note };
    case 'NOT_REGISTER':
      return { type: 'NOT_REGISTER', reason: req.reason, note: req.note };
    case 'DECIDE_VIOLATION':
      return { type: 'DECIDE_VIOLATION', note: req.note, categories: req.categories };
    default:
      return { type: req.type };
  }
}

/** Deadlines a command ends: reaching a decision ends the decision clock, and so on. */
const MEETS: Partial<Record<TransitionRequest['type'], DeadlineCode[] | 'ALL'>> = {
  COMPLETION_RECEIVED: ['COMPLETION'],
  NOT_REGISTER: 'ALL',
  WITHDRAW: 'ALL',
  DECIDE_NOT_VIOLATION: 'ALL',
  DECIDE_VIOLATION: ['DECISION', 'COMPLETION'],
  CLOSE: 'ALL',
};

/**
 * Runs one command of the procedure on a case the caller has locked and may handle: checks it
 * with the state machine, applies its effects (register number, deadlines, categories), writes
 * the timeline and notifies reporters of a public change. Returns the audit entry.
 */
export async function applyTransition(
  deps: AppDeps,
  tx: Queryable,
  principal: Principal,
  row: repo.CaseRow,
  req: TransitionRequest,
  now: Date,
): Promise<AuditEntry> {
  const t = decide(await snapshotOf(tx, row), commandOf(req), { role: principal.role });
  assertTransition(t);
  const today = localDateOf(now, row.time_zone);
  const data: Record<string, unknown> = {};
  const patch: repo.CasePatch = { status: t.to };

  if (req.type === 'REGISTER') {
    const number = await issueRegisterNumber(deps, tx, row, now);
    Object.assign(patch, { registerNumber: number, registeredAt: now });
    data.registerNumber = number;
    if (req.override) data.override = req.override.reason;
    if (row.regime === 'PEMILU') {
      // UU 7/2017: the decision period counts from registration.
      const book = await loadRuleBook(tx, today);
      await repo.upsertDeadline(
        tx,
        row.id,
        deadlineRow(book, { regime: row.regime, code: 'DECISION', start: today, zone: row.time_zone }),
      );
    }
  }
  if (req.type === 'REQUEST_COMPLETION') {
    const book = await loadRuleBook(tx, today);
    await repo.upsertDeadline(
      tx,
      row.id,
      deadlineRow(book, { regime: row.regime, code: 'COMPLETION', start: today, zone: row.time_zone }),
    );
  }
  if (req.type === 'EXTEND_DECISION') {
    const deadlines = await repo.findDeadlines(tx, row.id);
    const decision = deadlines.find((d) => d.code === 'DECISION' && d.ref === '');
    const start = decision?.start_on ?? localDateOf(row.received_at, row.time_zone);
    const book = await loadRuleBook(tx, start);
    const extended = deadlineRow(book, {
      regime: row.regime,
      code: 'DECISION',
      start,
      zone: row.time_zone,
      extension: 'DECISION_EXTENSION',
    });
    await repo.upsertDeadline(tx, row.id, extended);
    patch.decisionExtended = true;
    data.lastDay = extended.last_day;
  }
  if (req.type === 'NOT_REGISTER') {
    patch.notRegisteredReason = req.reason;
    data.reason = req.reason;
  }
  if (req.type === 'DECIDE_VIOLATION') {
    const parties = await repo.findParties(tx, row.id);
    const unknown = req.categories.filter((c) => !parties.some((p) => p.position === c.partyPosition));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Terlapor tidak ada dalam perkara / Unknown reported party', {
        in: 'body',
        issues: [
          { path: ['categories'], code: 'unknown_party', message: unknown.map((u) => u.partyPosition).join(', ') },
        ],
      });
    }
    await repo.insertCategories(tx, row.id, req.categories);
    data.categories = req.categories;
  }
  if (t.to === 'CLOSED' || t.to === 'NOT_VIOLATION' || t.to === 'NOT_REGISTERED' || t.to === 'WITHDRAWN') {
    patch.closedAt = now;
  }
  if (req.type === 'CLOSE' && req.override) data.override = req.override.reason;

  const meets = MEETS[req.type];
  if (meets === 'ALL') {
    await tx.query('UPDATE case_deadlines SET met_at = $2 WHERE case_id = $1 AND met_at IS NULL', [row.id, now]);
  } else if (meets) {
    await repo.meetDeadlines(tx, row.id, meets, now);
  }
  await repo.updateCase(tx, row.id, patch, now);
  const note = 'note' in req ? (req.note ?? null) : null;
  await repo.appendEvent(
    tx,
    row.id,
    {
      command: req.type,
      from: t.from,
      to: t.to,
      reasonCode: req.type === 'NOT_REGISTER' ? req.reason : null,
      note,
      public: t.publicChange,
      data,
      actorId: principal.userId,
    },
    now,
  );
  await repo.refreshSummary(tx, row.id);
  if (t.publicChange) await notifyReporters(deps, tx, row.id, t.to, now);
  return {
    action: `case.${req.type.toLowerCase()}`,
    subjectType: 'case',
    subjectId: row.id,
    data: { from: t.from, to: t.to, ...data },
  };
}
