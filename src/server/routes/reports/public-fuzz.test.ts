import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { multipartBody, type MultipartPart } from '../../evidence/test-multipart';
import { SAMPLES } from '../../evidence/test-samples';
import { seedTestRegions } from '../../reference/test-fixtures';
import { createTestApp } from '../../test/app';
import { describeDb } from '../../test/db';
import { flatten, reportPayload } from '../../test/report-factories';
import { tempDir } from '../../test/tmp';

/**
 * Property: whatever is posted to the public endpoints — random JSON, valid reports with one part
 * broken, random or truncated multipart bodies with random files — the answer is never a 5xx, and
 * a refused request leaves no row and no file behind.
 */
const ENDPOINTS = ['/api/public/reports', '/api/public/tips', '/api/public/track', '/api/public/receipt'];
const RUNS = 1200;

type Req = { url: string; headers: Record<string, string>; payload: string | Buffer };

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const anyText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant(''));

/** A valid report with one field replaced, removed or added. */
const mutatedReport = fc
  .tuple(
    fc.constantFrom(...Object.keys(reportPayload())),
    fc.oneof(jsonValue, fc.constant(undefined)),
    fc.option(fc.tuple(fc.string({ maxLength: 12 }), jsonValue), { nil: undefined }),
  )
  .map(([key, value, extra]) => {
    const body: Record<string, unknown> = { ...reportPayload(), [key]: value };
    if (value === undefined) delete body[key];
    if (extra) body[extra[0]] = extra[1];
    return body;
  });

const jsonRequest = fc
  .tuple(fc.constantFrom(...ENDPOINTS), fc.oneof(mutatedReport, jsonValue))
  .map(([url, body]): Req => ({ url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) }));

const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a)),
  fc.constantFrom(SAMPLES.png, SAMPLES.jpeg, SAMPLES.mp3, Buffer.from('%PDF-1.4\n%%EOF\n'), Buffer.alloc(0)),
);
const formPart: fc.Arbitrary<MultipartPart> = fc.oneof(
  fc.record({
    name: fc.constantFrom('reporter.name', 'parties[0].name', 'acts', 'knownOn', 'x', 'a[99].b', '__proto__.x'),
    value: anyText,
  }),
  fc.record({
    name: fc.constantFrom('files', 'other'),
    filename: anyText,
    contentType: fc.constantFrom('image/png', 'text/html'),
    data: fileBytes,
  }),
);
/** A valid report form with random parts added, some of them files, possibly cut short. */
const multipartRequest = fc
  .tuple(
    fc.constantFrom('/api/public/reports', '/api/public/tips'),
    fc.boolean(),
    fc.array(formPart, { maxLength: 6 }),
    fc.option(fc.nat({ max: 4000 }), { nil: undefined }),
  )
  .map(([url, base, parts, cut]): Req => {
    const all = [...(base ? flatten(reportPayload()) : []), ...parts];
    const { body, contentType } = multipartBody(all);
    return { url, headers: { 'content-type': contentType }, payload: cut === undefined ? body : body.subarray(0, cut) };
  });

const oddRequest = fc
  .tuple(
    fc.constantFrom(...ENDPOINTS),
    fc.constantFrom('text/plain', 'multipart/form-data', 'application/xml', 'multipart/form-data; boundary=x'),
    fc.uint8Array({ maxLength: 200 }),
  )
  .map(([url, type, bytes]): Req => ({ url, headers: { 'content-type': type }, payload: Buffer.from(bytes) }));

describeDb('public endpoints under random and mutated input', (db) => {
  let app: FastifyInstance;
  let blobDir: string;

  beforeAll(async () => {
    await seedTestRegions(db());
    blobDir = tempDir('fuzz-blobs');
    ({ app } = await createTestApp(db(), { blobDir }));
  });

  const counts = async () =>
    (
      await db().query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM reports)::int AS reports, (SELECT count(*) FROM report_parties)::int AS parties,
                (SELECT count(*) FROM report_evidence)::int AS evidence, (SELECT count(*) FROM evidence_blobs)::int AS blobs,
                (SELECT count(*) FROM audit_events)::int AS audit`,
      )
    ).rows[0]!;
  const files = (dir = blobDir): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, e) => n + (e.isDirectory() ? files(path.join(dir, e.name)) : 1),
      0,
    );

  it(`answers ${RUNS} random requests without a 5xx, and writes nothing for those it refuses`, async () => {
    let n = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonRequest, multipartRequest, oddRequest), async (req) => {
        const before = { rows: await counts(), files: files() };
        const res = await app.inject({
          method: 'POST',
          url: req.url,
          headers: req.headers,
          payload: req.payload,
          remoteAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`,
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.json().error.code).toEqual(expect.any(String));
          expect(await counts()).toEqual(before.rows);
          expect(files()).toBe(before.files);
        }
      }),
      { numRuns: RUNS, seed: 20241127 },
    );
    console.log(`fuzzed ${n} requests: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(n).toBeGreaterThanOrEqual(1000);
  }, 600_000);
});
