/**
 * The vocabulary of case handling (DOMAIN.md §2–5): statuses and commands of the procedure,
 * categories, receiving bodies, follow-up statuses, sanctions, Sentra Gakkumdu stages and the
 * deadline rules' codes. Labels live in the message catalogues (src/shared/i18n/cases-*.ts).
 */
import type { Role } from './roles';

/** Statuses of a case (DOMAIN.md §2). Terminal: NOT_REGISTERED, NOT_VIOLATION, CLOSED, WITHDRAWN, MERGED. */
export const CASE_STATUSES = [
  'RECEIVED',
  'INITIAL_REVIEW',
  'NEEDS_COMPLETION',
  'NOT_REGISTERED',
  'REGISTERED',
  'CLARIFICATION',
  'ANALYSIS',
  'PLENARY',
  'NOT_VIOLATION',
  'VIOLATION',
  'FORWARDED',
  'FOLLOW_UP_RECEIVED',
  'CLOSED',
  'WITHDRAWN',
  'MERGED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TERMINAL_STATUSES: readonly CaseStatus[] = [
  'NOT_REGISTERED',
  'NOT_VIOLATION',
  'CLOSED',
  'WITHDRAWN',
  'MERGED',
];

/** Statuses before registration: the reporter may still withdraw, reports may still be merged. */
export const PRE_REGISTRATION_STATUSES: readonly CaseStatus[] = ['RECEIVED', 'INITIAL_REVIEW', 'NEEDS_COMPLETION'];

/** Commands that move a case (each one audited, each with its reason where the law asks for one). */
export const CASE_COMMANDS = [
  'START_REVIEW',
  'REQUEST_COMPLETION',
  'COMPLETION_RECEIVED',
  'REGISTER',
  'NOT_REGISTER',
  'WITHDRAW',
  'START_CLARIFICATION',
  'START_ANALYSIS',
  'TO_PLENARY',
  'EXTEND_DECISION',
  'DECIDE_NOT_VIOLATION',
  'DECIDE_VIOLATION',
  'FORWARD',
  'RECORD_FOLLOW_UP',
  'CLOSE',
  'MERGE',
  'DELEGATE',
] as const;
export type CaseCommandType = (typeof CASE_COMMANDS)[number];

/**
 * What the timeline records: every command, plus the events that are not transitions (the case
 * opened at intake, Sentra Gakkumdu work, a document issued).
 */
export const CASE_EVENTS = [
  ...CASE_COMMANDS,
  'OPEN',
  'GAKKUMDU_OPEN',
  'GAKKUMDU_DISCUSSION',
  'GAKKUMDU_STAGE',
  'DOCUMENT',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** How a Sentra Gakkumdu discussion ends. */
export const GAKKUMDU_CONCLUSIONS = ['CONTINUE', 'FORWARD_TO_INVESTIGATION', 'FORWARD_TO_PROSECUTION', 'STOP'] as const;
export type GakkumduConclusion = (typeof GAKKUMDU_CONCLUSIONS)[number];

/** Fixed reasons for not registering (a text is always added). */
export const NOT_REGISTERED_REASONS = [
  'FORMAL_NOT_MET',
  'MATERIAL_NOT_MET',
  'PAST_WINDOW',
  'NOT_COMPLETED_IN_TIME',
  'NOT_AN_ELECTION_VIOLATION',
  'ALREADY_HANDLED',
  'OTHER',
] as const;
export type NotRegisteredReason = (typeof NOT_REGISTERED_REASONS)[number];

/** Categories of a violation (DOMAIN.md §2); a decided case carries one or more per reported party. */
export const CATEGORIES = ['ADMINISTRATIVE', 'ADMINISTRATIVE_TSM', 'ETHICS', 'CRIME', 'OTHER_LAWS'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Bodies Bawaslu forwards to (DOMAIN.md §2, §4). */
export const RECEIVING_BODIES = [
  'KPU',
  'BAWASLU_PROVINSI',
  'DKPP',
  'GAKKUMDU',
  'KASN',
  'BKN',
  'BUPATI_WALIKOTA',
  'KEMENDAGRI',
  'PROPAM',
  'ANKUM',
  'OTHER',
] as const;
export type ReceivingBody = (typeof RECEIVING_BODIES)[number];

/** What comes back from a receiving body (DOMAIN.md §4). */
export const FOLLOW_UP_STATUSES = [
  'AWAITING_VERIFICATION',
  'AWAITING_PPK',
  'SANCTIONED',
  'NOT_PROVEN',
  'CANCELLED',
  'REJECTED',
  'EMPLOYEE_LEFT',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/** Follow-up statuses that end a forwarding. */
export const FINAL_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  'SANCTIONED',
  'NOT_PROVEN',
  'CANCELLED',
  'REJECTED',
  'EMPLOYEE_LEFT',
];

/**
 * Sanctions, typed by the subject they can be imposed on (DOMAIN.md §4–5). ASN: ethics (PP 42/2004)
 * and discipline (PP 94/2021); village heads and officials: UU Desa; Polri, TNI, organisers.
 */
export const SANCTION_TYPES = [
  'MORAL_CLOSED',
  'MORAL_OPEN',
  'ALLOWANCE_CUT_25',
  'DEMOTION_12M',
  'REMOVAL_TO_STAFF_12M',
  'DISCHARGE_HONOURABLE',
  'DISCHARGE_DISHONOURABLE',
  'CONTRACT_TERMINATED',
  'REPRIMAND_SPOKEN',
  'REPRIMAND_WRITTEN',
  'TEMPORARY_SUSPENSION',
  'DISMISSAL',
  'POLRI_DISCIPLINE',
  'POLRI_ETHICS',
  'POLRI_DISCHARGE',
  'TNI_DISCIPLINE',
  'DKPP_WARNING',
  'DKPP_DISMISSAL',
  'OTHER',
] as const;
export type SanctionType = (typeof SANCTION_TYPES)[number];
/** Months a 25% allowance cut may last (PP 94/2021). */
export const ALLOWANCE_CUT_MONTHS = [6, 9, 12] as const;

/** Sentra Gakkumdu discussion stages and criminal steps (DOMAIN.md §3). */
export const GAKKUMDU_STAGES = [
  'FIRST_DISCUSSION',
  'SECOND_DISCUSSION',
  'INVESTIGATION',
  'THIRD_DISCUSSION',
  'PROSECUTION',
  'DISTRICT_COURT',
  'APPEAL',
  'HIGH_COURT',
  'FINAL',
  'STOPPED',
] as const;
export type GakkumduStage = (typeof GAKKUMDU_STAGES)[number];

/** Criminal articles considered in Gakkumdu discussions (Pilkada law; Pemilu articles may be added). */
export const CRIMINAL_ARTICLES = ['PASAL_71_188', 'PASAL_70_189', 'OTHER'] as const;
export type CriminalArticle = (typeof CRIMINAL_ARTICLES)[number];

/** Codes of the effective-dated deadline rules (table `deadline_rules`). */
export const DEADLINE_CODES = [
  'REPORT_WINDOW',
  'COMPLETION',
  'DECISION',
  'DECISION_EXTENSION',
  'FORWARDING_REPLY',
  'INVESTIGATION',
  'FILE_RETURN',
  'FILE_COMPLETION',
  'TO_COURT',
  'DISTRICT_VERDICT',
  'APPEAL',
  'TO_HIGH_COURT',
  'HIGH_COURT_VERDICT',
] as const;
export type DeadlineCode = (typeof DEADLINE_CODES)[number];

/** The criminal-step deadlines of Sentra Gakkumdu (DOMAIN.md §3), in their order. */
export const GAKKUMDU_STEPS: readonly DeadlineCode[] = [
  'INVESTIGATION',
  'FILE_RETURN',
  'FILE_COMPLETION',
  'TO_COURT',
  'DISTRICT_VERDICT',
  'APPEAL',
  'TO_HIGH_COURT',
  'HIGH_COURT_VERDICT',
];

/** How close a deadline is, as the inbox shows it. */
export const DEADLINE_STATES = ['OK', 'DUE_SOON', 'OVERDUE'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Official documents Netra produces (PDF, numbered, hash in the audit trail). */
export const DOCUMENT_KINDS = ['RECEIPT', 'CLARIFICATION_INVITATION', 'STATUS_NOTICE', 'FORWARDING_LETTER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const REGIMES = ['PILKADA', 'PEMILU'] as const;
export type Regime = (typeof REGIMES)[number];

/** Roles that may override a precondition (register an incomplete report, close with follow-ups pending). */
export const OVERRIDE_ROLES: readonly Role[] = ['BAWASLU_KABKOTA', 'BAWASLU_PROVINSI', 'BAWASLU_RI'];

/** Why a command that is valid in the case's status was refused (src/domain/cases/state-machine.ts). */
export const CASE_PRECONDITION_FAILURES = [
  'REQUIREMENTS_NOT_MET',
  'OVERRIDE_NOT_ALLOWED',
  'OVERRIDE_REASON_REQUIRED',
  'REASON_REQUIRED',
  'NOTE_REQUIRED',
  'NOT_A_REPORT',
  'ALREADY_EXTENDED',
  'CATEGORY_REQUIRED',
  'UNKNOWN_CATEGORY',
  'INVALID_PARTY_POSITION',
  'DUPLICATE_CATEGORY',
  'NO_CATEGORIES',
  'NO_FORWARDING',
  'FOLLOW_UP_PENDING',
  'TARGET_REQUIRED',
] as const;
export type CasePreconditionFailure = (typeof CASE_PRECONDITION_FAILURES)[number];

/** Problems with the sanctions recorded on a follow-up (src/domain/cases/sanctions.ts). */
export const SANCTION_PROBLEMS = [
  'NOT_FOR_SUBJECT',
  'MONTHS_REQUIRED',
  'MONTHS_NOT_ALLOWED',
  'SANCTION_REQUIRED',
  'SANCTIONS_NOT_ALLOWED',
  'DUPLICATE_SANCTION',
] as const;
export type SanctionProblem = (typeof SANCTION_PROBLEMS)[number];

/** Warnings on a forwarding track (src/domain/cases/routing.ts). */
export const TRACK_WARNINGS = ['NO_ROUTE', 'NOT_LIABLE_ON_ACT_DATE'] as const;
export type TrackWarning = (typeof TRACK_WARNINGS)[number];
