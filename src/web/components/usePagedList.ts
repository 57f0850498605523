import { useCallback, useEffect, useState } from 'react';
import { isSignInError, useSession } from '../session';
import { useCursors, type Cursors } from './Pager';

export interface PagedList<T> {
  /** The page shown; null while the first one loads (and after `restart`). */
  page: T | null;
  /** When the page was fetched: ages and deadline states are counted from then. */
  now: Date;
  failure: unknown;
  pages: Cursors;
  /** Back to the first page, e.g. after the filters changed. */
  restart: () => void;
}

/**
 * One page of a list at a time. `fetchPage` (memoised by the caller with its filters as
 * dependencies) runs again when it changes or the cursor moves; a signed-out answer refreshes the
 * session instead of showing an error.
 */
export function usePagedList<T>(fetchPage: (cursor: string | null) => Promise<T>): PagedList<T> {
  const { refresh } = useSession();
  const pages = useCursors();
  const [page, setPage] = useState<T | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [failure, setFailure] = useState<unknown>(null);
  const { cursor } = pages;

  const load = useCallback(async () => {
    setFailure(null);
    try {
      const result = await fetchPage(cursor);
      setNow(new Date());
      setPage(result);
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [fetchPage, cursor, refresh]);

  useEffect(() => {
    void load();
  }, [load]);

  return {
    page,
    now,
    failure,
    pages,
    restart: () => {
      pages.reset();
      setPage(null);
    },
  };
}
