import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { AppError } from './errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for state-changing requests: a browser always sends `Origin`
 * (or `Sec-Fetch-Site`) on them, and it must be our own. Requests with neither come from
 * non-browser clients (curl, the CLI), which carry no ambient cookies to abuse.
 */
export function checkOrigin(config: Pick<Config, 'publicUrl'>, request: FastifyRequest): void {
  if (SAFE.has(request.method)) return;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    if (!allowedOrigins(config, request).includes(origin)) {
      throw new AppError('ORIGIN_MISMATCH', 'Permintaan lintas situs ditolak / Cross-site request refused', { origin });
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (origin === 'null' || site === 'cross-site' || site === 'same-site') {
    throw new AppError('ORIGIN_MISMATCH', 'Permintaan lintas situs ditolak / Cross-site request refused');
  }
}

function allowedOrigins(config: Pick<Config, 'publicUrl'>, request: FastifyRequest): string[] {
  const own = `${request.protocol}://${request.host}`;
  return config.publicUrl ? [new URL(config.publicUrl).origin, own] : [own];
}
