import { ERROR_STATUS, type ErrorCode } from '../../shared/errors';

/**
 * The only error type handlers and services throw for expected failures. The HTTP layer turns it
 * into the error envelope with `ERROR_STATUS[code]`; anything else becomes a generic 500.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Tidak ditemukan / Not found: ${what}`);
export const authRequired = () => new AppError('AUTH_REQUIRED', 'Silakan masuk terlebih dahulu / Please sign in');
export const mfaRequired = () =>
  new AppError('MFA_REQUIRED', 'Verifikasi dua langkah diperlukan / Two-factor verification required');
export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);
