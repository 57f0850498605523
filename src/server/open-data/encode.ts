import { OPEN_CASE_COLUMNS, type OpenCaseRow } from '../../shared/api/open-data';

/**
 * Encoders of the open-data export. CSV per RFC 4180: CRLF line ends, a field quoted when it holds
 * a comma, a quote, CR or LF (quotes doubled); null is an empty field; arrays are joined with '|'.
 * JSON: one array, one row per line, so it is both valid JSON and easy to read line by line.
 */
export function csvField(value: string | null | readonly string[]): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : value.join('|');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return `${OPEN_CASE_COLUMNS.join(',')}\r\n`;
}

export function csvLines(rows: readonly OpenCaseRow[]): string {
  let out = '';
  for (const row of rows) out += `${OPEN_CASE_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;
  return out;
}

export const jsonArrayOpen = '[';
export const jsonArrayClose = '\n]\n';

/** `first`: the page starts the array (no comma before its first row). */
export function jsonLines(rows: readonly OpenCaseRow[], first: boolean): string {
  let out = '';
  rows.forEach((row, i) => {
    out += `${first && i === 0 ? '' : ','}\n${JSON.stringify(row)}`;
  });
  return out;
}
