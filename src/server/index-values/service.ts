import { createHash } from 'node:crypto';
import { parseIndicatorValuesCsv, type ImportProblem } from '../../domain/index/import-values';
import { MAX_REPORTED_PROBLEMS, type IndicatorValuesImportResult } from '../../shared/api/index-values';
import { mutate, type Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/db';
import { AppError } from '../http/errors';
import { authorize } from '../policies';
import { importableIndicators, knownRegionCodes, upsertIndicatorValues } from './repository';

/** Rows per INSERT statement: bounded memory and statement size whatever the file. */
export const IMPORT_CHUNK_ROWS = 5_000;

export interface ImportValuesInput {
  /** The CSV file's text. */
  text: string;
  /** Import the valid lines of a file that has problems. */
  force: boolean;
  /** Called after each chunk is written (the CLI's progress bar). */
  onProgress?: (written: number, total: number) => void;
  /** Rows per statement; tests make it small to cross chunk borders. */
  chunkRows?: number;
  /** Problems listed in the answer or the error (default `MAX_REPORTED_PROBLEMS`; the CLI lists all). */
  reportLimit?: number;
}

/** Problems, each with its line, as listed in `details.problems` of the 400 and in the result. */
export interface ImportProblemsDetails {
  counts: IndicatorValuesImportResult['counts'];
  problemCount: number;
  problems: ImportProblem[];
}

/**
 * Imports indicator values from a CSV file (`netra index import FILE`, `POST /api/index/values/import`).
 * The whole file is checked first (`parseIndicatorValuesCsv`); any problem and nothing is written
 * (400 VALIDATION_FAILED with `details.problems`), unless `force`, which writes only the lines
 * without problems. The values are created or replaced by (region, indicator, date) in one
 * transaction with one audit event `index.values_imported` (counts and the file's SHA-256, never
 * the values).
 */
export async function importIndicatorValues(
  deps: { db: Database },
  actor: Actor,
  now: Date,
  by: Principal | null | 'system',
  input: ImportValuesInput,
): Promise<IndicatorValuesImportResult> {
  if (by !== 'system') authorize(by, 'index.manage');
  if (input.text.includes('\u0000')) {
    throw new AppError('VALIDATION_FAILED', 'Berkas berisi karakter NUL / The file contains a NUL character', {
      problems: [],
    });
  }
  const [knownRegions, indicators] = await Promise.all([knownRegionCodes(deps.db), importableIndicators(deps.db)]);
  const report = parseIndicatorValuesCsv(input.text, { knownRegions, indicators });
  const problems = report.problems;
  const limit = input.reportLimit ?? MAX_REPORTED_PROBLEMS;
  if ((problems.length > 0 && !input.force) || report.rows.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      report.rows.length === 0 && problems.length > 0
        ? 'Berkas berisi kesalahan dan tidak ada baris yang sah; tidak ada yang diimpor / The file has errors and no valid line; nothing imported'
        : 'Berkas berisi kesalahan; tidak ada yang diimpor / The file has errors; nothing imported',
      {
        counts: report.counts,
        problemCount: problems.length,
        problems: problems.slice(0, limit),
      } satisfies ImportProblemsDetails,
    );
  }

  const sha256 = createHash('sha256').update(input.text, 'utf8').digest('hex');
  const chunk = input.chunkRows ?? IMPORT_CHUNK_ROWS;
  const rows = report.rows;
  const { created, updated } = await mutate(deps.db, actor, now, async (tx) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < rows.length; i += chunk) {
      const written = await upsertIndicatorValues(tx, rows.slice(i, i + chunk), now);
      created += written.created;
      updated += written.updated;
      input.onProgress?.(Math.min(i + chunk, rows.length), rows.length);
    }
    return {
      result: { created, updated },
      audit: {
        action: 'index.values_imported',
        subjectType: 'indicator_values',
        subjectId: null,
        data: {
          sha256,
          bytes: Buffer.byteLength(input.text, 'utf8'),
          forced: input.force,
          counts: report.counts,
          problemCount: problems.length,
          created,
          updated,
          indicators: [...new Set(rows.map((r) => r.indicator))].sort(),
        },
      },
    };
  });
  return {
    imported: created + updated,
    created,
    updated,
    forced: input.force,
    counts: report.counts,
    problems: problems.slice(0, limit),
    problemCount: problems.length,
  };
}
