import { GakkumduDiscussionRequest, TransitionRequest } from '../../../shared/api/cases';
import {
  CASE_COMMANDS,
  CASE_PRECONDITION_FAILURES,
  NOT_REGISTERED_REASONS,
  SANCTION_PROBLEMS,
  type CaseCommandType,
  type CasePreconditionFailure,
  type DeadlineState,
  type SanctionProblem,
} from '../../../shared/cases';
import type { Translate } from '../../../shared/i18n';
import { TIME_ZONES, ZONE_LABEL, type TimeZone } from '../../../shared/zones';
import { ApiError } from '../../api';

/** Display helpers of the case pages: pure, so they are table-tested (labels.test.ts). */

/** Colour of a deadline state (badge classes of reports.css); the state's label goes with it. */
export const DEADLINE_TONE: Record<DeadlineState, 'ok' | 'warn' | 'late'> = {
  OK: 'ok',
  DUE_SOON: 'warn',
  OVERDUE: 'late',
};

/** Marks that tell the states apart without colour: ● on track, ▲ due soon, ■ overdue. */
export const DEADLINE_MARK: Record<DeadlineState, string> = { OK: '●', DUE_SOON: '▲', OVERDUE: '■' };

export type TransitionType = TransitionRequest['type'];

/** Commands sent to `POST /api/cases/:id/transitions`, in the contract's order. */
export const TRANSITION_TYPES: readonly TransitionType[] = TransitionRequest.options.map((o) => o.shape.type.value);

/** Whether the command's note is required (the contract's `Note`) rather than optional. */
export function noteRequired(type: TransitionType): boolean {
  const option = TransitionRequest.options.find((o) => o.shape.type.value === type);
  return option ? !option.shape.note.safeParse(undefined).success : false;
}

export function isTransition(command: CaseCommandType): command is TransitionType {
  return (TRANSITION_TYPES as readonly string[]).includes(command);
}

/** Timeline events that are not commands of the procedure. */
export const CASE_EVENTS = ['OPEN', 'GAKKUMDU_OPEN', 'GAKKUMDU_DISCUSSION', 'GAKKUMDU_STAGE', 'DOCUMENT'] as const;

/** A timeline's command or event as a label; an unknown one (from a later version) as it is. */
export function commandLabel(command: string, t: Translate): string {
  const known = CASE_COMMANDS.find((c) => c === command);
  if (known) return t(`caseCommand.${known}`);
  const event = CASE_EVENTS.find((e) => e === command);
  return event ? t(`caseEvent.${event}`) : command;
}

/** A timeline's reason code as a label (not-registered reasons); other codes as they are. */
export function reasonLabel(code: string, t: Translate): string {
  const known = NOT_REGISTERED_REASONS.find((r) => r === code);
  return known ? t(`notRegisteredReason.${known}`) : code;
}

/** A Sentra Gakkumdu discussion's conclusion as a label; an unknown one as it is. */
export function conclusionLabel(conclusion: string, t: Translate): string {
  const known = GakkumduDiscussionRequest.shape.conclusion.options.find((c) => c === conclusion);
  return known ? t(`gakkumduConclusion.${known}`) : conclusion;
}

/** The register number, or "belum diregistrasi". */
export function registerLabel(registerNumber: string | null, t: Translate): string {
  return registerNumber ?? t('cases.notRegistered');
}

function detailList(err: unknown, key: 'failed' | 'allowed'): unknown[] {
  if (!(err instanceof ApiError)) return [];
  const d = err.details;
  if (typeof d !== 'object' || d === null || !(key in d)) return [];
  const list = (d as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : [];
}

/** What a PRECONDITION_FAILED answer says is missing (`details.failed`), known codes only. */
export function failedChecks(err: unknown): (CasePreconditionFailure | SanctionProblem)[] {
  if (!(err instanceof ApiError) || err.code !== 'PRECONDITION_FAILED') return [];
  return detailList(err, 'failed').flatMap((f) => {
    const known = [...CASE_PRECONDITION_FAILURES, ...SANCTION_PROBLEMS].find((c) => c === f);
    return known ? [known] : [];
  });
}

/** The label of a failed check. */
export function failedLabel(code: CasePreconditionFailure | SanctionProblem, t: Translate): string {
  return (CASE_PRECONDITION_FAILURES as readonly string[]).includes(code)
    ? t(`precondition.${code as CasePreconditionFailure}`)
    : t(`sanctionProblem.${code as SanctionProblem}`);
}

/** The commands an INVALID_TRANSITION answer says are possible now (`details.allowed`). */
export function allowedNow(err: unknown): CaseCommandType[] {
  if (!(err instanceof ApiError) || err.code !== 'INVALID_TRANSITION') return [];
  return detailList(err, 'allowed').flatMap((c) => {
    const known = CASE_COMMANDS.find((k) => k === c);
    return known ? [known] : [];
  });
}

/** The values a transition dialog collects; which ones are sent depends on the command. */
export interface TransitionValues {
  note: string;
  reason: string;
  override: string;
  /** Chosen categories as `position:CATEGORY`. */
  categories: readonly string[];
}

/**
 * The request body of a transition, to be checked with `TransitionRequest`: empty optional text is
 * left out, the override is sent only when asked for.
 */
export function transitionBody(type: TransitionType, v: TransitionValues, withOverride: boolean): unknown {
  const note = v.note.trim();
  const body: Record<string, unknown> = { type };
  if (note) body.note = note;
  switch (type) {
    case 'REQUEST_COMPLETION':
    case 'WITHDRAW':
    case 'EXTEND_DECISION':
    case 'DECIDE_NOT_VIOLATION':
      body.note = note;
      break;
    case 'NOT_REGISTER':
      body.note = note;
      body.reason = v.reason || undefined;
      break;
    case 'DECIDE_VIOLATION':
      body.note = note;
      body.categories = v.categories.map((pc) => {
        const [position, category] = pc.split(':');
        return { partyPosition: Number(position), category };
      });
      break;
    case 'REGISTER':
    case 'CLOSE':
      if (withOverride) body.override = { reason: v.override.trim() };
      break;
    default:
      break;
  }
  return body;
}

/**
 * The last minute inside a deadline: it ends at the start of the next local day (00.00), which
 * officers read as the day after; they expect "21 Nov 2024 23.59 WIB".
 */
export function lastMoment(dueAt: string): Date {
  return new Date(Date.parse(dueAt) - 1);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The half of a server text `'Bahasa Indonesia / English'` in the chosen language, like
 * `localMessage`, but only when the text really is two halves: a ` / ` inside parentheses (a
 * bilingual word within one sentence) keeps the whole text rather than cutting it.
 */
export function bilingual(text: string, lang: 'id' | 'en'): string {
  const parts = text.split(' / ');
  const [id, en] = parts;
  if (parts.length !== 2 || id === undefined || en === undefined || !balanced(id) || !balanced(en)) return text;
  return lang === 'id' ? id : en;
}

/** A file name for a document's number (`0001/REG/36.03/XI/2024` → `0001-REG-36.03-XI-2024.pdf`). */
export function documentFileName(number: string): string {
  return `${number.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'dokumen'}.pdf`;
}

/** The zone a label names (`WITA` → Asia/Makassar); WIB when the label is not one of the three. */
export function zoneOfLabel(label: string): TimeZone {
  return TIME_ZONES.find((z) => ZONE_LABEL[z] === label) ?? 'Asia/Jakarta';
}
