/**
 * The vocabulary of intake (DOMAIN.md §2, §5): who reports, about whom, which acts, through which
 * channel. Labels and plain-language explanations live in the message catalogues (src/shared/i18n).
 */

/** Who files a public report (DOMAIN.md §2: a voter, an election monitor, a candidate pair). */
export const REPORTER_TYPES = ['VOTER', 'MONITOR', 'CANDIDATE_PAIR'] as const;
export type ReporterType = (typeof REPORTER_TYPES)[number];

/** The kind of person reported. ASN are PNS and PPPK; CAMAT and LURAH are ASN in a post that matters. */
export const SUBJECT_TYPES = [
  'PNS',
  'PPPK',
  'CAMAT',
  'LURAH',
  'KEPALA_DESA',
  'PERANGKAT_DESA',
  'TNI',
  'POLRI',
  'PEJABAT_DAERAH',
  'PENYELENGGARA',
  'OTHER',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Subject types whose identity number is a NIP (18 digits). */
export const NIP_SUBJECTS: readonly SubjectType[] = ['PNS', 'PPPK', 'CAMAT', 'LURAH'];

/** Violation types of the 2022 joint decree on ASN neutrality, plus money politics and other. */
export const VIOLATION_TYPES = [
  'MEDSOS',
  'KEGIATAN_KEBERPIHAKAN',
  'FOTO_BERSAMA',
  'HADIR_KAMPANYE',
  'PENDEKATAN_PARPOL',
  'ALAT_PERAGA',
  'TIM_SUKSES',
  'DUKUNGAN_KTP',
  'KEPUTUSAN_MENGUNTUNGKAN',
  'ANGGOTA_PARPOL',
  'FASILITAS_NEGARA',
  'ATRIBUT_DINAS',
  'POLITIK_UANG',
  'OTHER',
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

/** How an item reached Netra. Statistics always keep findings apart from reports. */
export const CHANNELS = ['WEB', 'WALK_IN', 'TIP', 'FINDING', 'MEDIA'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What an intake record is: a formal report (laporan), a tip (informasi awal) or a finding (temuan). */
export const INTAKE_KINDS = ['REPORT', 'TIP', 'FINDING'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/** Statuses an intake record can have before it becomes a case (the case state machine adds more). */
export const INTAKE_STATUSES = ['RECEIVED'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export const REQUIREMENT_CODES = [
  'REPORTER_IDENTITY',
  'REPORTED_PARTY_NAME',
  'REPORTED_PARTY_ADDRESS',
  'WITHIN_WINDOW',
  'TIME_AND_PLACE',
  'DESCRIPTION',
  'EVIDENCE',
] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

export const REQUIREMENT_WARNINGS = ['FEW_WITNESSES', 'SIGNATURE_IN_PERSON'] as const;
export type RequirementWarning = (typeof REQUIREMENT_WARNINGS)[number];
