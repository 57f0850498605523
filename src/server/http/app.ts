import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ErrorEnvelope } from '../../shared/api/common';
import type { AppDeps } from '../deps';
import { registerMultipart } from '../evidence/multipart';
import { registerPublicPages } from '../public-pages';
import { AppError } from './errors';
import { checkOrigin } from './origin';
import { mountRoute } from './mount';
import type { AnyRoute } from './route';

export interface BuildAppOptions {
  routes: AnyRoute[];
  /** Directory of the built web bundle; the SPA is served from it when it exists. */
  webDir?: string;
  logger?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Only our own scripts, styles and API; images also as data: URLs (the TOTP QR code). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function buildApp(deps: AppDeps, options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    // Router-level refusals (bad URL encoding, over-long parameters) get the same envelope.
    frameworkErrors: (err, request, reply) => sendError(err, request, reply),
  });

  await app.register(fastifyCookie);
  await registerMultipart(app, deps.config.uploads);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (deps.config.env === 'production') reply.header('strict-transport-security', 'max-age=31536000');
    checkOrigin(deps.config, request);
  });

  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => sendError(err, request, reply));

  for (const route of options.routes) mountRoute(app, deps, route);
  // Server-rendered public pages (/lapor, /informasi, /lacak): they work without JavaScript.
  await registerPublicPages(app, deps, { webDir: options.webDir });

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (hasWeb && request.method === 'GET' && !url.startsWith('/api/') && !path.extname(url)) {
      // Client-side routes of the single-page app.
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendError(
      new AppError('NOT_FOUND', `Tidak ditemukan / Not found: ${request.method} ${url}`),
      request,
      reply,
    );
  });
  return app;
}

function sendError(err: unknown, request: FastifyRequest, reply: FastifyReply) {
  let appError: AppError;
  if (err instanceof AppError) {
    appError = err;
  } else if (isFastifyClientError(err)) {
    // Errors Fastify raises before our handler (malformed JSON, body too large, bad content type).
    const code =
      err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : err.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    appError = new AppError(code, err.message);
  } else {
    request.log.error({ err }, 'unhandled error');
    appError = new AppError('INTERNAL', 'Terjadi kesalahan internal / Internal error', { requestId: request.id });
  }
  const body: ErrorEnvelope = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details === undefined ? {} : { details: appError.details }),
    },
  };
  if (appError.headers) reply.headers(appError.headers);
  return reply.status(appError.status).send(body);
}

function isFastifyClientError(err: unknown): err is FastifyError {
  const status = (err as FastifyError | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
