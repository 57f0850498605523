import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { AppError } from '../http/errors';

/**
 * Counts the bytes of a request body as they arrive and stops the upload once there are more than
 * `limitBytes`: the request is unpiped and paused, the file being read is destroyed with the error,
 * and `tripped` rejects with it (race a pending read against it: a part the parser skips never
 * resolves one). Attach right after the body has been piped into the parser.
 */
export class BodyMeter {
  error: AppError | undefined;
  readonly tripped: Promise<never>;
  private received = 0;
  private current: Readable | undefined;
  private reject: (err: AppError) => void = () => undefined;
  private readonly onData = (chunk: Buffer | string) => this.count(chunk.length);

  constructor(
    private readonly raw: IncomingMessage,
    private readonly limitBytes: number,
  ) {
    this.tripped = new Promise<never>((_, reject) => {
      this.reject = reject;
    });
    this.tripped.catch(() => undefined); // observed through `error` when nobody races it
  }

  /** Refuses at once when the declared Content-Length is already over the limit. */
  checkDeclaredLength(): void {
    const declared = Number(this.raw.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.limitBytes) throw this.tooLarge();
  }

  attach(): void {
    this.raw.on('data', this.onData);
  }

  detach(): void {
    this.raw.off('data', this.onData);
  }

  /** The file stream being consumed, destroyed when the limit trips. */
  reading(file: Readable | undefined): void {
    this.current = file;
  }

  private count(bytes: number): void {
    this.received += bytes;
    if (this.received <= this.limitBytes || this.error !== undefined) return;
    const err = this.tooLarge();
    this.error = err;
    this.detach();
    this.raw.unpipe();
    this.raw.pause();
    this.current?.destroy(err);
    this.reject(err);
  }

  private tooLarge(): AppError {
    return new AppError('PAYLOAD_TOO_LARGE', 'Formulir terlalu besar / Form too large', {
      limitBytes: this.limitBytes,
    });
  }
}
