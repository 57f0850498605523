import type { PageQuery } from '../../shared/api/common';

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


/** Builds `{ items, total, next }` from one page of rows fetched with LIMIT/OFFSET. */
export function offsetPage<T>(items: T[], total: number, offset: number, limit: number) {
  const nextOffset = offset + items.length;
  return { items, total, next: items.length === limit && nextOffset < total ? encodeOffsetCursor(nextOffset) : null };
}

export type { PageQuery };
