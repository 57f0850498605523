import type { CaseDetail } from '../../../shared/api/cases';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { zoneOf } from '../reports/labels';
import { commandLabel, reasonLabel } from './labels';

/** Every step of the case, oldest first: command, from → to, reason and note, who, when, public or not. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const zone = zoneOf(detail.timeZone);
  return (
    <section className="card" aria-labelledby="case-timeline-heading">
      <h2 id="case-timeline-heading">{t('case.timelineTitle')}</h2>
      {detail.timeline.length === 0 ? (
        <p className="muted">{t('case.noTimeline')}</p>
      ) : (
        <ol className="timeline" data-testid="case-timeline">
          {detail.timeline.map((e) => (
            <li key={e.seq} className={e.public ? 'timeline__event' : 'timeline__event timeline__event--internal'}>
              <div className="timeline__head">
                <strong>{commandLabel(e.command, t)}</strong>
                <span className={e.public ? 'badge badge--ok' : 'badge badge--neutral'}>
                  {e.public ? t('case.public') : t('case.internal')}
                </span>
              </div>
              {e.from !== e.to ? (
                <p className="timeline__status">
                  {t('case.fromTo', { from: t(`caseStatus.${e.from}`), to: t(`caseStatus.${e.to}`) })}
                </p>
              ) : null}
              {e.reasonCode ? <p className="timeline__reason">{reasonLabel(e.reasonCode, t)}</p> : null}
              {e.note ? <p className="prewrap">{e.note}</p> : null}
              <p className="muted timeline__meta">
                <time dateTime={e.at}>{formatInZone(e.at, zone, lang)}</time> ·{' '}
                {e.actor ? t('case.by', { name: e.actor }) : t('case.bySystem')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
