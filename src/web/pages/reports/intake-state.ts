import type { z } from 'zod';
import { FindingSubmission, WalkInSubmission } from '../../../shared/api/reports';
import { nestFormFields } from '../../../shared/form-data';
import type { Translate } from '../../../shared/i18n';
import type { ReporterType, SubjectType, ViolationType } from '../../../shared/intake';
import { validateNested, type Checked, type FieldErrors, type FormatHints } from '../../forms';

/**
 * The officer intake form (walk-in report or finding) as plain state, and its one translation into
 * the flat field names the server reads (`parties[0].name`, `acts` repeated): the same entries are
 * nested with the shared `nestFormFields` and checked with the server's schema before they are sent
 * as multipart form data, so what passes here is exactly what the server validates.
 */
export type IntakeMode = 'walk-in' | 'finding';

export interface PartyRow {
  /** Stable React key. */
  key: number;
  name: string;
  subjectType: SubjectType | '';
  position: string;
  agency: string;
  identityNumber: string;
  address: string;
}

export interface WitnessRow {
  key: number;
  name: string;
  contact: string;
}

export interface IntakeState {
  reporter: { type: ReporterType | ''; name: string; nik: string; address: string; phone: string; email: string };
  consent: boolean;
  /** Walk-in: the day the reporter came to know of it (`knownOn`); finding: the discovery day (`discoveredOn`). */
  knownOn: string;
  governorElection: boolean;
  incident: { date: string; time: string; regionCode: string; placeDetail: string };
  parties: PartyRow[];
  acts: ViolationType[];
  description: string;
  /** One link per line. */
  links: string;
  witnesses: WitnessRow[];
}

let nextKey = 0;
export const newKey = (): number => ++nextKey;

export function emptyParty(): PartyRow {
  return { key: newKey(), name: '', subjectType: '', position: '', agency: '', identityNumber: '', address: '' };
}

export function emptyWitness(): WitnessRow {
  return { key: newKey(), name: '', contact: '' };
}

export function emptyIntake(): IntakeState {
  return {
    reporter: { type: '', name: '', nik: '', address: '', phone: '', email: '' },
    consent: false,
    knownOn: '',
    governorElection: false,
    incident: { date: '', time: '', regionCode: '', placeDetail: '' },
    parties: [emptyParty()],
    acts: [],
    description: '',
    links: '',
    witnesses: [],
  };
}

export type Entry = [name: string, value: string];

export interface Flattened {
  entries: Entry[];
  /** For each sent row, the index of its row in the state (wholly empty rows are not sent). */
  rows: { parties: number[]; witnesses: number[] };
}

const PARTY_FIELDS = ['name', 'subjectType', 'position', 'agency', 'identityNumber', 'address'] as const;
const blank = (values: readonly string[]) => values.every((v) => v.trim() === '');

/** The form as the flat (name, value) pairs of the multipart body; empty values are left out. */
export function flattenIntake(mode: IntakeMode, state: IntakeState): Flattened {
  const entries: Entry[] = [];
  const put = (name: string, value: string) => {
    if (value.trim() !== '') entries.push([name, value]);
  };
  if (mode === 'walk-in') {
    const r = state.reporter;
    put('reporter.type', r.type);
    put('reporter.name', r.name);
    put('reporter.nik', r.nik.replace(/\s+/g, ''));
    put('reporter.address', r.address);
    put('reporter.phone', r.phone);
    put('reporter.email', r.email);
    if (state.consent) put('consent', 'on');
  }
  put(mode === 'walk-in' ? 'knownOn' : 'discoveredOn', state.knownOn);
  if (state.governorElection) put('governorElection', 'on');
  for (const field of ['date', 'time', 'regionCode', 'placeDetail'] as const)
    put(`incident.${field}`, state.incident[field]);

  const parties: number[] = [];
  state.parties.forEach((row, index) => {
    if (blank(PARTY_FIELDS.map((f) => row[f]))) return;
    for (const f of PARTY_FIELDS) put(`parties[${parties.length}].${f}`, row[f]);
    parties.push(index);
  });
  for (const act of state.acts) put('acts', act);
  put('description', state.description);
  put('links', state.links);
  const witnesses: number[] = [];
  state.witnesses.forEach((row, index) => {
    if (blank([row.name, row.contact])) return;
    put(`witnesses[${witnesses.length}].name`, row.name);
    put(`witnesses[${witnesses.length}].contact`, row.contact);
    witnesses.push(index);
  });
  return { entries, rows: { parties, witnesses } };
}

/** Error keys of sent rows (`parties.0.name`) back to the rows on screen (`parties.2.name`). */
export function toScreenRows(errors: FieldErrors, rows: Flattened['rows']): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^(parties|witnesses)\.(\d+)(\..*)?$/.exec(key);
    const list = m ? rows[m[1] as 'parties' | 'witnesses'] : undefined;
    const index = m && list ? list[Number(m[2])] : undefined;
    out[m && index !== undefined ? `${m[1]}.${index}${m[3] ?? ''}` : key] ??= message;
  }
  return out;
}

/** Messages that say what a valid value looks like, by field pattern (see `validateNested`). */
export const INTAKE_HINTS: FormatHints = {
  'reporter.type': 'intake.hintReporterType',
  'reporter.nik': 'intake.hintNik',
  'reporter.phone': 'intake.hintPhone',
  'reporter.email': 'field.email',
  consent: 'intake.hintConsent',
  'incident.regionCode': 'intake.hintRegion',
  'incident.time': 'intake.hintTime',
  'incident.date': 'intake.hintDate',
  knownOn: 'intake.hintDate',
  discoveredOn: 'intake.hintDate',
  parties: 'intake.hintParties',
  'parties.*.subjectType': 'intake.hintSubject',
  'parties.*.identityNumber': 'intake.hintIdentityNumber',
  acts: 'intake.hintActs',
  links: 'intake.hintLinks',
  'links.*': 'intake.hintLinks',
};

export type IntakeData = z.output<typeof WalkInSubmission> | z.output<typeof FindingSubmission>;

/** Checks the form with the server's schema, on exactly what would be sent; errors keyed by screen row. */
export function checkIntake(mode: IntakeMode, flat: Flattened, t: Translate): Checked<IntakeData> {
  const value = nestFormFields(flat.entries, ['acts']);
  // An untouched group is absent once nested; check it as empty so each of its fields gets its message.
  if (mode === 'walk-in') value.reporter ??= {};
  value.incident ??= {};
  const schema = mode === 'walk-in' ? WalkInSubmission : FindingSubmission;
  const checked: Checked<IntakeData> = validateNested(schema, value, t, INTAKE_HINTS);
  return checked.ok ? checked : { ok: false, errors: toScreenRows(checked.errors, flat.rows) };
}

/** The multipart body: the entries, the idempotency key and the files (parts named `files`). */
export function toFormData(flat: Flattened, idempotencyKey: string, files: readonly File[]): FormData {
  const body = new FormData();
  for (const [name, value] of flat.entries) body.append(name, value);
  body.append('idempotencyKey', idempotencyKey);
  for (const file of files) body.append('files', file, file.name);
  return body;
}

/** A key for one form, so a double submission creates one record. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Plain-http deployments (no secure context) have getRandomValues but not randomUUID.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** What the server accepts as evidence (checked by content there; this only guides the picker). */
export const FILE_ACCEPT = 'image/*,video/*,audio/*,application/pdf';

/** Client-side limits of the files: too many, or a file too large (the first one named). */
export function checkFiles(files: readonly { name: string; size: number }[], t: Translate): string | undefined {
  if (files.length > MAX_FILES) return t('intake.tooManyFiles', { max: MAX_FILES });
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  return big ? t('intake.fileTooBig', { name: big.name, max: MAX_FILE_BYTES / (1024 * 1024) }) : undefined;
}
