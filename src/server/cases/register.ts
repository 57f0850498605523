import { electionCodeOf, formatRegisterNumber } from '../../domain/cases';
import { localDateOf } from '../../domain/deadlines/calendar';
import type { DocumentKind } from '../../shared/cases';
import type { Queryable } from '../db/db';
import type { AppDeps } from '../deps';
import * as repo from './repository';

/** Year and month of `now` in the case's zone. */
function localYearMonth(now: Date, zone: repo.CaseRow['time_zone']): { year: number; month: number } {
  const [y, m] = localDateOf(now, zone).split('-');
  return { year: Number(y), month: Number(m) };
}

/**
 * The next register number of the handling office for this year and kind (reports LP, findings
 * TM), gap-free across instances (`takeNumber`), formatted with the configured template.
 */
export async function issueRegisterNumber(deps: AppDeps, tx: Queryable, row: repo.CaseRow, now: Date): Promise<string> {
  const { year, month } = localYearMonth(now, row.time_zone);
  const seq = await repo.takeNumber(tx, row.office_code, year, row.kind === 'REPORT' ? 'REG_LP' : 'REG_TM');
  return formatRegisterNumber(deps.config.cases.registerTemplate, {
    seq,
    kind: row.kind,
    electionCode: electionCodeOf({
      regime: row.regime,
      governorElection: row.governor_election,
      officeName: row.office_name,
    }),
    officeCode: row.office_code,
    month,
    year,
  });
}

/** Short codes of document series in their numbers. */
const DOCUMENT_CODES: Record<DocumentKind, string> = {
  RECEIPT: 'TT',
  CLARIFICATION_INVITATION: 'UND',
  STATUS_NOTICE: 'PS',
  FORWARDING_LETTER: 'PP',
};

/** The next number of an official document of the office: `007/PP/36.03/XI/2024`. */
export async function issueDocumentNumber(
  tx: Queryable,
  row: repo.CaseRow,
  kind: DocumentKind,
  now: Date,
): Promise<string> {
  const { year, month } = localYearMonth(now, row.time_zone);
  const seq = await repo.takeNumber(tx, row.office_code, year, `DOC_${kind}`);
  return formatRegisterNumber('{seq:3}/{doc}/{office}/{month:roman}/{year}'.replace('{doc}', DOCUMENT_CODES[kind]), {
    seq,
    kind: row.kind,
    electionCode: '',
    officeCode: row.office_code,
    month,
    year,
  });
}
