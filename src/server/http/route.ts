import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ErrorCode } from '../../shared/errors';
import type { AppDeps } from '../deps';
import type { Actor } from '../audit/audit';
import type { Principal } from '../auth/principal';

/**
 * One endpoint = one `defineRoute` in its own file, with its schemas in the matching
 * `src/shared/api/*.ts`. The schemas validate requests, shape responses and feed the OpenAPI
 * document (src/server/http/openapi.ts). Cross-cutting steps run in a fixed order (see app.ts):
 * origin check → authenticate → validate → handler (which calls one service).
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * - `public`: anyone;
 * - `partial`: a session that may still owe its TOTP step or a password change (login flow only);
 * - `officer`: a fully authenticated session (password + TOTP, password not expired).
 */
export type AuthLevel = 'public' | 'partial' | 'officer';

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  deps: AppDeps;
  /** Null only on `public` routes. */
  principal: Principal | null;
  actor: Actor;
  now: Date;
  request: FastifyRequest;
  reply: FastifyReply;
}

type AnyObject = z.ZodType<Record<string, unknown>>;

export interface RouteSpec<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Fastify syntax: `/api/regions/:code`. */
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  auth: AuthLevel;
  params?: P;
  query?: Q;
  body?: B;
  /** Largest request body in bytes, when the app's default (1 MiB) is too small (a CSV import). */
  bodyLimit?: number;
  /** Success status; defaults to 200 (201 for POST that creates is set explicitly). */
  status?: number;
  response: R;
  /**
   * A submission with evidence: the handler reads it with `readSubmission` (JSON, or multipart with
   * the same field names flattened plus `files`); this schema documents both in OpenAPI.
   */
  upload?: z.ZodType;
  /** A binary answer (a PDF, an evidence file): the handler sends it; `response` is not applied. */
  produces?: string;
  /** Error codes this route can answer besides those every route of its kind can (see openapi.ts). */
  errors?: ErrorCode[];
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<z.input<R>>;
}

export type AnyRoute = RouteSpec<AnyObject, AnyObject, z.ZodType, z.ZodType>;

export function defineRoute<P extends AnyObject, Q extends AnyObject, B extends z.ZodType, R extends z.ZodType>(
  spec: RouteSpec<P, Q, B, R>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}
