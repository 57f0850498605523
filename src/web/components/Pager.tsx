import { useState } from 'react';
import { useI18n } from '../i18n';

/** Where a cursor-paginated list is: the cursors of the pages visited, the last the current one's. */
export interface Cursors {
  /** The current page's cursor (null = first page). */
  cursor: string | null;
  hasPrevious: boolean;
  back: () => void;
  forward: (next: string) => void;
  /** Back to the first page (e.g. when a filter changes). */
  reset: () => void;
}

export function useCursors(): Cursors {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    hasPrevious: cursors.length > 1,
    back: () => setCursors((c) => c.slice(0, -1)),
    forward: (next) => setCursors((c) => [...c, next]),
    reset: () => setCursors([null]),
  };
}

/** Previous and next under a list; nothing while it fits on one page. `next` is the page's own. */
export function Pager({ label, cursors, next }: { label: string; cursors: Cursors; next: string | null }) {
  const { t } = useI18n();
  if (!cursors.hasPrevious && !next) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={!cursors.hasPrevious} onClick={cursors.back}>
        {t('common.previous')}
      </button>
      <button type="button" disabled={!next} onClick={() => next && cursors.forward(next)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
