import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../../shared/errors';
import { ErrorEnvelope } from '../../shared/api/common';
import type { AnyRoute } from './route';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and shape
 * responses. Committed as openapi.json; a test fails when the two drift (`npm run openapi`).
 */
export function buildOpenApi(routes: AnyRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const oaPath = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[oaPath] ??= {};
    paths[oaPath][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Netra API',
      version: '0.1.0',
      description:
        'Netra: pengawasan netralitas ASN, TNI, Polri dan kepala desa / neutrality supervision for Indonesian elections. ' +
        'Errors always use the envelope `{ "error": { "code", "message", "details" } }` with stable codes.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'netra_session' } },
      schemas: { ErrorEnvelope: toSchema(ErrorEnvelope, 'output') },
    },
    paths,
  };
}

function operation(route: AnyRoute): Record<string, unknown> {
  const parameters = [...objectParams(route.params, 'path'), ...objectParams(route.query, 'query')];
  const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } };
  // What every route of this kind can answer (mount.ts, origin.ts), then the route's own codes.
  const errors = new Set<ErrorCode>(['VALIDATION_FAILED', ...(route.errors ?? [])]);
  if (route.auth !== 'public') errors.add('AUTH_REQUIRED').add('FORBIDDEN');
  if (route.auth === 'officer') errors.add('MFA_REQUIRED').add('PASSWORD_CHANGE_REQUIRED');
  if (route.method !== 'GET') errors.add('ORIGIN_MISMATCH');
  const success = route.produces
    ? { content: { [route.produces]: { schema: { type: 'string', contentEncoding: 'binary' } } } }
    : { content: { 'application/json': { schema: toSchema(route.response, 'output') } } };
  const responses: Record<string, unknown> = {
    [String(route.status ?? 200)]:
      route.status === 204 ? { description: 'No content' } : { description: 'Success', ...success },
  };
  for (const code of errors) {
    const status = String(ERROR_STATUS[code]);
    const existing = responses[status] as { description: string } | undefined;
    responses[status] = { ...errorRef, description: existing ? `${existing.description}, ${code}` : code };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: route.tags,
    ...(route.auth === 'public' ? { security: [] } : { security: [{ session: [] }] }),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body && route.method !== 'GET'
      ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } }
      : {}),
    ...(route.upload ? { requestBody: uploadBody(route.upload) } : {}),
    responses,
  };
}

/** JSON without files, or multipart/form-data with the same fields flattened (`parties[0].name`) and `files`. */
function uploadBody(schema: z.ZodType) {
  return {
    required: true,
    content: {
      'application/json': { schema: toSchema(schema, 'input') },
      'multipart/form-data': {
        schema: {
          type: 'object',
          description:
            'The JSON fields flattened: `reporter.name`, `parties[0].name`, `acts` repeated, `links` one per line; ' +
            'evidence as `files` parts (photo, video, audio, PDF; type detected from content); optional `idempotencyKey`.',
          properties: { files: { type: 'array', items: { type: 'string', contentEncoding: 'binary' } } },
          additionalProperties: { type: 'string' },
        },
      },
    },
  };
}

function objectParams(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
