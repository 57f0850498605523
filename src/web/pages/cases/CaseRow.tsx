import type { ReactNode } from 'react';
import type { CaseListItem } from '../../../shared/api/cases';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ageText, zoneOf } from '../reports/labels';
import { DeadlineBadge } from './DeadlineBadge';
import { lastMoment, registerLabel } from './labels';

/**
 * One case of a list (the office's inbox, Sentra Gakkumdu's): register number, status, office,
 * place, parties, acts, categories, when it came in (in the region's zone) and its next deadline.
 */
export function CaseRow({ item, now, extra }: { item: CaseListItem; now: Date; extra?: ReactNode }) {
  const { t, lang } = useI18n();
  const zone = zoneOf(item.timeZone);
  const state = item.nextDeadline?.state;
  const parties = item.partyNames.join(', ') || t('cases.noParties');
  return (
    <li
      className={`inbox-item case-item case-item--${state ? state.toLowerCase() : 'none'}`}
      data-testid="case-item"
      data-case-id={item.id}
    >
      <div className="inbox-item__head">
        <span className={item.registerNumber ? 'case-item__number' : 'case-item__number muted'}>
          {registerLabel(item.registerNumber, t)}
        </span>
        <span className="badge badge--neutral">{t(`caseStatus.${item.status}`)}</span>
        <span className="badge badge--neutral">{t(`intakeKind.${item.kind}`)}</span>
        {item.reportCount > 1 ? (
          <span className="badge badge--neutral">{t('cases.reportCount', { count: item.reportCount })}</span>
        ) : null}
        <h3 className="inbox-item__title">
          <Link to={`/penanganan/${encodeURIComponent(item.id)}`}>{parties}</Link>
        </h3>
      </div>
      <dl className="inbox-item__facts">
        <div>
          <dt>{t('cases.nextDeadline')}</dt>
          <dd data-testid="case-deadline">
            {item.nextDeadline && state ? (
              <>
                <DeadlineBadge state={state} />
                <span className="sub">
                  {t('cases.deadlineAt', {
                    code: t(`deadlineCode.${item.nextDeadline.code}`),
                    due: formatInZone(lastMoment(item.nextDeadline.dueAt), zone, lang),
                  })}
                </span>
              </>
            ) : (
              <span className="muted">{t('cases.noDeadline')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('cases.received')}</dt>
          <dd>
            <time dateTime={item.receivedAt}>{formatInZone(item.receivedAt, zone, lang)}</time>
            <span className="sub muted">{ageText(item.receivedAt, now, t)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('cases.office')}</dt>
          <dd>{item.office.name}</dd>
        </div>
        <div>
          <dt>{t('cases.place')}</dt>
          <dd>
            {item.incidentRegion ? (
              <>
                {item.incidentRegion.name}
                <span className="sub muted">{item.incidentRegion.code}</span>
              </>
            ) : (
              t('cases.unknown')
            )}
          </dd>
        </div>
        {item.subjectTypes.length > 0 ? (
          <div>
            <dt>{t('cases.subjectType')}</dt>
            <dd>{item.subjectTypes.map((s) => t(`subject.${s}`)).join('; ')}</dd>
          </div>
        ) : null}
        {item.acts.length > 0 ? (
          <div>
            <dt>{t('cases.acts')}</dt>
            <dd>{item.acts.map((a) => t(`violation.${a}`)).join('; ')}</dd>
          </div>
        ) : null}
        {item.categories.length > 0 ? (
          <div>
            <dt>{t('cases.categories')}</dt>
            <dd>{item.categories.map((c) => t(`category.${c}`)).join('; ')}</dd>
          </div>
        ) : null}
        {extra}
      </dl>
    </li>
  );
}
