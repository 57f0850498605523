import { beforeAll, expect, it } from 'vitest';
import { pgErrorCode } from '../db/db';
import { AppError } from '../http/errors';
import { seedTestRegions } from '../reference/test-fixtures';
import { describeDb } from '../test/db';
import { compareIndexEditions, loadPublishedEdition } from './service';

const now = new Date('2024-11-18T03:00:00.000Z');

describeDb('vulnerability index data', (db) => {
  beforeAll(async () => {
    await seedTestRegions(db(), now);
  });

  it('records each index data set in reference_loads with what it loaded', async () => {
    const { rows } = await db().query<{ dataset: string; detail: Record<string, unknown> }>(
      `SELECT dataset, detail FROM reference_loads WHERE dataset LIKE 'index/%' ORDER BY dataset`,
    );
    expect(rows).toEqual([
      {
        dataset: 'index/catalogue-2024.json',
        detail: { catalogueVersion: 1, dimensions: 4, subDimensions: 12, indicators: 28 },
      },
      {
        dataset: 'index/editions/ikp-2024-provinsi.json',
        detail: { edition: 'ikp-2024-provinsi', scores: 34, skippedRegions: 0 },
      },
      {
        dataset: 'index/editions/ikp-2024-tematik-netralitas-asn.json',
        detail: { edition: 'ikp-2024-tematik-netralitas-asn', scores: 10, skippedRegions: 0 },
      },
    ]);
  });

  it('stores the catalogue as version 1 with a snapshot of what was loaded', async () => {
    const { rows } = await db().query<{
      version: number;
      created_by: string | null;
      snapshot: { indicators: unknown[] };
    }>('SELECT version, created_by, snapshot FROM index_catalogue_versions');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ version: 1, created_by: null });
    expect(rows[0]!.snapshot.indicators).toHaveLength(28);
    const counts = await db().query<{ n: number; levels: number; computed: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT level)::int AS levels,
              count(*) FILTER (WHERE source_kind = 'COMPUTED')::int AS computed
         FROM index_indicators WHERE active`,
    );
    expect(counts.rows[0]).toEqual({ n: 28, levels: 2, computed: 8 });
  });

  it('refuses to compare editions of different levels with BAD_REQUEST', async () => {
    await db().transaction((tx) =>
      loadPublishedEdition(
        tx,
        {
          id: 'test-kabupaten',
          kind: 'PUBLISHED',
          level: 'regency',
          title: 'Uji',
          publishedOn: '2023-01-01',
          source: 'uji',
          scores: [
            { name: 'Kab. Tangerang', code: '36.03', score: 49.33 },
            { name: 'Kota Tangerang', code: '36.71', score: 13.46 },
          ],
        },
        now,
      ),
    );
    const { rows } = await db().query<{ region_code: string; category: string }>(
      `SELECT region_code, category FROM index_scores WHERE edition_id = 'test-kabupaten' ORDER BY region_code`,
    );
    // Regency cut points: a boundary value belongs to the upper category.
    expect(rows).toEqual([
      { region_code: '36.03', category: 'HIGH' },
      { region_code: '36.71', category: 'LOW' },
    ]);
    const err = await compareIndexEditions(db(), 'ikp-2024-provinsi', 'test-kabupaten').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_REQUEST');
  });

  it('refuses inconsistent rows: a score without category, above 100, crossed cut points, NaN values', async () => {
    for (const sql of [
      `INSERT INTO index_scores (edition_id, region_code, score, category, rank) VALUES ('ikp-2024-provinsi', '93', 10, NULL, 1)`,
      `INSERT INTO index_scores (edition_id, region_code, score, category, rank) VALUES ('ikp-2024-provinsi', '93', 101, 'HIGH', 1)`,
      `INSERT INTO index_cut_points (level, effective_from, low, high, inclusive, source) VALUES ('province', '2030-01-01', 50, 40, 'UPPER', 'x')`,
      `INSERT INTO indicator_values (region_code, indicator_code, observed_on, value, source, imported_at)
       VALUES ('31', 'POLITIK_UANG_PROV', '2024-01-01', 'NaN', 'x', now())`,
    ]) {
      const err = await db()
        .query(sql)
        .catch((e: unknown) => e);
      expect(pgErrorCode(err), sql).toBe('23514');
    }
  });
});
