/**
 * The case procedure of DOMAIN.md §2 as commands: `decide` says whether a command applies to a case
 * and where it leads; the caller writes the change and its audit event. Pure: no I/O, no clock.
 *
 * Two kinds of refusal: INVALID_TRANSITION (the command does not exist in this status, or the case
 * is finished) and PRECONDITION_FAILED (the command applies here, but the case or the command's
 * data does not meet its conditions). Role checks beyond the overrides are the server policies' job.
 */
import {
  CASE_COMMANDS,
  CATEGORIES,
  NOT_REGISTERED_REASONS,
  OVERRIDE_ROLES,
  PRE_REGISTRATION_STATUSES,
  TERMINAL_STATUSES,
  type CasePreconditionFailure,
  type CaseCommandType,
  type CaseStatus,
  type Category,
  type NotRegisteredReason,
} from '../../shared/cases';
import type { Role } from '../../shared/roles';

export interface CaseSnapshot {
  status: CaseStatus;
  kind: 'REPORT' | 'FINDING';
  /** The formal and material requirements of intake are all met. */
  requirementsMet: boolean;
  /** EXTEND_DECISION has already been used. */
  decisionExtended: boolean;
  /** Existing forwardings; `final` = it has a final follow-up status. */
  forwardings: { final: boolean }[];
  /** Categories recorded at the decision. */
  categoriesCount: number;
}

export type CaseCommand =
  | { type: 'START_REVIEW' }
  | { type: 'REQUEST_COMPLETION'; note: string }
  | { type: 'COMPLETION_RECEIVED'; note?: string }
  | { type: 'REGISTER'; override?: { reason: string } }
  | { type: 'NOT_REGISTER'; reason: NotRegisteredReason; note: string }
  | { type: 'WITHDRAW'; note: string }
  | { type: 'START_CLARIFICATION' }
  | { type: 'START_ANALYSIS' }
  | { type: 'TO_PLENARY' }
  | { type: 'EXTEND_DECISION'; note: string }
  | { type: 'DECIDE_NOT_VIOLATION'; note: string }
  | { type: 'DECIDE_VIOLATION'; note: string; categories: { partyPosition: number; category: Category }[] }
  | { type: 'FORWARD' }
  | { type: 'RECORD_FOLLOW_UP'; final: boolean }
  | { type: 'CLOSE'; note: string; override?: { reason: string } }
  | { type: 'MERGE'; intoCaseId: string }
  | { type: 'DELEGATE'; toOffice: string; note: string };

/** Who gives a command: an officer's role, or the reporter (withdrawal through the tracking code). */
export type CommandActor = Role | 'REPORTER';

export interface CommandContext {
  role: CommandActor;
}

export type Transition =
  | { ok: true; from: CaseStatus; to: CaseStatus; publicChange: boolean }
  | { ok: false; code: 'INVALID_TRANSITION'; allowed: CaseCommandType[]; message: string }
  | { ok: false; code: 'PRECONDITION_FAILED'; failed: CasePreconditionFailure[]; message: string };

/** Minimum length of the note that explains a non-registration. */
export const MIN_NOT_REGISTERED_NOTE = 5;

/** 'SAME' = the command keeps the status (no public change). */
type Target = CaseStatus | 'SAME';

const ACTIVE_STATUSES: readonly CaseStatus[] = [
  'RECEIVED',
  'INITIAL_REVIEW',
  'NEEDS_COMPLETION',
  'REGISTERED',
  'CLARIFICATION',
  'ANALYSIS',
  'PLENARY',
  'VIOLATION',
  'FORWARDED',
  'FOLLOW_UP_RECEIVED',
];

/** From which statuses each command applies, and the status it leads to. */
const EDGES: Record<CaseCommandType, { from: readonly CaseStatus[]; to: Target }> = {
  START_REVIEW: { from: ['RECEIVED'], to: 'INITIAL_REVIEW' },
  REQUEST_COMPLETION: { from: ['INITIAL_REVIEW'], to: 'NEEDS_COMPLETION' },
  COMPLETION_RECEIVED: { from: ['NEEDS_COMPLETION'], to: 'INITIAL_REVIEW' },
  REGISTER: { from: ['INITIAL_REVIEW'], to: 'REGISTERED' },
  NOT_REGISTER: { from: ['INITIAL_REVIEW', 'NEEDS_COMPLETION'], to: 'NOT_REGISTERED' },
  WITHDRAW: { from: PRE_REGISTRATION_STATUSES, to: 'WITHDRAWN' },
  START_CLARIFICATION: { from: ['REGISTERED'], to: 'CLARIFICATION' },
  START_ANALYSIS: { from: ['REGISTERED', 'CLARIFICATION'], to: 'ANALYSIS' },
  TO_PLENARY: { from: ['ANALYSIS'], to: 'PLENARY' },
  EXTEND_DECISION: { from: ['REGISTERED', 'CLARIFICATION', 'ANALYSIS', 'PLENARY'], to: 'SAME' },
  DECIDE_NOT_VIOLATION: { from: ['PLENARY'], to: 'NOT_VIOLATION' },
  DECIDE_VIOLATION: { from: ['PLENARY'], to: 'VIOLATION' },
  // A new forwarding after a follow-up puts the case back to waiting (FORWARDED).
  FORWARD: { from: ['VIOLATION', 'FORWARDED', 'FOLLOW_UP_RECEIVED'], to: 'FORWARDED' },
  RECORD_FOLLOW_UP: { from: ['FORWARDED', 'FOLLOW_UP_RECEIVED'], to: 'FOLLOW_UP_RECEIVED' },
  CLOSE: { from: ['FORWARDED', 'FOLLOW_UP_RECEIVED'], to: 'CLOSED' },
  MERGE: { from: PRE_REGISTRATION_STATUSES, to: 'MERGED' },
  DELEGATE: { from: ACTIVE_STATUSES, to: 'SAME' },
};

/** Bahasa Indonesia, English. */
const FAILURE_MESSAGES: Record<CasePreconditionFailure, readonly [string, string]> = {
  REQUIREMENTS_NOT_MET: ['syarat formal dan materiel belum terpenuhi', 'formal and material requirements are not met'],
  OVERRIDE_NOT_ALLOWED: ['peran ini tidak boleh mengesampingkan syarat', 'this role may not override the condition'],
  OVERRIDE_REASON_REQUIRED: ['pengesampingan memerlukan alasan', 'an override needs a reason'],
  REASON_REQUIRED: [
    `alasan dan keterangan (minimal ${MIN_NOT_REGISTERED_NOTE} karakter) wajib diisi`,
    `a reason and a note of at least ${MIN_NOT_REGISTERED_NOTE} characters are required`,
  ],
  NOTE_REQUIRED: ['keterangan wajib diisi', 'a note is required'],
  NOT_A_REPORT: ['temuan tidak dapat dicabut', 'a finding cannot be withdrawn'],
  ALREADY_EXTENDED: ['batas waktu putusan sudah pernah diperpanjang', 'the decision deadline was already extended'],
  CATEGORY_REQUIRED: ['minimal satu kategori pelanggaran', 'at least one violation category is required'],
  UNKNOWN_CATEGORY: ['kategori tidak dikenal', 'unknown category'],
  INVALID_PARTY_POSITION: ['posisi terlapor tidak sah', 'invalid reported-party position'],
  DUPLICATE_CATEGORY: [
    'kategori yang sama untuk terlapor yang sama tercatat dua kali',
    'the same category is recorded twice for one reported party',
  ],
  NO_CATEGORIES: ['belum ada kategori pelanggaran yang diputuskan', 'no violation category has been decided'],
  NO_FORWARDING: ['belum ada penerusan', 'there is no forwarding yet'],
  FOLLOW_UP_PENDING: ['masih ada penerusan tanpa tindak lanjut akhir', 'some forwardings have no final follow-up yet'],
  TARGET_REQUIRED: ['tujuan wajib diisi', 'a target is required'],
};

/** A command of each type with the most permissive data (notes filled, override asked for). */
const MOST_PERMISSIVE: Record<CaseCommandType, CaseCommand> = {
  START_REVIEW: { type: 'START_REVIEW' },
  REQUEST_COMPLETION: { type: 'REQUEST_COMPLETION', note: 'catatan' },
  COMPLETION_RECEIVED: { type: 'COMPLETION_RECEIVED' },
  REGISTER: { type: 'REGISTER', override: { reason: 'alasan' } },
  NOT_REGISTER: { type: 'NOT_REGISTER', reason: 'OTHER', note: 'catatan' },
  WITHDRAW: { type: 'WITHDRAW', note: 'catatan' },
  START_CLARIFICATION: { type: 'START_CLARIFICATION' },
  START_ANALYSIS: { type: 'START_ANALYSIS' },
  TO_PLENARY: { type: 'TO_PLENARY' },
  EXTEND_DECISION: { type: 'EXTEND_DECISION', note: 'catatan' },
  DECIDE_NOT_VIOLATION: { type: 'DECIDE_NOT_VIOLATION', note: 'catatan' },
  DECIDE_VIOLATION: {
    type: 'DECIDE_VIOLATION',
    note: 'catatan',
    categories: [{ partyPosition: 0, category: 'OTHER_LAWS' }],
  },
  FORWARD: { type: 'FORWARD' },
  RECORD_FOLLOW_UP: { type: 'RECORD_FOLLOW_UP', final: true },
  CLOSE: { type: 'CLOSE', note: 'catatan', override: { reason: 'alasan' } },
  MERGE: { type: 'MERGE', intoCaseId: 'perkara' },
  DELEGATE: { type: 'DELEGATE', toOffice: 'kantor', note: 'catatan' },
};

export function isTerminal(s: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(s);
}

/** A role that may override REQUIREMENTS_NOT_MET at REGISTER and FOLLOW_UP_PENDING at CLOSE. */
export function mayOverride(role: CommandActor): boolean {
  return role !== 'REPORTER' && OVERRIDE_ROLES.includes(role);
}

function blank(text: unknown): boolean {
  return typeof text !== 'string' || text.trim() === '';
}

/**
 * Checks an override of `failure` (REGISTER, CLOSE). No override → `failure`; an override by a role
 * not in OVERRIDE_ROLES → OVERRIDE_NOT_ALLOWED; without a reason → OVERRIDE_REASON_REQUIRED.
 */
function overrideFailure(
  failure: CasePreconditionFailure,
  override: { reason: string } | undefined,
  role: CommandActor,
): CasePreconditionFailure | null {
  if (override === undefined) return failure;
  if (!mayOverride(role)) return 'OVERRIDE_NOT_ALLOWED';
  return blank(override.reason) ? 'OVERRIDE_REASON_REQUIRED' : null;
}

function categoryFailures(categories: unknown): CasePreconditionFailure[] {
  if (!Array.isArray(categories) || categories.length === 0) return ['CATEGORY_REQUIRED'];
  const failed = new Set<CasePreconditionFailure>();
  const seen = new Set<string>();
  for (const entry of categories as { partyPosition: unknown; category: unknown }[]) {
    if (!CATEGORIES.includes(entry.category as Category)) failed.add('UNKNOWN_CATEGORY');
    if (!Number.isInteger(entry.partyPosition) || (entry.partyPosition as number) < 0) {
      failed.add('INVALID_PARTY_POSITION');
    }
    const key = `${String(entry.partyPosition)}:${String(entry.category)}`;
    if (seen.has(key)) failed.add('DUPLICATE_CATEGORY');
    seen.add(key);
  }
  return [...failed];
}

/** The conditions of `cmd` in `state` that fail, in a stable order; empty when it may proceed. */
function preconditionFailures(state: CaseSnapshot, cmd: CaseCommand, ctx: CommandContext): CasePreconditionFailure[] {
  const failed: (CasePreconditionFailure | null)[] = [];
  switch (cmd.type) {
    case 'REGISTER':
      if (!state.requirementsMet) failed.push(overrideFailure('REQUIREMENTS_NOT_MET', cmd.override, ctx.role));
      break;
    case 'NOT_REGISTER': {
      const noteTooShort = typeof cmd.note !== 'string' || cmd.note.trim().length < MIN_NOT_REGISTERED_NOTE;
      if (!NOT_REGISTERED_REASONS.includes(cmd.reason) || noteTooShort) failed.push('REASON_REQUIRED');
      break;
    }
    case 'WITHDRAW':
      if (state.kind !== 'REPORT') failed.push('NOT_A_REPORT');
      if (blank(cmd.note)) failed.push('NOTE_REQUIRED');
      break;
    case 'EXTEND_DECISION':
      if (state.decisionExtended) failed.push('ALREADY_EXTENDED');
      if (blank(cmd.note)) failed.push('NOTE_REQUIRED');
      break;
    case 'DECIDE_VIOLATION':
      failed.push(...categoryFailures(cmd.categories));
      if (blank(cmd.note)) failed.push('NOTE_REQUIRED');
      break;
    case 'FORWARD':
      if (state.categoriesCount < 1) failed.push('NO_CATEGORIES');
      break;
    case 'RECORD_FOLLOW_UP':
      if (state.forwardings.length === 0) failed.push('NO_FORWARDING');
      break;
    case 'CLOSE':
      if (state.forwardings.length === 0) failed.push('NO_FORWARDING');
      else if (!state.forwardings.every((f) => f.final)) {
        failed.push(overrideFailure('FOLLOW_UP_PENDING', cmd.override, ctx.role));
      }
      if (blank(cmd.note)) failed.push('NOTE_REQUIRED');
      break;
    case 'MERGE':
      if (blank(cmd.intoCaseId)) failed.push('TARGET_REQUIRED');
      break;
    case 'DELEGATE':
      if (blank(cmd.toOffice)) failed.push('TARGET_REQUIRED');
      if (blank(cmd.note)) failed.push('NOTE_REQUIRED');
      break;
    case 'REQUEST_COMPLETION':
    case 'DECIDE_NOT_VIOLATION':
      if (blank(cmd.note)) failed.push('NOTE_REQUIRED');
      break;
    default:
      break;
  }
  return failed.filter((f): f is CasePreconditionFailure => f !== null);
}

type Evaluation =
  | { ok: true; from: CaseStatus; to: CaseStatus; publicChange: boolean }
  | { ok: false; code: 'INVALID_TRANSITION' }
  | { ok: false; code: 'PRECONDITION_FAILED'; failed: CasePreconditionFailure[] };

function evaluate(state: CaseSnapshot, cmd: CaseCommand, ctx: CommandContext): Evaluation {
  const edge = (EDGES as Partial<Record<string, (typeof EDGES)[CaseCommandType]>>)[cmd.type];
  if (edge === undefined || !edge.from.includes(state.status)) return { ok: false, code: 'INVALID_TRANSITION' };
  const failed = preconditionFailures(state, cmd, ctx);
  if (failed.length > 0) return { ok: false, code: 'PRECONDITION_FAILED', failed };
  const to = edge.to === 'SAME' ? state.status : edge.to;
  return { ok: true, from: state.status, to, publicChange: to !== state.status };
}

/**
 * Commands that can succeed in `state` for `ctx.role` with suitable data, in CASE_COMMANDS order.
 * A command outside this list fails whatever its data; one inside may still fail on its data.
 */
export function allowedCommands(state: CaseSnapshot, ctx: CommandContext): CaseCommandType[] {
  return CASE_COMMANDS.filter((type) => evaluate(state, MOST_PERMISSIVE[type], ctx).ok);
}

/** Whether `cmd` applies to a case in `state`, and the status it leads to. */
export function decide(state: CaseSnapshot, cmd: CaseCommand, ctx: CommandContext): Transition {
  const result = evaluate(state, cmd, ctx);
  if (result.ok) return result;
  if (result.code === 'PRECONDITION_FAILED') {
    const messages = result.failed.map((f) => FAILURE_MESSAGES[f]);
    const id = messages.map(([text]) => text).join('; ');
    const en = messages.map(([, text]) => text).join('; ');
    return { ok: false, code: 'PRECONDITION_FAILED', failed: result.failed, message: `${id} / ${en}` };
  }
  const type = String(cmd.type);
  const message = isTerminal(state.status)
    ? `Perkara sudah selesai (${state.status}); perintah ${type} tidak berlaku / ` +
      `The case has ended (${state.status}); command ${type} does not apply`
    : `Perintah ${type} tidak berlaku pada status ${state.status} / ` +
      `Command ${type} does not apply in status ${state.status}`;
  return { ok: false, code: 'INVALID_TRANSITION', allowed: allowedCommands(state, ctx), message };
}
