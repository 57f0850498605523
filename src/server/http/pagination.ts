import type { PageQuery } from '../../shared/api/common';
import { AppError } from './errors';

/** Offset cursors: opaque to clients, a base-10 offset inside. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return 0;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d{1,9})$/.exec(raw);
  return m ? Number(m[1]) : null;
}

/** The offset a list request starts at; an unreadable cursor is a 400 VALIDATION_FAILED. */
export function offsetOf(cursor: string | undefined): number {
  const offset = decodeOffsetCursor(cursor);
  if (offset === null) {
    throw new AppError('VALIDATION_FAILED', 'Kursor tidak valid / Invalid cursor', {
      in: 'query',
      issues: [{ path: ['cursor'], code: 'invalid_cursor', message: 'Kursor tidak valid / Invalid cursor' }],
    });
  }
  return offset;
}

/** Builds `{ items, total, next }` from one page of rows fetched with LIMIT/OFFSET. */
export function offsetPage<T>(items: T[], total: number, offset: number, limit: number) {
  const nextOffset = offset + items.length;
  return { items, total, next: items.length === limit && nextOffset < total ? encodeOffsetCursor(nextOffset) : null };
}

export type { PageQuery };
