import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { OPEN_CASE_COLUMNS, OpenCaseRow } from '../../../shared/api/open-data';
import type { Actor } from '../../audit/audit';
import { insertSyntheticCases } from '../../cases/synthetic';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp, TEST_NOW } from '../../test/app';
import { describeDb } from '../../test/db';
import { postReport, reportPayload, TEST_NIK, TEST_PHONE, TEST_REPORTER_NAME } from '../../test/report-factories';

const N = 300;
const ACTOR: Actor = { id: null, label: 'test', ip: null, userAgent: null, requestId: null };
type CsvRow = Record<(typeof OPEN_CASE_COLUMNS)[number], string>;

describeDb('open data: cases as CSV and JSON', (db) => {
  let app: FastifyInstance;
  let exported: number;
  let reportCaseId: string;

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
    const { salt } = await insertSyntheticCases(db(), ACTOR, { count: N, now: TEST_NOW });
    const res = await postReport(app, reportPayload(), {});
    expect(res.statusCode, res.body).toBe(201);
    const { rows } = await db().query<{ id: string }>(`SELECT id::text AS id FROM cases WHERE id::text NOT LIKE $1`, [
      `${salt}%`,
    ]);
    expect(rows).toHaveLength(1);
    reportCaseId = rows[0]!.id;
    exported = (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE status <> 'MERGED'`))
      .rows[0]!.n;
  }, 120_000);

  const get = (url: string) => app.inject({ method: 'GET', url });
  const csv = async (url = '/api/open/cases.csv') => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(200);
    return { res, rows: parse(res.body, { columns: true }) as CsvRow[] };
  };
  const json = async (url = '/api/open/cases.json') => {
    const res = await get(url);
    expect(res.statusCode, res.body).toBe(200);
    return { res, rows: res.json() as OpenCaseRow[] };
  };
  const count = async (where: string, params: unknown[]) =>
    (
      await db().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM cases WHERE status <> 'MERGED' AND ${where}`,
        params,
      )
    ).rows[0]!.n;

  it('exports every case but the merged ones as CSV: header, RFC 4180, no BOM, cacheable attachment', async () => {
    const { res, rows } = await csv();
    expect(exported).toBeGreaterThanOrEqual(N - 10);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="netra-kasus.csv"');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.rawPayload[0]).not.toBe(0xef); // no UTF-8 BOM
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(OPEN_CASE_COLUMNS.join(','));
    expect(lines.at(-1)).toBe(''); // the last line ends with CRLF too
    expect(lines.length - 2).toBe(exported);
    expect(rows).toHaveLength(exported);
    expect(rows.some((r) => r.status === 'MERGED')).toBe(false);
    expect(new Set(rows.map((r) => r.ref)).size).toBe(exported);
    expect(rows.every((r) => /^[0-9a-f]{16}$/.test(r.ref) && /^\d{4}-\d{2}-\d{2}$/.test(r.receivedOn))).toBe(true);
    const violation = rows.find((r) => r.categories !== '' && r.acts.includes('|'));
    expect(violation, 'a row with a category and two acts').toBeDefined();
  });

  it('exports the same rows as one JSON array, each matching the row schema', async () => {
    const { res, rows } = await json();
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(rows).toHaveLength(exported);
    for (const row of rows) expect(OpenCaseRow.parse(row)).toEqual(row);
    const fromCsv = (await csv()).rows;
    expect(rows.map((r) => r.ref)).toEqual(fromCsv.map((r) => r.ref));
    const a = rows[0]!;
    const b = fromCsv[0]!;
    expect([a.status, a.provinceCode, a.regencyCode ?? '', a.acts.join('|')]).toEqual([
      b.status,
      b.provinceCode,
      b.regencyCode,
      b.acts,
    ]);
  });

  it('shows a filed report without any personal data, its place at regency level', async () => {
    const bodies = [(await get('/api/open/cases.csv')).body, (await get('/api/open/cases.json')).body];
    const payload = reportPayload() as { description: string; parties: { name: string }[] };
    for (const body of bodies) {
      for (const secret of [TEST_REPORTER_NAME, TEST_NIK, TEST_PHONE, payload.parties[0]!.name, payload.description]) {
        expect(body).not.toContain(secret);
      }
      expect(body).not.toContain(reportCaseId); // internal ids stay inside
      expect(body).not.toContain('SINTETIS/'); // nor register numbers
      expect(body).not.toContain('sintetis'); // nor free text (synthetic agencies, descriptions)
      expect(body).not.toMatch(/\d{2}\.\d{2}\.\d{2}/); // no district or village code
    }
    const { rows } = await json();
    const own = rows.filter((r) => r.receivedOn === '2024-11-18' && r.acts.join() === 'FOTO_BERSAMA,HADIR_KAMPANYE');
    expect(own.map((r) => [r.kind, r.provinceCode, r.regencyCode, r.status, r.subjectTypes])).toContainEqual([
      'REPORT',
      '36',
      '36.03',
      'RECEIVED',
      ['CAMAT'],
    ]);
    expect(rows.every((r) => r.regencyCode === null || /^\d{2}\.\d{2}$/.test(r.regencyCode))).toBe(true);
  });

  it('filters by province and by received date (inclusive, in the case zone)', async () => {
    const byProvince = (await csv('/api/open/cases.csv?province=36')).rows;
    expect(byProvince.length).toBe(await count(`province_code = $1`, ['36']));
    expect(byProvince.length).toBeGreaterThan(0);
    expect(byProvince.every((r) => r.provinceCode === '36')).toBe(true);

    const all = (await json()).rows.map((r) => r.receivedOn).sort();
    const from = all[Math.floor(all.length / 4)]!;
    const to = all[Math.floor(all.length / 2)]!;
    const dated = (await json(`/api/open/cases.json?from=${from}&to=${to}`)).rows;
    const expected = all.filter((d) => d >= from && d <= to).length;
    expect(dated.length).toBe(expected);
    expect(dated.length).toBe(
      await count(`(received_at AT TIME ZONE time_zone)::date BETWEEN $1::date AND $2::date`, [from, to]),
    );
    expect(dated.every((r) => r.receivedOn >= from && r.receivedOn <= to)).toBe(true);

    const both = (await csv(`/api/open/cases.csv?from=${from}&to=${to}&province=36`)).rows;
    expect(both.every((r) => r.provinceCode === '36' && r.receivedOn >= from && r.receivedOn <= to)).toBe(true);
    expect((await json('/api/open/cases.json?from=2030-01-01')).rows).toEqual([]);
    expect((await get('/api/open/cases.csv?from=2030-01-01')).body).toBe(`${OPEN_CASE_COLUMNS.join(',')}\r\n`);
  });

  it('answers 400 to a bad filter, on both formats', async () => {
    for (const query of [
      'from=2024-13-01',
      'to=2024-02-30',
      'from=18-11-2024',
      'province=3',
      'province=36.03',
      'from=2024-11-18&to=2024-11-01',
    ]) {
      for (const ext of ['csv', 'json']) {
        const res = await get(`/api/open/cases.${ext}?${query}`);
        expect(res.statusCode, `${ext} ${query}`).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
    }
  });
});
