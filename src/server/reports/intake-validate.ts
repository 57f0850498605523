import { localDateOf } from '../../domain/deadlines/calendar';
import { checkNik, type NikProblem } from '../../domain/intake/nik';
import { checkNip, type NipProblem } from '../../domain/intake/nip';
import { timeZoneOfCode } from '../../domain/regions/time-zone';
import type { ReportedParty } from '../../shared/api/reports';
import { NIP_SUBJECTS } from '../../shared/intake';
import { AppError } from '../http/errors';

/** One field problem, in the shape of the VALIDATION_FAILED issues the forms show next to fields. */
export interface FieldIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

const NIK_MESSAGES: Record<NikProblem, string> = {
  FORMAT: 'NIK terdiri atas 16 angka / NIK is 16 digits',
  UNKNOWN_DISTRICT:
    'Enam angka pertama NIK bukan kode kecamatan yang dikenal / The first six digits are not a known district',
  BIRTH_DATE: 'Angka tanggal lahir dalam NIK tidak valid / The birth date digits of the NIK are not a valid date',
};
const NIP_MESSAGES: Record<NipProblem, string> = {
  FORMAT: 'NIP terdiri atas 18 angka / NIP is 18 digits',
  BIRTH_DATE: 'Tanggal lahir dalam NIP tidak valid / The birth date in the NIP is not valid',
  APPOINTMENT: 'Tanggal pengangkatan dalam NIP tidak valid / The appointment date in the NIP is not valid',
  GENDER: 'Angka jenis kelamin dalam NIP harus 1 atau 2 / The gender digit of the NIP must be 1 or 2',
};

export function validationFailed(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', 'Isian tidak valid / Invalid input', { in: 'body', issues });
}

/** The place and dates of an item, checked against the regions table and the region's calendar. */
export interface PlaceAndDates {
  regionCode: string;
  regionPath: (string | number)[];
  /** Date known / discovered, with the path of its field. */
  knownOn: string | null;
  knownOnPath: (string | number)[];
  incidentOn: string | null;
  incidentOnPath: (string | number)[];
  parties: readonly ReportedParty[];
  nik: string | null;
}

/** The region codes the check needs to know about: the place, the parties' regions, the NIK's district. */
export function referenceCodes(input: PlaceAndDates): string[] {
  const nikDistrict = input.nik && /^\d{16}$/.test(input.nik) ? nikDistrictCode(input.nik) : null;
  const codes = [input.regionCode, ...input.parties.flatMap((p) => (p.regionCode ? [p.regionCode] : []))];
  return nikDistrict ? [...codes, nikDistrict] : codes;
}

/**
 * Checks what the schemas cannot: regions exist (`known`: which of `referenceCodes` do), dates are
 * not in the future of the region's calendar, NIK and NIP make sense.
 */
export function checkAgainstReferenceData(known: ReadonlySet<string>, input: PlaceAndDates, now: Date): void {
  const issues: FieldIssue[] = [];
  if (!known.has(input.regionCode)) {
    issues.push({ path: input.regionPath, code: 'unknown_region', message: 'Wilayah tidak dikenal / Unknown region' });
  }
  input.parties.forEach((p, i) => {
    if (p.regionCode && !known.has(p.regionCode)) {
      issues.push({
        path: ['parties', i, 'regionCode'],
        code: 'unknown_region',
        message: 'Wilayah tidak dikenal / Unknown region',
      });
    }
    const nipProblem = nipProblemOf(p);
    if (nipProblem) {
      issues.push({ path: ['parties', i, 'identityNumber'], code: 'invalid_nip', message: NIP_MESSAGES[nipProblem] });
    }
  });
  if (input.nik) {
    const nik = checkNik(input.nik, (code) => known.has(code));
    if (!nik.ok) issues.push({ path: ['reporter', 'nik'], code: 'invalid_nik', message: NIK_MESSAGES[nik.problem] });
  }
  const zone = timeZoneOfCode(input.regionCode);
  if (zone) {
    const today = localDateOf(now, zone);
    const future = 'Tanggal tidak boleh di masa depan / The date cannot be in the future';
    if (input.knownOn && input.knownOn > today) {
      issues.push({ path: input.knownOnPath, code: 'future_date', message: future });
    }
    if (input.incidentOn && input.incidentOn > today) {
      issues.push({ path: input.incidentOnPath, code: 'future_date', message: future });
    }
    if (input.knownOn && input.incidentOn && input.knownOn < input.incidentOn) {
      issues.push({
        path: input.knownOnPath,
        code: 'before_incident',
        message: 'Tidak boleh sebelum tanggal kejadian / Cannot be before the incident date',
      });
    }
  }
  if (issues.length) throw validationFailed(issues);
}

function nikDistrictCode(nik: string): string {
  return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
}

/** A NIP is checked when the party is an ASN and the number given has NIP length. */
function nipProblemOf(p: ReportedParty): NipProblem | null {
  if (!p.identityNumber || !NIP_SUBJECTS.includes(p.subjectType)) return null;
  const digits = p.identityNumber.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) return 'FORMAT';
  // PPPK numbers are 18 digits too but follow another pattern: only their length is checked.
  if (p.subjectType === 'PPPK') return digits.length === 18 ? null : 'FORMAT';
  const nip = checkNip(digits);
  return nip.ok ? null : nip.problem;
}
