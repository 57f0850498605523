import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnyRoute } from '../http/route';
import { seedTestRegions } from '../reference/test-fixtures';
import { createTestApp } from '../test/app';
import { describeDb } from '../test/db';
import { createUser, signIn } from '../test/factories';
import { allRoutes } from '.';

/**
 * Every endpoint, fed wrong types, missing fields, huge strings and malformed parameters, as a
 * signed-in admin (so authorization is not what refuses): always a 4xx with an error code, never a
 * 5xx, and no row written anywhere.
 */
type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

const HUGE = 'x'.repeat(100_000);

function wrongValue(schema: JsonSchema | undefined): unknown[] {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  switch (type) {
    case 'string':
      return [12345, HUGE, { nested: true }, 'nul\u0000byte'];
    case 'number':
    case 'integer':
      return ['abc', 1e308 * 10 === Infinity ? '1e400' : 'NaN'];
    case 'boolean':
      return ['yes', 2];
    case 'array':
      return ['not-an-array', [HUGE]];
    default:
      return [HUGE, 7, []];
  }
}

function bodyVariants(route: AnyRoute): unknown[] {
  const schema = route.body ?? route.upload;
  if (!schema || route.method === 'GET') return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const shapes = json.anyOf ?? [json];
  const variants: unknown[] = [[], 'text', 42, null, {}];
  for (const shape of shapes) {
    for (const [key, prop] of Object.entries(shape.properties ?? {})) {
      for (const v of wrongValue(prop)) variants.push({ [key]: v });
    }
  }
  return variants;
}

function paramVariants(route: AnyRoute): string[] {
  const names = [...route.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
  if (names.length === 0) return [];
  const bad = ['x', '%00', 'a'.repeat(180), 'a'.repeat(300), '%E0%A4%A', '..%2F..%2Fetc', '1.2.3.4.5', '-1'];
  return bad.map((b) => names.reduce((p, n) => p.replace(`:${n}`, b), route.path));
}

function queryVariants(route: AnyRoute): string[] {
  if (!route.query) return [];
  const json = z.toJSONSchema(route.query, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const out: string[] = [];
  for (const key of Object.keys(json.properties ?? {})) {
    out.push(`${key}=${'q'.repeat(5000)}`, `${key}=%00%FF`, `${key}=-1`, `${key}=a&${key}=b`);
  }
  return out.map((q) => `${route.path.replace(/:([A-Za-z_]+)/g, '11')}?${q}`);
}

describeDb('bad input on every endpoint', (db) => {
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    await seedTestRegions(db());
    ({ app } = await createTestApp(db()));
    cookie = await signIn(app, db(), await createUser(db(), { role: 'ADMIN' }));
  });
  afterAll(() => app.close());

  async function tableCounts(): Promise<Record<string, number>> {
    const { rows } = await db().query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      // Rate-limit counters count refused attempts too: that is how abuse is slowed down.
      if (table_name === 'rate_limits') continue;
      const r = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`);
      counts[table_name] = r.rows[0]!.n;
    }
    return counts;
  }

  it('answers 4xx with an error code, never 5xx, and writes nothing', async () => {
    const before = await tableCounts();
    const failures: string[] = [];
    let sent = 0;
    for (const route of allRoutes()) {
      const requests: { url: string; payload?: unknown }[] = [
        ...bodyVariants(route).map((payload) => ({ url: route.path.replace(/:([A-Za-z_]+)/g, '11'), payload })),
        ...paramVariants(route).map((url) => ({ url, payload: route.body ? {} : undefined })),
        ...queryVariants(route).map((url) => ({ url })),
      ];
      for (const r of requests) {
        sent++;
        const res = await app.inject({
          method: route.method,
          url: r.url,
          headers: { cookie, ...(r.payload === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(r.payload === undefined ? {} : { payload: JSON.stringify(r.payload) }),
        });
        if (process.env.DEBUG_BAD_INPUT)
          console.log(route.method, r.url.slice(0, 60), res.statusCode, res.body.slice(0, 80));
        const label = `${route.method} ${r.url.slice(0, 80)} ${JSON.stringify(r.payload)?.slice(0, 60) ?? ''} → ${res.statusCode}`;
        if (res.statusCode >= 500 || res.statusCode < 400) {
          // Queries that only narrow a list may legitimately succeed; a 2xx must not have written.
          if (!(res.statusCode === 200 && route.method === 'GET')) failures.push(label);
          continue;
        }
        const body = res.json() as { error?: { code?: string } };
        if (typeof body.error?.code !== 'string') failures.push(`${label} without an error code`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(100);
    expect(await tableCounts()).toEqual(before);
  });
});
