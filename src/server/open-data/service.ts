import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { OpenCaseRow } from '../../shared/api/open-data';
import type { Queryable } from '../db/db';
import { csvHeader, csvLines, jsonArrayClose, jsonArrayOpen, jsonLines } from './encode';
import { openCasePage, type OpenCaseFilter, type OpenCaseRecord } from './repository';

export const OPEN_DATA_PAGE_SIZE = 5000;

/** Stable, one-way: the same case always gets the same reference; the case id cannot be recovered. */
export function publicRef(caseId: string): string {
  return createHash('sha256').update(`netra:open-case:${caseId}`).digest('hex').slice(0, 16);
}

/** The public shape of one case: fields picked one by one, nothing else passes. */
export function presentOpenCase(r: OpenCaseRecord): OpenCaseRow {
  return {
    ref: publicRef(r.id),
    kind: r.kind,
    regime: r.regime,
    electionId: r.election_id,
    provinceCode: r.province_code,
    regencyCode: r.regency_code,
    receivedOn: r.received_on,
    registeredOn: r.registered_on,
    closedOn: r.closed_on,
    status: r.status as OpenCaseRow['status'],
    categories: r.categories as OpenCaseRow['categories'],
    subjectTypes: r.subject_types as OpenCaseRow['subjectTypes'],
    acts: r.acts as OpenCaseRow['acts'],
  };
}

/**
 * Every exported case, page by page (keyset on the case id, `pageSize` rows each). The next page is
 * fetched while the caller handles the current one. Stopping early (`return()`, as a destroyed
 * stream does) fetches nothing more: the one query in flight is awaited and the generator ends.
 */
export async function* openCasePages(
  db: Queryable,
  filter: OpenCaseFilter,
  pageSize = OPEN_DATA_PAGE_SIZE,
): AsyncGenerator<OpenCaseRow[]> {
  let pending: Promise<OpenCaseRecord[]> | null = openCasePage(db, filter, null, pageSize);
  try {
    while (pending) {
      const page: OpenCaseRecord[] = await pending;
      pending = page.length === pageSize ? openCasePage(db, filter, page[page.length - 1]!.id, pageSize) : null;
      if (page.length > 0) yield page.map(presentOpenCase);
    }
  } finally {
    // Stopped early: let the prefetch finish (its error, if any, no longer matters) so no query outlives us.
    await pending?.catch(() => undefined);
  }
}

/** Byte chunks of one page or so each; the stream pulls the next page only when the client has read on. */
function byteStream(chunks: AsyncIterable<string>): Readable {
  return Readable.from(chunks, { objectMode: false, highWaterMark: 64 * 1024 });
}

async function* csvChunks(pages: AsyncIterable<OpenCaseRow[]>): AsyncGenerator<string> {
  yield csvHeader();
  for await (const page of pages) yield csvLines(page);
}

async function* jsonChunks(pages: AsyncIterable<OpenCaseRow[]>): AsyncGenerator<string> {
  let first = true;
  yield jsonArrayOpen;
  for await (const page of pages) {
    yield jsonLines(page, first);
    first = false;
  }
  yield jsonArrayClose;
}

/** The CSV export (RFC 4180, header row, CRLF, UTF-8 without BOM) as a stream. */
export function openCasesCsv(db: Queryable, filter: OpenCaseFilter, pageSize?: number): Readable {
  return byteStream(csvChunks(openCasePages(db, filter, pageSize)));
}

/** The JSON export (one array, a row per line) as a stream. */
export function openCasesJson(db: Queryable, filter: OpenCaseFilter, pageSize?: number): Readable {
  return byteStream(jsonChunks(openCasePages(db, filter, pageSize)));
}
