import { z } from 'zod';
import { CASE_STATUSES, CATEGORIES } from '../cases';
import { SUBJECT_TYPES, VIOLATION_TYPES } from '../intake';
import { RegionCode } from './common';
import { CalendarDate, Regime } from './elections';

/**
 * Open data (issue 8): every case except MERGED ones, one row each, without personal data, free
 * text or internal ids. `GET /api/open/cases.csv` and `GET /api/open/cases.json` stream the same
 * rows with the same field names (src/server/open-data/).
 *
 * - `ref`: a stable public reference, the first 16 hex digits of SHA-256("netra:open-case:" + case
 *   id). The same case keeps it in every export; it cannot be turned back into the case id, and it
 *   is not the register number (which links to documents and reports).
 * - `regencyCode`: the regency/city of the incident place (never its district or village), or the
 *   handling office when the incident place is unknown or a province; null when neither is a regency.
 * - `provinceCode`: the handling office's province (what `?province=` filters on).
 * - Dates are calendar days in the zone of the case's region (WIB/WITA/WIT), `YYYY-MM-DD`.
 */
export const OpenCaseRow = z.object({
  ref: z.string().regex(/^[0-9a-f]{16}$/),
  kind: z.enum(['REPORT', 'FINDING']),
  regime: Regime,
  electionId: z.string().nullable(),
  provinceCode: RegionCode,
  regencyCode: RegionCode.nullable(),
  receivedOn: CalendarDate,
  registeredOn: CalendarDate.nullable(),
  closedOn: CalendarDate.nullable(),
  status: z.enum(CASE_STATUSES),
  categories: z.array(z.enum(CATEGORIES)),
  subjectTypes: z.array(z.enum(SUBJECT_TYPES)),
  acts: z.array(z.enum(VIOLATION_TYPES)),
});
export type OpenCaseRow = z.infer<typeof OpenCaseRow>;

/** The CSV columns, in order: the header row and the JSON keys are these names. */
export const OPEN_CASE_COLUMNS = Object.keys(OpenCaseRow.shape) as (keyof OpenCaseRow)[];

/** `from`/`to` bound `receivedOn` (inclusive); `province` is a two-digit province code. */
export const OpenCasesQuery = z
  .object({
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
    province: z
      .string()
      .regex(/^\d{2}$/, 'Kode provinsi dua angka, mis. 36 / Two-digit province code, e.g. 36')
      .optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` setelah `to` / `from` is after `to`',
    path: ['from'],
  });
export type OpenCasesQuery = z.infer<typeof OpenCasesQuery>;

/** The JSON export: one array of rows, streamed. */
export const OpenCasesJson = z.array(OpenCaseRow);
