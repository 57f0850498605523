import type { DeadlineView } from '../../../shared/api/cases';
import { formatInZone } from '../../../shared/i18n';
import type { TimeZone } from '../../../shared/zones';
import { useI18n } from '../../i18n';
import { DeadlineBadge } from './DeadlineBadge';
import { bilingual, lastMoment } from './labels';

/** One deadline: what it is, how close, its last day and end in the region's zone, and why. */
export function DeadlineItem({ deadline, zone }: { deadline: DeadlineView; zone: TimeZone }) {
  const { t, lang } = useI18n();
  return (
    <li className="deadline" data-testid="deadline" data-deadline-code={deadline.code}>
      <div className="deadline__head">
        <strong>{t(`deadlineCode.${deadline.code}`)}</strong>
        {deadline.met ? (
          <span className="badge badge--neutral">
            <span aria-hidden="true">✓</span> {t('case.deadlineMet')}
          </span>
        ) : (
          <DeadlineBadge state={deadline.state} />
        )}
        {deadline.extension ? <span className="badge badge--neutral">{t('case.deadlineExtended')}</span> : null}
      </div>
      <p className="deadline__when">
        <time dateTime={deadline.dueAt}>
          {t('case.deadlineLastDay', { due: formatInZone(lastMoment(deadline.dueAt), zone, lang, { long: true }) })}
        </time>
      </p>
      <p className="deadline__why muted">
        <span className="deadline__why-label">{t('case.deadlineWhy')}:</span> {bilingual(deadline.explanation, lang)}
      </p>
    </li>
  );
}

/** A list of deadlines (the case's, or Sentra Gakkumdu's steps), or `empty` when there is none. */
export function DeadlineList({ deadlines, zone, empty }: { deadlines: DeadlineView[]; zone: TimeZone; empty: string }) {
  if (deadlines.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="deadlines">
      {deadlines.map((d) => (
        <DeadlineItem key={`${d.code}:${d.ref}`} deadline={d} zone={zone} />
      ))}
    </ul>
  );
}
