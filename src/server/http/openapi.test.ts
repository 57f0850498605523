import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../routes';
import { buildOpenApi } from './openapi';

const committedPath = path.resolve(import.meta.dirname, '../../../openapi.json');

describe('OpenAPI document', () => {
  const doc = buildOpenApi(allRoutes());

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('lists every endpoint', () => {
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    for (const route of allRoutes()) {
      const p = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      expect(paths[p]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it('has unique operation ids', () => {
    const ids = allRoutes().map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing an endpoint)', () => {
    const committed = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
