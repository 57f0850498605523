import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor } from '../audit/audit';
import { loadPrincipal, type Principal } from '../auth/principal';
import type { AppDeps } from '../deps';
import { AppError, authRequired, mfaRequired } from './errors';
import type { AnyRoute, AuthLevel } from './route';

/** Mounts one route with the fixed order of steps: authenticate → validate → handler → shape response. */
export function mountRoute(app: FastifyInstance, deps: AppDeps, route: AnyRoute): void {
  app.route({
    method: route.method,
    url: route.path,
    ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
    handler: async (request, reply) => {
      const principal = await authenticate(deps, request, route.auth);
      const params = parseInput('params', route.params, request.params ?? {});
      const query = parseInput('query', route.query, request.query ?? {});
      const body = route.method === 'GET' || !route.body ? undefined : parseInput('body', route.body, request.body);
      const result = await route.handler({
        params,
        query,
        body,
        deps,
        principal,
        actor: actorOf(request, principal),
        now: deps.clock(),
        request,
        reply,
      });
      const status = route.status ?? 200;
      if (status === 204) return reply.status(204).send();
      if (route.produces) return reply.status(status).type(route.produces).send(result);
      // Responses go through their schema: fields not declared there never reach the wire.
      return reply.status(status).send(route.response.parse(result));
    },
  });
}

async function authenticate(deps: AppDeps, request: FastifyRequest, level: AuthLevel): Promise<Principal | null> {
  if (level === 'public') return null;
  const principal = await loadPrincipal(deps, request);
  if (!principal) throw authRequired();
  if (level === 'officer') {
    if (!principal.mfaPassed) throw mfaRequired();
    if (principal.mustChangePassword) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Ganti kata sandi terlebih dahulu / Change your password first');
    }
  }
  return principal;
}

/** Validates one part of a request with its schema: 400 VALIDATION_FAILED with the issues, or the parsed value. */
export function parseInput(where: 'params' | 'query' | 'body', schema: z.ZodType | undefined, value: unknown): never {
  if (!schema) return {} as never;
  if (containsNul(value)) {
    // PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the database.
    throw new AppError('VALIDATION_FAILED', 'Isian berisi karakter NUL / Input contains a NUL character', {
      in: where,
    });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', 'Isian tidak valid / Invalid input', {
      in: where,
      issues: result.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        code: i.code,
        message: i.message,
      })),
    });
  }
  return result.data as never;
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

export function actorOf(request: FastifyRequest, principal: Principal | null): Actor {
  const ua = request.headers['user-agent'];
  return {
    id: principal?.userId ?? null,
    label: principal?.username ?? 'anonymous',
    ip: request.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 500) : null,
    requestId: request.id,
  };
}
