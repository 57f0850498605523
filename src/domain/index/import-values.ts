import type { IndexLevel } from './catalogue';
import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '../../shared/api/elections';

/**
 * Indicator values for the vulnerability index, read from a CSV file (UI upload and
 * `netra index import FILE`): one value per line, `region_code,indicator,value,source,date`.
 *
 * Pure: text in, report out. Every line is checked and every problem is listed with its 1-based
 * file line (the header is line 1), so the whole file can be fixed in one pass. The caller imports
 * NOTHING when `problems` is not empty, unless the user forces the import; a forced import takes
 * `rows` only, i.e. the lines without any problem.
 */
export interface ValueRow {
  line: number;
  /** Kemendagri code: `36` (province) or `36.03` (regency/city). */
  region: string;
  /** The indicator's code as the catalogue spells it. */
  indicator: string;
  value: number;
  source: string;
  /** 'YYYY-MM-DD' */
  date: string;
}

export type ImportProblemCode =
  | 'MISSING_COLUMN'
  | 'UNKNOWN_REGION'
  | 'UNKNOWN_INDICATOR'
  | 'WRONG_LEVEL'
  | 'DUPLICATE'
  | 'NOT_A_NUMBER'
  | 'BAD_DATE'
  | 'EMPTY_SOURCE'
  | 'SOURCE_TOO_LONG'
  | 'BAD_REGION_CODE'
  | 'EMPTY_FILE'
  | 'BAD_CSV';

export interface ImportProblem {
  /** File line (1-based); null for a problem of the whole file. */
  line: number | null;
  /** Canonical column name (`region_code`, `indicator`, `value`, `source`, `date`), or null. */
  column: string | null;
  code: ImportProblemCode;
  /** The offending text as found in the file, or null. */
  value: string | null;
  /** 'Bahasa / English' */
  message: string;
}

export interface ImportReport {
  /** Valid rows only, in file order. */
  rows: ValueRow[];
  /** In file order; within a line in column order, a duplicate last. */
  problems: ImportProblem[];
  /** `lines`: data lines read (blank lines and the header excluded); `withProblems`: lines with at least one problem. */
  counts: { lines: number; valid: number; withProblems: number };
}

export interface ImportContext {
  /** Region codes the database knows. */
  knownRegions: ReadonlySet<string>;
  /** Indicator code → the level its values are given for. */
  indicators: ReadonlyMap<string, IndexLevel>;
}

type Column = 'region_code' | 'indicator' | 'value' | 'source' | 'date';

/** Accepted header names per column (compared trimmed, lower case, spaces and dashes as `_`). */
const COLUMNS: Readonly<Record<Column, readonly string[]>> = {
  region_code: ['region_code', 'kode_wilayah'],
  indicator: ['indicator', 'indikator'],
  value: ['value', 'nilai'],
  source: ['source', 'sumber'],
  date: ['date', 'tanggal'],
};
const COLUMN_ORDER = Object.keys(COLUMNS) as Column[];

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const LEVEL_SEGMENTS: Readonly<Record<IndexLevel, number>> = { province: 1, regency: 2 };
/** One optional minus, digits, at most one decimal mark (`.` or the Indonesian `,`). */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;
/** As `indicator_values.source` allows. */
const MAX_SOURCE_CHARS = 1000;

interface CsvLine {
  line: number;
  fields: string[];
}

/**
 * Reads and checks an indicator values CSV. UTF-8 with or without BOM; LF, CRLF or CR line ends;
 * `,` as separator, or `;` when the header has semicolons and no comma (Excel with Indonesian
 * settings). Blank lines, and lines whose fields are all empty, are skipped. Extra columns are
 * ignored. Values take `.` or `,` as decimal mark, never a thousands separator.
 */
export function parseIndicatorValuesCsv(text: string, ctx: ImportContext): ImportReport {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = readCsv(clean);
  if (!Array.isArray(lines)) return fileProblem(lines, 0);
  const [head, ...body] = lines;
  if (!head || body.length === 0)
    return fileProblem(
      { line: null, column: null, code: 'EMPTY_FILE', value: null, message: 'Berkas tanpa data / no data in file' },
      0,
    );
  const header = readHeader(head);
  if ('code' in header) return fileProblem(header, body.length);

  const indicatorOf = indicatorResolver(ctx.indicators);
  const seen = new Map<string, number>();
  const rows: ValueRow[] = [];
  const problems: ImportProblem[] = [];
  let withProblems = 0;
  for (const { line, fields } of body) {
    const get = (c: Column) => fields[header[c]] ?? '';
    const found: ImportProblem[] = [];
    const problem = (column: Column | null, code: ImportProblemCode, value: string, message: string) =>
      found.push({ line, column, code, value, message });

    const region = get('region_code');
    const indicatorText = get('indicator');
    const indicator = indicatorOf(indicatorText);
    const level = indicator === null ? undefined : ctx.indicators.get(indicator);
    if (!REGION_CODE.test(region))
      problem(
        'region_code',
        'BAD_REGION_CODE',
        region,
        region === ''
          ? 'Kode wilayah kosong / empty region code'
          : `Kode wilayah Kemendagri tidak valid, mis. 36 atau 36.03 / invalid Kemendagri region code, e.g. 36 or 36.03: ${region}`,
      );
    else if (!ctx.knownRegions.has(region))
      problem('region_code', 'UNKNOWN_REGION', region, `Wilayah tidak dikenal / unknown region: ${region}`);
    else if (level !== undefined && region.split('.').length !== LEVEL_SEGMENTS[level])
      problem(
        'region_code',
        'WRONG_LEVEL',
        region,
        level === 'province'
          ? `Indikator ${indicator} diisi per provinsi (mis. 36) / indicator ${indicator} is given per province (e.g. 36): ${region}`
          : `Indikator ${indicator} diisi per kabupaten/kota (mis. 36.03) / indicator ${indicator} is given per regency/city (e.g. 36.03): ${region}`,
      );

    if (indicator === null)
      problem(
        'indicator',
        'UNKNOWN_INDICATOR',
        indicatorText,
        indicatorText === ''
          ? 'Indikator kosong / empty indicator'
          : `Indikator tidak dikenal / unknown indicator: ${indicatorText}`,
      );

    const valueText = get('value');
    const value = parseValue(valueText);
    if (value === null)
      problem(
        'value',
        'NOT_A_NUMBER',
        valueText,
        valueText === ''
          ? 'Nilai kosong / empty value'
          : `Bukan angka: tulis angka polos seperti 12,5 atau 12.5, tanpa pemisah ribuan / not a number: write plain numbers like 12.5 or 12,5, without thousands separators: ${valueText}`,
      );

    const source = get('source');
    if (source === '') problem('source', 'EMPTY_SOURCE', source, 'Sumber kosong / empty source');
    else if (source.length > MAX_SOURCE_CHARS)
      problem(
        'source',
        'SOURCE_TOO_LONG',
        `${source.slice(0, 60)}…`,
        `Sumber lebih dari ${MAX_SOURCE_CHARS} karakter / source longer than ${MAX_SOURCE_CHARS} characters`,
      );

    const date = get('date');
    const dateOk = isCalendarDate(date);
    if (!dateOk)
      problem(
        'date',
        'BAD_DATE',
        date,
        `Tanggal tidak valid, tulis YYYY-MM-DD / invalid date, write YYYY-MM-DD: ${date}`,
      );

    if (REGION_CODE.test(region) && indicator !== null && dateOk) {
      const key = `${region}|${indicator}|${date}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else
        problem(
          null,
          'DUPLICATE',
          `${region},${indicator},${date}`,
          `Ganda dengan baris ${first} (wilayah, indikator, tanggal sama) / duplicate of line ${first} (same region, indicator and date)`,
        );
    }

    if (found.length > 0) {
      withProblems++;
      problems.push(...found);
    } else if (indicator !== null && value !== null) rows.push({ line, region, indicator, value, source, date });
  }
  return { rows, problems, counts: { lines: body.length, valid: rows.length, withProblems } };
}

function fileProblem(problem: ImportProblem, lines: number): ImportReport {
  return { rows: [], problems: [problem], counts: { lines, valid: 0, withProblems: 0 } };
}

/** Non-blank records with the file line each starts on, or the problem when the quoting is broken. */
function readCsv(text: string): CsvLine[] | ImportProblem {
  const firstLine = /^[^\n]*\S[^\n]*$/m.exec(text)?.[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let lastEnd = 0;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record, context) => ((lastEnd = context.lines), record),
    }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      // csv-parse names the end of the file; the record that opened the quote starts on the first non-blank line after the last good record.
      const start = text.split('\n').findIndex((l, i) => i >= lastEnd && l.trim() !== '');
      const message = 'Tanda kutip dibuka tetapi tidak ditutup / quote opened but never closed';
      return { line: start < 0 ? null : start + 1, column: null, code: 'BAD_CSV', value: null, message };
    }
    const message = `Berkas CSV tidak terbaca / unreadable CSV file: ${e.message}`;
    return { line: e.lines ?? null, column: null, code: 'BAD_CSV', value: null, message };
  }
  return records
    .filter(({ record }) => record.some((f) => f !== ''))
    .map(({ record, info }) => ({
      // info.lines is the line the record ends on; a quoted field may span lines (CR already folded into LF).
      line: info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0),
      fields: record,
    }));
}

/** Column → field index, or the problem with the header. */
function readHeader(head: CsvLine): Record<Column, number> | ImportProblem {
  const names = head.fields.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const index: Partial<Record<Column, number>> = {};
  for (const column of COLUMN_ORDER) {
    const at = names.flatMap((n, i) => (COLUMNS[column].includes(n) ? [i] : []));
    if (at.length > 1)
      return {
        line: head.line,
        column,
        code: 'DUPLICATE',
        value: at.map((i) => head.fields[i]).join(','),
        message: `Kolom ${column} muncul lebih dari sekali / column ${column} appears more than once`,
      };
    if (at.length === 1) index[column] = at[0];
  }
  const missing = COLUMN_ORDER.filter((c) => index[c] === undefined);
  if (missing.length > 0)
    return {
      line: head.line,
      column: missing.join(','),
      code: 'MISSING_COLUMN',
      value: head.fields.join(','),
      message: `Kolom wajib tidak ada / missing required column: ${missing.join(', ')} (kepala berkas harus / header must be: region_code,indicator,value,source,date atau / or kode_wilayah,indikator,nilai,sumber,tanggal)`,
    };
  return index as Record<Column, number>;
}

/** The catalogue's spelling of an indicator code: exact, else the only case-insensitive match; null when unknown. */
function indicatorResolver(indicators: ReadonlyMap<string, IndexLevel>): (text: string) => string | null {
  const byLower = new Map<string, string | null>();
  for (const code of indicators.keys()) {
    const k = code.toLowerCase();
    byLower.set(k, byLower.has(k) ? null : code);
  }
  return (text) => (indicators.has(text) ? text : (byLower.get(text.toLowerCase()) ?? null));
}

/** A plain decimal number (`12.5`, `12,5`, `-3`); null for anything else, thousands separators included. */
function parseValue(text: string): number | null {
  if (!PLAIN_NUMBER.test(text)) return null;
  const n = Number(text.replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}
