import { z } from 'zod';
import {
  ALLOWANCE_CUT_MONTHS,
  CASE_COMMANDS,
  CASE_EVENTS,
  CASE_STATUSES,
  CATEGORIES,
  CRIMINAL_ARTICLES,
  DEADLINE_CODES,
  DEADLINE_STATES,
  DOCUMENT_KINDS,
  FOLLOW_UP_STATUSES,
  GAKKUMDU_CONCLUSIONS,
  GAKKUMDU_STAGES,
  NOT_REGISTERED_REASONS,
  RECEIVING_BODIES,
  SANCTION_TYPES,
} from '../cases';
import { PageQuery, RegionCode, page } from './common';
import { CalendarDate, Regime } from './elections';
import { RegionSummary } from './regions';
import { Channel, OfficeSummary, RequirementResult, SubjectType, ViolationType } from './reports';

/**
 * Case handling: the inbox, the case page, the commands of the procedure, forwardings and their
 * follow-up, Sentra Gakkumdu, documents and the rules' explanations. Schemas validate requests on
 * the server, shape responses, drive the web forms and generate the OpenAPI document.
 */
export const CaseStatus = z.enum(CASE_STATUSES);
export const CaseCommandType = z.enum(CASE_COMMANDS);
export const Category = z.enum(CATEGORIES);
export const ReceivingBody = z.enum(RECEIVING_BODIES);
export const FollowUpStatus = z.enum(FOLLOW_UP_STATUSES);
export const SanctionType = z.enum(SANCTION_TYPES);
export const GakkumduStage = z.enum(GAKKUMDU_STAGES);
export const CriminalArticle = z.enum(CRIMINAL_ARTICLES);
export const DeadlineCode = z.enum(DEADLINE_CODES);
export const DeadlineState = z.enum(DEADLINE_STATES);
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export const NotRegisteredReason = z.enum(NOT_REGISTERED_REASONS);
export const CaseKind = z.enum(['REPORT', 'FINDING']);

const Note = z.string().trim().min(5, 'Sebutkan alasan / Give a reason').max(2000);
const OptionalNote = z.string().trim().max(2000).optional();

// ---- Rules and their explanation ----

export const RuleVersion = z.object({
  code: z.string(),
  regime: Regime.nullable(),
  effectiveFrom: z.string(),
  days: z.number().int().nullable(),
  unit: z.enum(['CALENDAR', 'WORKING']).nullable(),
  source: z.string(),
});

/** Why a deadline falls where it does: the rule and version used, the local last day and its zone. */
export const DeadlineView = z.object({
  code: DeadlineCode,
  /** The forwarding id for a reply deadline, '' otherwise. */
  ref: z.string(),
  startOn: z.string(),
  lastDay: z.string(),
  dueAt: z.string(),
  zoneLabel: z.string(),
  state: DeadlineState,
  met: z.boolean(),
  rule: RuleVersion,
  extension: RuleVersion.nullable(),
  explanation: z.string(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const DeadlineRuleQuery = z.object({
  regime: Regime,
  rule: DeadlineCode,
  start: CalendarDate,
  region: RegionCode,
  extended: z.enum(['true', 'false']).default('false'),
});
export const DeadlineRuleAnswer = DeadlineView.omit({ state: true, met: true, ref: true });

export const RouteRuleQuery = z.object({ category: Category, subjectType: SubjectType, actOn: CalendarDate });
export const RouteRuleAnswer = z.object({
  body: ReceivingBody.nullable(),
  rule: RuleVersion.nullable(),
  explanation: z.string(),
});
export const LiabilityRuleQuery = z.object({ subjectType: SubjectType, actOn: CalendarDate });
export const LiabilityRuleAnswer = z.object({
  article: z.literal('PASAL_188'),
  liable: z.boolean(),
  rule: RuleVersion.nullable(),
  explanation: z.string(),
});

// ---- Inbox and workload ----

export const CaseListQuery = PageQuery.extend({
  status: CaseStatus.optional(),
  /** Open cases only (default), or every case. */
  open: z.enum(['true', 'false']).default('true'),
  kind: CaseKind.optional(),
  category: Category.optional(),
  subjectType: SubjectType.optional(),
  act: ViolationType.optional(),
  /** Only cases whose place lies in this region (within the officer's reach). */
  region: RegionCode.optional(),
  deadline: DeadlineState.optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseListItem = z.object({
  id: z.string(),
  kind: CaseKind,
  status: CaseStatus,
  registerNumber: z.string().nullable(),
  receivedAt: z.string(),
  office: OfficeSummary,
  incidentRegion: RegionSummary.nullable(),
  timeZone: z.string(),
  subjectTypes: z.array(SubjectType),
  acts: z.array(ViolationType),
  categories: z.array(Category),
  partyNames: z.array(z.string()),
  reportCount: z.number().int(),
  nextDeadline: z.object({ code: DeadlineCode, dueAt: z.string(), state: DeadlineState }).nullable(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;
export const CasePage = page(CaseListItem);

export const WorkloadRow = z.object({
  office: OfficeSummary,
  open: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  unansweredForwardings: z.number().int(),
});
export const WorkloadResponse = z.object({ rows: z.array(WorkloadRow), dueSoonHours: z.number().int() });

// ---- Case page ----

export const CaseParams = z.object({ id: z.string().uuid() });

export const Sanction = z.strictObject({
  type: SanctionType,
  /** Months, for a 25% allowance cut (6, 9 or 12). */
  months: z
    .number()
    .int()
    .refine((m) => (ALLOWANCE_CUT_MONTHS as readonly number[]).includes(m), '6, 9 atau 12 bulan / 6, 9 or 12 months')
    .optional(),
  note: z.string().trim().max(500).optional(),
});
export type Sanction = z.infer<typeof Sanction>;

export const FollowUpView = z.object({
  seq: z.number().int(),
  status: FollowUpStatus,
  sanctions: z.array(Sanction),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const ForwardingView = z.object({
  id: z.string(),
  caseId: z.string(),
  partyPosition: z.number().int(),
  partyName: z.string(),
  subjectType: SubjectType,
  category: Category,
  body: ReceivingBody,
  bodyDetail: z.string().nullable(),
  letterNumber: z.string(),
  letterDate: z.string(),
  expectedReply: DeadlineView,
  status: z.union([FollowUpStatus, z.literal('SENT')]),
  final: z.boolean(),
  /** Why this body: the routing rule for the category, subject and date of the act. */
  routeExplanation: z.string(),
  followUps: z.array(FollowUpView),
});
export type ForwardingView = z.infer<typeof ForwardingView>;

export const CaseParty = z.object({
  position: z.number().int(),
  name: z.string(),
  subjectType: SubjectType,
  positionTitle: z.string().nullable(),
  agency: z.string().nullable(),
  regionCode: z.string().nullable(),
  identityNumber: z.string().nullable(),
  categories: z.array(Category),
});

export const TimelineEvent = z.object({
  seq: z.number().int(),
  command: z.enum(CASE_EVENTS),
  from: CaseStatus,
  to: CaseStatus,
  reasonCode: z.string().nullable(),
  note: z.string().nullable(),
  public: z.boolean(),
  actor: z.string().nullable(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const CaseReportRef = z.object({
  id: z.string(),
  kind: z.enum(['REPORT', 'FINDING']),
  channel: Channel,
  receivedAt: z.string(),
  reporterName: z.string().nullable(),
  hasEmail: z.boolean(),
  requirements: RequirementResult.nullable(),
  evidenceCount: z.number().int(),
});

export const CaseDocumentView = z.object({
  id: z.string(),
  kind: DocumentKind,
  number: z.string(),
  sha256: z.string(),
  forwardingId: z.string().nullable(),
  createdAt: z.string(),
});

export const GakkumduDiscussion = z.object({
  seq: z.number().int(),
  stage: GakkumduStage,
  heldOn: z.string(),
  article: CriminalArticle,
  conclusion: z.enum(GAKKUMDU_CONCLUSIONS),
  minutes: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const GakkumduView = z.object({
  centre: OfficeSummary,
  stage: GakkumduStage,
  article: CriminalArticle.nullable(),
  openedAt: z.string(),
  discussions: z.array(GakkumduDiscussion),
  deadlines: z.array(DeadlineView),
});

export const CaseDetail = CaseListItem.extend({
  regime: Regime,
  electionId: z.string().nullable(),
  governorElection: z.boolean(),
  actOn: z.string().nullable(),
  registeredAt: z.string().nullable(),
  requirementsMet: z.boolean(),
  decisionExtended: z.boolean(),
  mergedInto: z.string().nullable(),
  reports: z.array(CaseReportRef),
  parties: z.array(CaseParty),
  deadlines: z.array(DeadlineView),
  timeline: z.array(TimelineEvent),
  forwardings: z.array(ForwardingView),
  documents: z.array(CaseDocumentView),
  gakkumdu: GakkumduView.nullable(),
  /** What this officer may do now: commands of the state machine the policy also allows. */
  allowed: z.array(CaseCommandType),
  can: z.object({
    forward: z.boolean(),
    followUp: z.boolean(),
    delegate: z.boolean(),
    merge: z.boolean(),
    gakkumdu: z.boolean(),
    documents: z.boolean(),
    override: z.boolean(),
  }),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

// ---- Commands ----

const PartyCategory = z.strictObject({ partyPosition: z.number().int().min(1), category: Category });
const Override = z.strictObject({ reason: Note });

/** One transition of the procedure; `type` picks the command. */
export const TransitionRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('START_REVIEW'), note: OptionalNote }),
  z.strictObject({ type: z.literal('REQUEST_COMPLETION'), note: Note }),
  z.strictObject({ type: z.literal('COMPLETION_RECEIVED'), note: OptionalNote }),
  z.strictObject({ type: z.literal('REGISTER'), note: OptionalNote, override: Override.optional() }),
  z.strictObject({ type: z.literal('NOT_REGISTER'), reason: NotRegisteredReason, note: Note }),
  z.strictObject({ type: z.literal('WITHDRAW'), note: Note }),
  z.strictObject({ type: z.literal('START_CLARIFICATION'), note: OptionalNote }),
  z.strictObject({ type: z.literal('START_ANALYSIS'), note: OptionalNote }),
  z.strictObject({ type: z.literal('TO_PLENARY'), note: OptionalNote }),
  z.strictObject({ type: z.literal('EXTEND_DECISION'), note: Note }),
  z.strictObject({ type: z.literal('DECIDE_NOT_VIOLATION'), note: Note }),
  z.strictObject({
    type: z.literal('DECIDE_VIOLATION'),
    note: Note,
    categories: z.array(PartyCategory).min(1).max(50),
  }),
  z.strictObject({ type: z.literal('CLOSE'), note: Note, override: Override.optional() }),
]);
export type TransitionRequest = z.infer<typeof TransitionRequest>;

export const MergeRequest = z.strictObject({
  /** Cases to merge into this one; each must still be before registration. */
  caseIds: z.array(z.string().uuid()).min(1).max(20),
  note: Note,
});

export const DelegateRequest = z.strictObject({
  officeCode: RegionCode.refine((c) => c.split('.').length <= 2, {
    message: 'Kantor Bawaslu provinsi atau kabupaten/kota / A province or regency office',
  }),
  note: Note,
});

export const ForwardRequest = z.strictObject({
  partyPosition: z.number().int().min(1),
  category: Category,
  /** Defaults to the body the routing rules give for the category, subject and date of the act. */
  body: ReceivingBody.optional(),
  bodyDetail: z.string().trim().max(300).optional(),
  letterNumber: z.string().trim().min(3).max(120),
  letterDate: CalendarDate,
  /** Defaults to the FORWARDING_REPLY rule counted from the letter date. */
  expectedReplyOn: CalendarDate.optional(),
});
export type ForwardRequest = z.infer<typeof ForwardRequest>;

export const ForwardingParams = z.object({ id: z.string().uuid() });
export const FollowUpRequest = z.strictObject({
  status: FollowUpStatus,
  sanctions: z.array(Sanction).max(5).default([]),
  note: OptionalNote,
});
export type FollowUpRequest = z.infer<typeof FollowUpRequest>;

export const ForwardingListQuery = PageQuery.extend({ unanswered: z.enum(['true', 'false']).optional() });
export const ForwardingPage = page(
  ForwardingView.extend({ registerNumber: z.string().nullable(), office: OfficeSummary, timeZone: z.string() }),
);

// ---- Sentra Gakkumdu ----

export const GakkumduOpenRequest = z.strictObject({ article: CriminalArticle, note: Note });
export const GakkumduDiscussionRequest = z.strictObject({
  stage: z.enum(['FIRST_DISCUSSION', 'SECOND_DISCUSSION', 'THIRD_DISCUSSION']),
  heldOn: CalendarDate,
  article: CriminalArticle,
  conclusion: z.enum(GAKKUMDU_CONCLUSIONS),
  minutes: z.string().trim().min(10).max(20000),
});
/** Moves the criminal track to a step and starts its deadline (DOMAIN.md §3). */
export const GakkumduStepRequest = z.strictObject({
  stage: z.enum(['INVESTIGATION', 'PROSECUTION', 'DISTRICT_COURT', 'APPEAL', 'HIGH_COURT', 'FINAL', 'STOPPED']),
  step: DeadlineCode.optional(),
  startedOn: CalendarDate,
  note: OptionalNote,
});
export const GakkumduListItem = CaseListItem.extend({
  gakkumduStage: GakkumduStage,
  article: CriminalArticle.nullable(),
});
export const GakkumduPage = page(GakkumduListItem);

// ---- Documents ----

export const DocumentRequest = z.strictObject({
  kind: z.enum(['CLARIFICATION_INVITATION', 'STATUS_NOTICE', 'FORWARDING_LETTER', 'RECEIPT']),
  forwardingId: z.string().uuid().optional(),
  /** For an invitation: who is invited, when and where. */
  invitee: z.string().trim().max(200).optional(),
  meetingAt: z.string().trim().max(100).optional(),
  meetingPlace: z.string().trim().max(300).optional(),
});
export type DocumentRequest = z.infer<typeof DocumentRequest>;
export const DocumentParams = z.object({ id: z.string().uuid(), documentId: z.string().uuid() });

export const TemplateParams = z.object({ kind: DocumentKind });
export const TemplateView = z.object({
  kind: DocumentKind,
  version: z.number().int(),
  title: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()),
  updatedAt: z.string().nullable(),
});
export const TemplateUpdate = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(10).max(20000),
});

// ---- Public tracking ----

export const PublicCaseEvent = z.object({ status: CaseStatus, at: z.string() });
