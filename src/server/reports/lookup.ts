import { normalizeTrackingCode } from '../../domain/intake/tracking-code';
import type { Actor } from '../audit/audit';
import type { AppDeps } from '../deps';
import { AppError } from '../http/errors';
import { rateLimitedError, refundRate, takeRate } from '../http/rate-limit';
import { validationFailed } from './intake-validate';
import { TRACK_RULE } from './limits';
import * as repo from './repository';
import { hashTrackingCode } from './tracking';

/**
 * Finds the report a tracking code belongs to. Failed look-ups (malformed or unknown codes) count
 * against the client's IP; a successful one gives its slot back, so only guessing is slowed down.
 */
export async function findByCode(deps: AppDeps, actor: Actor, now: Date, code: string): Promise<repo.ReportRow> {
  const count = await takeRate(deps.db, TRACK_RULE, actor.ip ?? 'unknown', now);
  if (count.exceeded) throw rateLimitedError(count);
  const canonical = normalizeTrackingCode(code);
  if (!canonical) {
    throw validationFailed([
      {
        path: ['code'],
        code: 'invalid_code',
        message: 'Kode tidak valid; periksa kembali hurufnya / Invalid code; check the characters',
      },
    ]);
  }
  const row = await repo.findReportByTrackingHash(deps.db, hashTrackingCode(canonical));
  if (!row) throw new AppError('NOT_FOUND', 'Kode tidak ditemukan / Code not found');
  await refundRate(deps.db, count);
  return row;
}
