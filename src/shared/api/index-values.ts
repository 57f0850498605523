import { z } from 'zod';

/**
 * Importing indicator values of the vulnerability index (DOMAIN.md §6) from a CSV file
 * (`region_code,indicator,value,source,date`, see src/domain/index/import-values.ts): the web page
 * reads the file and posts its text; `netra index import FILE` calls the same service.
 */

/** The largest CSV accepted (characters of the `csv` field; the request body may be a little larger). */
export const MAX_INDICATOR_CSV_CHARS = 20 * 1024 * 1024;

export const IndicatorValuesImportQuery = z.object({
  /** `true`: import the valid lines of a file that has problems (the problems are still reported). */
  force: z.enum(['true', 'false']).default('false'),
});
export type IndicatorValuesImportQuery = z.infer<typeof IndicatorValuesImportQuery>;

export const IndicatorValuesImportRequest = z.object({
  /** The whole CSV file as text (UTF-8). */
  csv: z.string().min(1).max(MAX_INDICATOR_CSV_CHARS),
});
export type IndicatorValuesImportRequest = z.infer<typeof IndicatorValuesImportRequest>;

export const IndicatorImportProblemCode = z.enum([
  'MISSING_COLUMN',
  'UNKNOWN_REGION',
  'UNKNOWN_INDICATOR',
  'WRONG_LEVEL',
  'DUPLICATE',
  'NOT_A_NUMBER',
  'BAD_DATE',
  'EMPTY_SOURCE',
  'SOURCE_TOO_LONG',
  'BAD_REGION_CODE',
  'EMPTY_FILE',
  'BAD_CSV',
]);

/** One problem of the validation report; also the items of `details.problems` of a 400 VALIDATION_FAILED. */
export const IndicatorImportProblem = z.object({
  /** File line (1-based, the header is line 1); null for a problem of the whole file. */
  line: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  code: IndicatorImportProblemCode,
  /** The offending text as found in the file. */
  value: z.string().nullable(),
  message: z.string(),
});
export type IndicatorImportProblem = z.infer<typeof IndicatorImportProblem>;

export const IndicatorImportCounts = z.object({
  /** Data lines read (header and blank lines excluded). */
  lines: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
  withProblems: z.number().int().nonnegative(),
});

export const IndicatorValuesImportResult = z.object({
  /** Values written (created + updated). */
  imported: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  /** Values that existed for the same region, indicator and date, replaced. */
  updated: z.number().int().nonnegative(),
  forced: z.boolean(),
  counts: IndicatorImportCounts,
  /** Lines left out of a forced import, with why (at most `MAX_REPORTED_PROBLEMS`). */
  problems: z.array(IndicatorImportProblem),
  /** All problems found, also those beyond the list. */
  problemCount: z.number().int().nonnegative(),
});
export type IndicatorValuesImportResult = z.infer<typeof IndicatorValuesImportResult>;

/** Problems listed in an answer; a file with more says how many in `problemCount`. */
export const MAX_REPORTED_PROBLEMS = 1000;
