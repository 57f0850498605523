import { z } from 'zod';
import {
  CHANNELS,
  INTAKE_KINDS,
  INTAKE_STATUSES,
  REPORTER_TYPES,
  REQUIREMENT_CODES,
  REQUIREMENT_WARNINGS,
  SUBJECT_TYPES,
  VIOLATION_TYPES,
} from '../intake';
import { CASE_STATUSES } from '../cases';
import { PageQuery, RegionCode, page } from './common';
import { CalendarDate, ElectionId } from './elections';
import { RegionSummary } from './regions';

/**
 * Intake: public reports, tips, walk-in reports and findings. The same schemas validate the JSON
 * API, the server-rendered form at /lapor (after `nestFormFields`) and the enhanced web form.
 */
export const ReporterType = z.enum(REPORTER_TYPES);
export const SubjectType = z.enum(SUBJECT_TYPES);
export const ViolationType = z.enum(VIOLATION_TYPES);
export const Channel = z.enum(CHANNELS);
export const IntakeKind = z.enum(INTAKE_KINDS);
export const IntakeStatus = z.enum(INTAKE_STATUSES);

const Text = (max: number) => z.string().trim().min(1, 'Wajib diisi / Required').max(max);
const OptionalText = (max: number) => z.string().trim().max(max).optional();

/** A checkbox: `on` from an HTML form, `true` from JSON. */
const Checked = z.preprocess((v) => (v === 'on' || v === 'true' || v === '1' ? true : v), z.boolean());

export const Nik = z.string().regex(/^\d{16}$/, 'NIK terdiri atas 16 angka / NIK is 16 digits');
export const Phone = z
  .string()
  .trim()
  .regex(/^[+\d][\d\s().-]{6,22}$/, 'Nomor telepon tidak valid / Invalid phone number');
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam JJ:MM / Time HH:MM');
export const HttpUrl = z
  .string()
  .trim()
  .max(2000)
  .url('Tautan tidak valid / Invalid link')
  .refine((u) => /^https?:\/\//i.test(u), 'Tautan harus http(s) / Link must be http(s)');

/** Links as a list, or as the text of a textarea with one link per line. */
export const Links = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : v),
  z.array(HttpUrl).max(10, 'Paling banyak 10 tautan / At most 10 links'),
);

/** An opaque token the form carries so a double submission creates one report. */
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, 'Kunci tidak valid / Invalid key');

export const Reporter = z.strictObject({
  type: ReporterType,
  name: Text(150),
  nik: Nik,
  address: Text(500),
  phone: Phone,
  email: z.string().trim().email('Alamat e-mail tidak valid / Invalid e-mail').max(200).optional(),
});
export type Reporter = z.infer<typeof Reporter>;

export const ReportedParty = z.strictObject({
  name: Text(150),
  subjectType: SubjectType,
  position: OptionalText(200),
  agency: OptionalText(200),
  regionCode: RegionCode.optional(),
  /** NIP (18 digits) for ASN, NRP for TNI/Polri, anything known otherwise. */
  identityNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z./ -]{4,30}$/, 'Nomor identitas tidak valid / Invalid identity number')
    .optional(),
  /** Home or office address: a formal requirement of a report. */
  address: OptionalText(500),
});
export type ReportedParty = z.infer<typeof ReportedParty>;

export const Witness = z.strictObject({
  name: Text(150),
  contact: OptionalText(200),
});

export const Incident = z.strictObject({
  date: CalendarDate.optional(),
  time: LocalTime.optional(),
  /** Down to the village when known; at least a regency/city. */
  regionCode: RegionCode.refine((c) => c.split('.').length >= 2, {
    message: 'Pilih paling tidak kabupaten/kota / Choose at least a regency or city',
  }),
  placeDetail: OptionalText(300),
});

const Parties = z
  .array(ReportedParty)
  .min(1, 'Sebutkan paling tidak satu terlapor / Name at least one reported party')
  .max(10);
const Acts = z
  .array(ViolationType)
  .min(1, 'Pilih paling tidak satu dugaan pelanggaran / Choose at least one alleged act')
  .max(VIOLATION_TYPES.length)
  .refine((a) => new Set(a).size === a.length, 'Dugaan ganda / Duplicate act');
const Witnesses = z.array(Witness).max(10).default([]);
const Description = z.string().trim().max(5000).optional();

/** What every report and finding says about the incident, whoever brings it. */
const IncidentReport = {
  incident: Incident,
  /** It concerns the governor's election: handled by the province's Bawaslu. */
  governorElection: Checked.default(false),
  electionId: ElectionId.optional(),
  parties: Parties,
  acts: Acts,
  description: Description,
  links: Links.default([]),
  witnesses: Witnesses,
};

/** What a public report (web) says. Files travel beside it as multipart parts named `files`. */
export const ReportSubmission = z.strictObject({
  reporter: Reporter,
  consent: Checked.refine((v) => v === true, 'Persetujuan diperlukan / Consent is required'),
  /** The date the reporter came to know of it: the 7-day window counts from here. */
  knownOn: CalendarDate,
  ...IncidentReport,
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;

/** A walk-in report typed in by staff: the same fields, consent given in person. */
export const WalkInSubmission = ReportSubmission;
export type WalkInSubmission = ReportSubmission;

/** A supervisor's own finding: no reporter; the discovery date starts the clock. */
export const FindingSubmission = z.strictObject({
  discoveredOn: CalendarDate,
  ...IncidentReport,
});
export type FindingSubmission = z.infer<typeof FindingSubmission>;

/** An anonymous tip (informasi awal): what, where, when; no identity. */
export const TipSubmission = z.strictObject({
  description: z.string().trim().min(10, 'Ceritakan paling tidak 10 huruf / At least 10 characters').max(5000),
  regionCode: RegionCode,
  placeDetail: OptionalText(300),
  date: CalendarDate.optional(),
  links: Links.default([]),
});
export type TipSubmission = z.infer<typeof TipSubmission>;

export const RequirementItem = z.object({ code: z.enum(REQUIREMENT_CODES), met: z.boolean() });
export const RequirementResult = z.object({
  formal: z.array(RequirementItem),
  material: z.array(RequirementItem),
  warnings: z.array(z.enum(REQUIREMENT_WARNINGS)),
  missing: z.array(z.enum(REQUIREMENT_CODES)),
  allMet: z.boolean(),
  window: z.object({
    lastDay: z.string(),
    endsAt: z.string(),
    receivedOn: z.string(),
    lateByDays: z.number().int(),
  }),
});
export type RequirementResult = z.infer<typeof RequirementResult>;

export const OfficeSummary = z.object({ code: z.string(), name: z.string() });

/** What the submitter gets back, once everything is committed. The code is shown only here. */
export const SubmissionReceipt = z.object({
  kind: IntakeKind,
  trackingCode: z.string(),
  receivedAt: z.string(),
  office: OfficeSummary,
  /** Null for tips, which are not checked. */
  requirements: RequirementResult.nullable(),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;

/** Officer intake (walk-in, finding) answers with the record's id. */
export const IntakeCreated = z.object({ id: z.string(), receipt: SubmissionReceipt.nullable() });

export const TrackRequest = z.strictObject({ code: z.string().trim().min(1).max(40) });
/** The reporter withdraws a report before registration, with the tracking code and a reason. */
export const WithdrawRequest = z.strictObject({
  code: z.string().trim().min(1).max(40),
  note: z.string().trim().min(5, 'Sebutkan alasan / Give a reason').max(1000),
});
/** A status of the handling as the reporter sees it (a tip stays RECEIVED). */
export const PublicStatus = z.enum(CASE_STATUSES);
/** Status only: never a name, never an identity. */
export const TrackResponse = z.object({
  kind: IntakeKind,
  status: PublicStatus,
  receivedAt: z.string(),
  office: OfficeSummary,
  timeZone: z.string(),
  /** Once registered: the register number of the case. */
  registerNumber: z.string().nullable(),
  /** Every public status change, oldest first. */
  history: z.array(z.object({ status: PublicStatus, at: z.string() })),
  requirements: RequirementResult.nullable(),
});
export type TrackResponse = z.infer<typeof TrackResponse>;

// ---- Officers ----

export const ReportListQuery = PageQuery.extend({
  kind: IntakeKind.optional(),
  channel: Channel.optional(),
  /** Only items whose place lies in this region (within the officer's reach). */
  region: RegionCode.optional(),
});

export const ReportListItem = z.object({
  id: z.string(),
  kind: IntakeKind,
  channel: Channel,
  status: IntakeStatus,
  receivedAt: z.string(),
  office: OfficeSummary,
  incidentRegion: RegionSummary.nullable(),
  timeZone: z.string(),
  parties: z.array(z.object({ name: z.string(), subjectType: SubjectType })),
  acts: z.array(ViolationType),
  requirements: RequirementResult.nullable(),
  evidenceCount: z.number().int(),
});
export type ReportListItem = z.infer<typeof ReportListItem>;
export const ReportPage = page(ReportListItem);

export const ReportParams = z.object({ id: z.string().uuid() });

export const EvidenceView = z.object({
  id: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
});

/** Identity as officers see it without revealing: masked NIK and phone, no address. */
export const MaskedReporter = z.object({
  type: ReporterType,
  name: z.string(),
  nikMasked: z.string(),
  phoneMasked: z.string(),
});

export const ReportDetail = ReportListItem.extend({
  electionId: z.string().nullable(),
  regime: z.string(),
  incidentOn: z.string().nullable(),
  incidentTime: z.string().nullable(),
  placeDetail: z.string().nullable(),
  knownOn: z.string().nullable(),
  governorElection: z.boolean(),
  description: z.string().nullable(),
  links: z.array(z.string()),
  fullParties: z.array(ReportedParty),
  witnessCount: z.number().int(),
  reporter: MaskedReporter.nullable(),
  createdBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  evidence: z.array(EvidenceView),
  /** What this officer may do here (reveal identity, re-route). */
  can: z.object({ reveal: z.boolean(), route: z.boolean() }),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

export const RevealRequest = z.strictObject({
  reason: z.string().trim().min(5, 'Sebutkan alasan / Give a reason').max(500),
});
export const RevealResponse = z.object({
  reporter: Reporter.extend({ email: z.string().nullable().optional() }).nullable(),
  witnesses: z.array(z.object({ name: z.string(), contact: z.string().nullable().optional() })),
});

export const RouteRequest = z.strictObject({
  officeCode: RegionCode.refine((c) => c.split('.').length <= 2, {
    message: 'Kantor Bawaslu provinsi atau kabupaten/kota / A province or regency office',
  }),
  reason: z.string().trim().min(5, 'Sebutkan alasan / Give a reason').max(500),
});

/** What a receipt shows, from the tracking code: no identity, only what was received and where. */
export const ReceiptView = z.object({
  kind: IntakeKind,
  trackingCode: z.string(),
  receivedAt: z.string(),
  timeZone: z.string(),
  office: OfficeSummary,
  channel: Channel,
  incidentRegion: RegionSummary.nullable(),
  incidentOn: z.string().nullable(),
  incidentTime: z.string().nullable(),
  placeDetail: z.string().nullable(),
  parties: z.array(z.object({ name: z.string(), subjectType: SubjectType, position: z.string().nullable() })),
  acts: z.array(ViolationType),
  evidence: z.array(
    z.object({ filename: z.string(), size: z.number().int(), mediaType: z.string(), sha256: z.string() }),
  ),
  links: z.array(z.string()),
  requirements: RequirementResult.nullable(),
});
export type ReceiptView = z.infer<typeof ReceiptView>;

export const EvidenceParams = z.object({ id: z.string().uuid(), evidenceId: z.string().uuid() });

export { CalendarDate };
