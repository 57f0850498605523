import type { FastifyInstance } from 'fastify';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { BAD_CSV, BAD_CSV_PROBLEMS, GOOD_CSV, GOOD_CSV_AGAIN } from '../../index-values/test-files';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { createUser, signIn } from '../../test/factories';

type Problem = Record<string, unknown>;
/** The answer: a result, or the error envelope with the problems in `details`. */
interface Answer {
  problems?: Problem[];
  error?: { code: string; details?: { problems: Problem[]; problemCount: number } };
}

describeDb('POST /api/index/values/import', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let ri: string;
  let kab: string;
  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
    admin = await signIn(app, db(), await createUser(db(), { role: 'ADMIN' }));
    ri = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_RI' }));
    kab = await signIn(app, db(), await createUser(db(), { role: 'BAWASLU_KABKOTA', scopeCode: '36.03' }));
  });
  beforeEach(async () => {
    await db().exec('DELETE FROM indicator_values');
  });

  const post = async (cookie: string | null, csv: unknown, force?: boolean) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/index/values/import${force === undefined ? '' : `?force=${force}`}`,
      headers: cookie ? { cookie } : {},
      payload: { csv } as object,
    });
    return { status: res.statusCode, body: res.json<Answer>() };
  };
  const state = async () => {
    const { rows } = await db().query<{ values: number; events: number; digest: string | null }>(
      `SELECT (SELECT count(*)::int FROM indicator_values) AS values,
              (SELECT count(*)::int FROM audit_events WHERE action = 'index.values_imported') AS events,
              (SELECT string_agg(region_code || '|' || indicator_code || '|' || observed_on || '|' || value || '|' || source, ';'
                        ORDER BY region_code, indicator_code, observed_on) FROM indicator_values) AS digest`,
    );
    return rows[0]!;
  };

  it('answers a file with each kind of error with 400 and every problem, and writes nothing', async () => {
    expect((await post(admin, GOOD_CSV)).status).toBe(200);
    const before = await state();
    const res = await post(admin, BAD_CSV);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        details: { counts: { lines: 11, valid: 2, withProblems: 9 }, problemCount: 9 },
      },
    });
    const problems = res.body.error?.details?.problems ?? [];
    expect(problems.map((p) => [p.line, p.code, p.column])).toEqual(BAD_CSV_PROBLEMS);
    for (const p of problems) expect(p).toEqual(expect.objectContaining({ message: expect.stringContaining(' / ') }));
    expect(await state()).toEqual(before);
    // force=false is the same as no force.
    expect((await post(admin, BAD_CSV, false)).status).toBe(400);
    expect(await state()).toEqual(before);
  });

  it('imports a clean file and a re-import updates by region, indicator and date', async () => {
    const before = await state();
    expect(await post(admin, GOOD_CSV)).toEqual({
      status: 200,
      body: {
        imported: 3,
        created: 3,
        updated: 0,
        forced: false,
        counts: { lines: 3, valid: 3, withProblems: 0 },
        problems: [],
        problemCount: 0,
      },
    });
    expect(await post(ri, GOOD_CSV_AGAIN)).toMatchObject({
      status: 200,
      body: { imported: 4, created: 1, updated: 3 },
    });
    const after = await state();
    expect(after).toMatchObject({ values: 4, events: before.events + 2 });
    expect(after.digest).toContain('36.03|POLITIK_UANG_KAB|2024-06-01|14|Bawaslu Banten (revisi)');
  });

  it('with force=true imports only the valid lines and lists the others', async () => {
    const res = await post(admin, BAD_CSV, true);
    expect(res).toMatchObject({ status: 200, body: { imported: 2, forced: true, problemCount: 9 } });
    const problems = res.body.problems ?? [];
    expect(problems.map((p) => [p.line, p.code, p.column])).toEqual(BAD_CSV_PROBLEMS);
    expect((await state()).values).toBe(2);
  });

  it('refuses an officer without index.manage (403) and a visitor (401), writing nothing', async () => {
    const before = await state();
    expect(await post(kab, GOOD_CSV)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(await post(null, GOOD_CSV)).toMatchObject({ status: 401, body: { error: { code: 'AUTH_REQUIRED' } } });
    expect(await state()).toEqual(before);
  });

  it('refuses a body that is not a CSV string (400) and one over the limit (413)', async () => {
    expect(await post(admin, 42)).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(await post(admin, '')).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect((await post(admin, GOOD_CSV, 'ja' as unknown as boolean)).status).toBe(400);
    // Above the default 1 MiB body limit, below the import's: accepted.
    const lines = Array.from({ length: 40_000 }, (_, i) => `36.03,POLITIK_UANG_KAB,${i},Bawaslu Banten,2020-01-01`);
    const big = ['region_code,indicator,value,source,date', ...lines].join('\n');
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const dup = await post(admin, big);
    expect(dup).toMatchObject({ status: 400, body: { error: { details: { problemCount: 39_999 } } } });
    expect(dup.body.error?.details?.problems).toHaveLength(1000);
    expect((await post(admin, 'x'.repeat(25 * 1024 * 1024))).status).toBe(413);
    expect((await state()).values).toBe(0);
  });
});
