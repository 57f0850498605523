import type { CaseDetail } from '../../../shared/api/cases';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { formatDate, zoneOf } from '../reports/labels';
import { DeadlineList } from './DeadlineList';
import { DiscussionForm, GakkumduOpenForm, StepForm } from './GakkumduForms';
import { conclusionLabel } from './labels';

/**
 * Sentra Gakkumdu on the case page: the centre, stage and article, the discussions, the criminal
 * steps with their deadlines, and (with `can.gakkumdu`) the forms to open, discuss and move on.
 */
export function GakkumduSection({
  detail,
  onDone,
}: {
  detail: CaseDetail;
  onDone: (next: CaseDetail, what: string) => void;
}) {
  const { t, lang } = useI18n();
  const g = detail.gakkumdu;
  const zone = zoneOf(detail.timeZone);
  if (!g && !detail.can.gakkumdu) return null;
  return (
    <section className="card" aria-labelledby="case-gakkumdu-heading" data-testid="case-gakkumdu">
      <h2 id="case-gakkumdu-heading">{t('gakkumdu.title')}</h2>
      {g ? (
        <>
          <dl className="facts">
            <dt>{t('gakkumdu.centre')}</dt>
            <dd>
              {g.centre.name} <span className="muted">· {g.centre.code}</span>
            </dd>
            <dt>{t('gakkumdu.stage')}</dt>
            <dd data-testid="gakkumdu-stage">{t(`gakkumduStage.${g.stage}`)}</dd>
            <dt>{t('gakkumdu.article')}</dt>
            <dd>{g.article ? t(`article.${g.article}`) : t('cases.unknown')}</dd>
            <dt>{t('gakkumdu.openedAt')}</dt>
            <dd>
              <time dateTime={g.openedAt}>{formatInZone(g.openedAt, zone, lang)}</time>
            </dd>
          </dl>
          <h3>{t('gakkumdu.discussions')}</h3>
          {g.discussions.length === 0 ? (
            <p className="muted">{t('gakkumdu.noDiscussions')}</p>
          ) : (
            <ol className="timeline">
              {g.discussions.map((d) => (
                <li key={d.seq} className="timeline__event">
                  <div className="timeline__head">
                    <strong>{t(`gakkumduStage.${d.stage}`)}</strong>
                    <span className="badge badge--neutral">{formatDate(d.heldOn, lang)}</span>
                  </div>
                  <p>
                    {t(`article.${d.article}`)} · {t('gakkumdu.conclusion')}: {conclusionLabel(d.conclusion, t)}
                  </p>
                  <p className="prewrap">{d.minutes}</p>
                  <p className="muted">
                    {t('gakkumdu.recorded', { at: formatInZone(d.recordedAt, zone, lang) })}
                    {d.recordedBy ? ` · ${t('case.by', { name: d.recordedBy })}` : ''}
                  </p>
                </li>
              ))}
            </ol>
          )}
          <h3>{t('gakkumdu.steps')}</h3>
          <DeadlineList deadlines={g.deadlines} zone={zone} empty={t('gakkumdu.noSteps')} />
          {detail.can.gakkumdu ? (
            <>
              <DiscussionForm detail={detail} onDone={onDone} />
              <StepForm detail={detail} onDone={onDone} />
            </>
          ) : null}
        </>
      ) : (
        <>
          <p className="muted">{t('gakkumdu.notOpened')}</p>
          <GakkumduOpenForm detail={detail} onDone={onDone} />
        </>
      )}
    </section>
  );
}
