import type { ReactNode } from 'react';
import type { ForwardingView } from '../../../shared/api/cases';
import { formatInZone } from '../../../shared/i18n';
import type { TimeZone } from '../../../shared/zones';
import { useI18n } from '../../i18n';
import { formatDate } from '../reports/labels';
import { DeadlineItem } from './DeadlineList';
import { bilingual } from './labels';

/** One forwarding: to whom and why, the letter, the expected answer, and the follow-ups so far. */
export function ForwardingCard({
  forwarding: f,
  zone,
  meta,
  children,
}: {
  forwarding: ForwardingView;
  zone: TimeZone;
  /** Under the heading, e.g. the case and office of a receiving body's list. */
  meta?: ReactNode;
  /** Below the follow-ups, e.g. the form to record one. */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <li className="forwarding" data-testid="forwarding" data-forwarding-id={f.id}>
      <h3>
        {t('forwarding.heading', {
          body: f.bodyDetail ? `${t(`body.${f.body}`)} (${f.bodyDetail})` : t(`body.${f.body}`),
          party: f.partyName,
        })}
      </h3>
      {meta}
      <p className="badges">
        <span className={f.final ? 'badge badge--ok' : 'badge badge--neutral'} data-testid="forwarding-status">
          {t(`followUpStatus.${f.status}`)}
        </span>
        {f.final ? <span className="badge badge--neutral">{t('forwarding.final')}</span> : null}
      </p>
      <dl className="facts">
        <dt>{t('forwarding.category')}</dt>
        <dd>{t(`category.${f.category}`)}</dd>
        <dt>{t('cases.subjectType')}</dt>
        <dd>{t(`subject.${f.subjectType}`)}</dd>
        <dt>{t('forwarding.letter')}</dt>
        <dd>{t('forwarding.letterText', { number: f.letterNumber, date: formatDate(f.letterDate, lang) })}</dd>
        <dt>{t('forwarding.why')}</dt>
        <dd className="forwarding__why">{bilingual(f.routeExplanation, lang)}</dd>
      </dl>
      {f.final ? null : (
        <ul className="deadlines">
          <DeadlineItem deadline={f.expectedReply} zone={zone} />
        </ul>
      )}
      <h4>{t('forwarding.followUps')}</h4>
      {f.followUps.length === 0 ? (
        <p className="muted">{t('forwarding.noFollowUps')}</p>
      ) : (
        <ol className="follow-ups">
          {f.followUps.map((u) => (
            <li key={u.seq}>
              <strong>{t(`followUpStatus.${u.status}`)}</strong>
              {u.sanctions.length > 0 ? (
                <ul>
                  {u.sanctions.map((s, i) => (
                    <li key={i}>
                      {t(`sanction.${s.type}`)}
                      {s.months ? ` · ${t('forwarding.months', { count: s.months })}` : ''}
                      {s.note ? <span className="sub muted">{s.note}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {u.note ? <p className="prewrap">{u.note}</p> : null}
              <p className="muted">
                <time dateTime={u.recordedAt}>{formatInZone(u.recordedAt, zone, lang)}</time>
                {u.recordedBy ? ` · ${t('case.by', { name: u.recordedBy })}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
      {children}
    </li>
  );
}
