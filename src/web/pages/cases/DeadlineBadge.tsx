import type { DeadlineState } from '../../../shared/cases';
import { useI18n } from '../../i18n';
import { DEADLINE_MARK, DEADLINE_TONE } from './labels';

/**
 * How close a deadline is: green, amber or red, and always said in words with a mark of its own
 * (colour is never the only cue). `data-deadline-state` is the stable hook for tests.
 */
export function DeadlineBadge({ state }: { state: DeadlineState }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${DEADLINE_TONE[state]} deadline-badge`} data-deadline-state={state}>
      <span aria-hidden="true">{DEADLINE_MARK[state]}</span> {t(`deadlineState.${state}`)}
    </span>
  );
}
