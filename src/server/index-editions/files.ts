import { z } from 'zod';
import { validateCatalogue, type Catalogue } from '../../domain/index/catalogue';
import { CalendarDate } from '../../shared/api/elections';
import { EditionId, IndexLevel } from '../../shared/api/index-editions';
import { RegionCode } from '../../shared/api/common';
import type { FileIssue, Parsed } from '../reference/files';
import { jsonLines, jsonSyntaxError, lineOf } from '../reference/json-lines';

/**
 * The index's shipped data files (src/server/reference/datasets/index/): the default catalogue and
 * published editions. Both are checked whole before anything is loaded; each issue names its line.
 */

const Code = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, 'KODE_HURUF_BESAR / UPPER_CASE_CODE');
const Weight = z.number().positive().finite();
const Text = (max: number) => z.string().trim().min(1).max(max);

export const CatalogueFile = z.strictObject({
  /** Free text for whoever edits the file (weights are editable data). Not loaded. */
  note: z.string().max(2000).optional(),
  source: Text(1000),
  dimensions: z
    .array(z.strictObject({ code: Code, name: Text(200), weight: Weight }))
    .min(1)
    .max(50),
  subDimensions: z
    .array(z.strictObject({ code: Code, dimension: Code, name: Text(200), weight: Weight }))
    .min(1)
    .max(200),
  indicators: z
    .array(
      z.strictObject({
        code: Code,
        subDimension: Code,
        name: Text(300),
        weight: Weight,
        direction: z.enum(['HIGHER_MORE_VULNERABLE', 'HIGHER_LESS_VULNERABLE']),
        level: IndexLevel,
        source: z.enum(['IMPORTED', 'COMPUTED']),
        unit: Text(100).nullable(),
        active: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(2000),
});
export type CatalogueFile = z.infer<typeof CatalogueFile>;

export const PublishedEditionFile = z.strictObject({
  id: EditionId,
  kind: z.literal('PUBLISHED'),
  level: IndexLevel,
  title: Text(300),
  publishedOn: CalendarDate,
  source: Text(1000),
  note: z.string().max(2000).optional(),
  scores: z
    .array(
      z.strictObject({
        /** The region's name as the source publishes it (documentation; the code is what is loaded). */
        name: Text(200),
        code: RegionCode,
        score: z.number().min(0).max(100),
      }),
    )
    .min(1)
    .max(600),
});
export type PublishedEditionFile = z.infer<typeof PublishedEditionFile>;

/** The catalogue part the domain checks (`validateCatalogue`). */
export function catalogueOf(file: CatalogueFile): Catalogue {
  return { dimensions: file.dimensions, subDimensions: file.subDimensions, indicators: file.indicators };
}

function parseJson<T>(
  text: string,
  schema: z.ZodType<T>,
  check: (value: T, line: (path: PropertyKey[]) => number) => FileIssue[],
): Parsed<T> {
  const clean = text.replace(/^\uFEFF/, '');
  const syntax = jsonSyntaxError(clean);
  if (syntax)
    return {
      ok: false,
      issues: [{ line: syntax.line, message: `JSON tidak valid / invalid JSON: ${syntax.message}` }],
    };
  const lines = jsonLines(clean);
  const result = schema.safeParse(JSON.parse(clean));
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((i) => ({
        line: lineOf(lines, i.path),
        message: `${i.path.join('.') || '(root)'}: ${i.message}`,
      })),
    };
  }
  const issues = check(result.data, (path) => lineOf(lines, path));
  return issues.length ? { ok: false, issues } : { ok: true, value: result.data };
}

/** The catalogue file: shape, then the domain's rules (codes, parents, weights). */
export function parseCatalogueJson(text: string): Parsed<CatalogueFile> {
  return parseJson(text, CatalogueFile, (file, line) =>
    validateCatalogue(catalogueOf(file)).map((message) => ({ line: line([]), message })),
  );
}

/** A published edition: shape, then one row per region. */
export function parsePublishedEditionJson(text: string): Parsed<PublishedEditionFile> {
  return parseJson(text, PublishedEditionFile, (file, line) => {
    const seen = new Set<string>();
    const issues: FileIssue[] = [];
    file.scores.forEach((s, n) => {
      if (seen.has(s.code))
        issues.push({ line: line(['scores', n, 'code']), message: `Wilayah ganda / duplicate region ${s.code}` });
      seen.add(s.code);
      const depth = s.code.split('.').length;
      if (depth !== (file.level === 'province' ? 1 : 2))
        issues.push({
          line: line(['scores', n, 'code']),
          message: `Tingkat wilayah salah / wrong region level for ${file.level}: ${s.code}`,
        });
    });
    return issues;
  });
}
