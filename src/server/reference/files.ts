import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ElectionCreate, Holiday } from '../../shared/api/elections';
import { hasPath, jsonLines, jsonSyntaxError, lineOf } from './json-lines';

/** A problem in an imported file, with the line it is on. */
export interface FileIssue {
  line: number;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: FileIssue[] };

const HOLIDAY_COLUMNS = ['date', 'name', 'kind', 'source'];
const MAX_ROWS = 10_000;

/**
 * Holidays CSV: header `date,name,kind,source`, one holiday per line, UTF-8. Everything is checked
 * before anything is returned; each issue names its line.
 */
export function parseHolidaysCsv(text: string): Parsed<Holiday[]> {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => {
        const got = header.map((h) => h.trim().toLowerCase());
        if (got.join(',') !== HOLIDAY_COLUMNS.join(',')) {
          throw new Error(`Kepala kolom harus / header must be: ${HOLIDAY_COLUMNS.join(',')} (got: ${got.join(',')})`);
        }
        return got;
      },
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (err) {
    const e = err as Error & { lines?: number };
    return { ok: false, issues: [{ line: e.lines ?? 1, message: e.message }] };
  }
  if (records.length === 0) return { ok: false, issues: [{ line: 1, message: 'Berkas kosong / empty file' }] };
  if (records.length > MAX_ROWS)
    return { ok: false, issues: [{ line: MAX_ROWS + 2, message: `Lebih dari / more than ${MAX_ROWS} baris / rows` }] };
  const issues: FileIssue[] = [];
  const out: Holiday[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const result = Holiday.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ line: info.lines, message: `${issue.path.join('.') || 'baris / row'}: ${issue.message}` });
      continue;
    }
    const first = seen.get(result.data.date);
    if (first !== undefined) {
      issues.push({
        line: info.lines,
        message: `Tanggal ganda / duplicate date ${result.data.date} (baris / line ${first})`,
      });
      continue;
    }
    seen.set(result.data.date, info.lines);
    out.push(result.data);
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

const ElectionsList = z.strictObject({ elections: z.array(ElectionCreate).min(1).max(100) });

/** Elections JSON: `{ "elections": [ … ] }` or one election object, as `POST /api/elections` takes it. */
export function parseElectionsJson(text: string): Parsed<ElectionCreate[]> {
  const clean = text.replace(/^\uFEFF/, '');
  const syntax = jsonSyntaxError(clean);
  if (syntax)
    return {
      ok: false,
      issues: [{ line: syntax.line, message: `JSON tidak valid / invalid JSON: ${syntax.message}` }],
    };
  const data: unknown = JSON.parse(clean);
  const isList = typeof data === 'object' && data !== null && 'elections' in data;
  const result = (isList ? ElectionsList : ElectionCreate).safeParse(data);
  const lines = jsonLines(clean);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((i) => ({
        line: lineOf(lines, i.path),
        message: `${i.path.join('.') || '(root)'}: ${i.message}`,
      })),
    };
  }
  const list = 'elections' in result.data ? result.data.elections : [result.data];
  const ids = new Set<string>();
  const issues: FileIssue[] = [];
  list.forEach((e, n) => {
    if (ids.has(e.id))
      issues.push({
        line: lineOf(lines, isList ? ['elections', n, 'id'] : ['id']),
        message: `id ganda / duplicate id ${e.id}`,
      });
    ids.add(e.id);
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: list };
}

/** Where each of `codes` appears among the regions of an elections file (for UNKNOWN_REGION). */
export function regionIssues(
  text: string,
  elections: readonly ElectionCreate[],
  codes: readonly string[],
): FileIssue[] {
  const lines = jsonLines(text.replace(/^\uFEFF/, ''));
  const isList = hasPath(lines, ['elections']);
  const unknown = new Set(codes);
  const issues: FileIssue[] = [];
  elections.forEach((e, n) =>
    e.regions.forEach((code, k) => {
      if (!unknown.has(code)) return;
      const path = isList ? ['elections', n, 'regions', k] : ['regions', k];
      issues.push({
        line: lineOf(lines, path),
        message: `${path.join('.')}: Wilayah tidak dikenal / unknown region ${code}`,
      });
    }),
  );
  return issues;
}
