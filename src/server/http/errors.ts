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
export const forbidden = (message = 'Tidak diizinkan / Not allowed') => new AppError('FORBIDDEN', message);
export const outOfScope = (region: string) =>
  new AppError('OUT_OF_SCOPE', `Di luar wilayah tugas Anda / Outside your scope: ${region}`, { region });
export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);
