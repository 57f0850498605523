import { beforeAll, beforeEach, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../audit/audit';
import { AppError } from '../http/errors';
import { seedTestRegions } from '../reference/test-fixtures';
import { describeDb } from '../test/db';
import { importIndicatorValues } from './service';
import { BAD_CSV, BAD_CSV_PROBLEMS, GOOD_CSV, GOOD_CSV_AGAIN } from './test-files';

const now = new Date('2024-11-18T03:00:00.000Z');

describeDb('importIndicatorValues', (db) => {
  beforeAll(async () => {
    await seedTestRegions(db(), now);
  });
  beforeEach(async () => {
    await db().exec('DELETE FROM indicator_values');
  });

  const run = (text: string, options: { force?: boolean; chunkRows?: number } = {}) =>
    importIndicatorValues({ db: db() }, SYSTEM_ACTOR, now, 'system', { text, force: false, ...options });
  const values = async () =>
    (
      await db().query<{
        region_code: string;
        indicator_code: string;
        observed_on: string;
        value: number;
        source: string;
      }>(
        `SELECT region_code, indicator_code, observed_on, value, source FROM indicator_values
          ORDER BY region_code, indicator_code, observed_on`,
      )
    ).rows;
  const importEvents = async () =>
    (
      await db().query<{ data: Record<string, unknown> }>(
        `SELECT data FROM audit_events WHERE action = 'index.values_imported' ORDER BY seq`,
      )
    ).rows.map((r) => r.data);
  const failure = async (p: Promise<unknown>): Promise<AppError> => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  };

  it('imports a clean file, then a re-import replaces the values by region, indicator and date', async () => {
    const events = (await importEvents()).length;
    expect(await run(GOOD_CSV)).toEqual({
      imported: 3,
      created: 3,
      updated: 0,
      forced: false,
      counts: { lines: 3, valid: 3, withProblems: 0 },
      problems: [],
      problemCount: 0,
    });
    expect(await values()).toEqual([
      {
        region_code: '36',
        indicator_code: 'PARTISIPASI_PEMILIH_PROV',
        observed_on: '2024-02-14',
        value: 81.2,
        source: 'KPU',
      },
      {
        region_code: '36.03',
        indicator_code: 'POLITIK_UANG_KAB',
        observed_on: '2024-06-01',
        value: 12,
        source: 'Bawaslu Banten',
      },
      {
        region_code: '36.71',
        indicator_code: 'POLITIK_UANG_KAB',
        observed_on: '2024-06-01',
        value: 3.5,
        source: 'Bawaslu Banten',
      },
    ]);
    // Chunks of 2 rows: the borders must not lose or double anything.
    expect(await run(GOOD_CSV_AGAIN, { chunkRows: 2 })).toMatchObject({ imported: 4, created: 1, updated: 3 });
    expect((await values()).map((v) => [v.region_code, v.value, v.source])).toEqual([
      ['36', 80, 'KPU'],
      ['36.03', 14, 'Bawaslu Banten (revisi)'],
      ['36.04', 0, 'Bawaslu Banten'],
      ['36.71', 4, 'Bawaslu Banten'],
    ]);
    const written = await importEvents();
    expect(written).toHaveLength(events + 2);
    expect(written.at(-1)).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bytes: Buffer.byteLength(GOOD_CSV_AGAIN),
      forced: false,
      counts: { lines: 4, valid: 4, withProblems: 0 },
      problemCount: 0,
      created: 1,
      updated: 3,
      indicators: ['PARTISIPASI_PEMILIH_PROV', 'POLITIK_UANG_KAB'],
    });
    // Never the values nor the sources.
    expect(JSON.stringify(written.at(-1))).not.toMatch(/Bawaslu|revisi|81\.2/);
  });

  it('writes nothing from a file with each kind of error, and reports every problem with its line', async () => {
    await run(GOOD_CSV);
    const before = await values();
    const events = (await importEvents()).length;
    const err = await failure(run(BAD_CSV));
    expect(err.code).toBe('VALIDATION_FAILED');
    const details = err.details as {
      problems: { line: number; code: string; column: string | null; message: string }[];
    };
    expect(details).toMatchObject({ counts: { lines: 11, valid: 2, withProblems: 9 }, problemCount: 9 });
    expect(details.problems.map((p) => [p.line, p.code, p.column])).toEqual(BAD_CSV_PROBLEMS);
    for (const p of details.problems) expect(p.message).toContain(' / ');
    expect(await values()).toEqual(before);
    expect(await importEvents()).toHaveLength(events);
  });

  it('with force imports only the valid lines and still reports the others', async () => {
    const result = await run(BAD_CSV, { force: true });
    expect(result).toMatchObject({ imported: 2, created: 2, updated: 0, forced: true, problemCount: 9 });
    expect(result.problems.map((p) => [p.line, p.code, p.column])).toEqual(BAD_CSV_PROBLEMS);
    expect((await values()).map((v) => [v.region_code, v.indicator_code, v.value])).toEqual([
      ['36', 'PARTISIPASI_PEMILIH_PROV', 81.2],
      ['36.03', 'POLITIK_UANG_KAB', 12],
    ]);
    expect((await importEvents()).at(-1)).toMatchObject({ forced: true, problemCount: 9, created: 2 });
  });

  it('refuses a file without any valid line even with force, and a file with a NUL', async () => {
    const events = (await importEvents()).length;
    for (const text of ['', 'region_code,indicator,value,source,date\n', 'a,b\n1,2\n', '36.99,X,1,s,2024-01-01\n']) {
      expect((await failure(run(text, { force: true }))).code).toBe('VALIDATION_FAILED');
    }
    expect((await failure(run(GOOD_CSV.replace('KPU', 'K\u0000PU')))).code).toBe('VALIDATION_FAILED');
    expect(await values()).toEqual([]);
    expect(await importEvents()).toHaveLength(events);
  });

  it('asks for index.manage', async () => {
    const officer = {
      userId: '00000000-0000-4000-8000-000000000001',
      username: 'kab',
      displayName: 'Kab',
      role: 'BAWASLU_KABKOTA' as const,
      scopeCode: '36.03',
      body: null,
      mfaPassed: true,
      mustChangePassword: false,
      totpEnabled: true,
      sessionTokenHash: 'x',
    };
    const err = await failure(
      importIndicatorValues({ db: db() }, SYSTEM_ACTOR, now, officer, { text: GOOD_CSV, force: false }),
    );
    expect(err.code).toBe('FORBIDDEN');
    expect(await values()).toEqual([]);
  });
});
