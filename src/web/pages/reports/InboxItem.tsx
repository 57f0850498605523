import type { ReportListItem } from '../../../shared/api/reports';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { KindBadge, RequirementBadges } from './Badges';
import { ageText, zoneOf } from './labels';

/** One report, tip or finding of the inbox: a card on a phone, a dense row of facts on a desktop. */
export function InboxItem({ item, now }: { item: ReportListItem; now: Date }) {
  const { t, lang } = useI18n();
  const headingId = `report-${item.id}`;
  const title = item.parties.map((p) => p.name).join(', ') || t('inbox.noParties');
  return (
    <li className={`inbox-item inbox-item--${item.kind.toLowerCase()}`}>
      <div className="inbox-item__head">
        <KindBadge kind={item.kind} />
        <span className="badge badge--neutral">{t(`channel.${item.channel}`)}</span>
        <h3 id={headingId} className="inbox-item__title">
          <Link to={`/laporan/${encodeURIComponent(item.id)}`}>{title}</Link>
        </h3>
      </div>
      <dl className="inbox-item__facts">
        <div>
          <dt>{t('inbox.received')}</dt>
          <dd>
            <time dateTime={item.receivedAt}>{formatInZone(item.receivedAt, zoneOf(item.timeZone), lang)}</time>
            <span className="sub muted">{ageText(item.receivedAt, now, t)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('inbox.office')}</dt>
          <dd>{item.office.name}</dd>
        </div>
        <div>
          <dt>{t('inbox.place')}</dt>
          <dd>
            {item.incidentRegion ? (
              <>
                {item.incidentRegion.name}
                <span className="sub muted">{item.incidentRegion.code}</span>
              </>
            ) : (
              t('inbox.unknown')
            )}
          </dd>
        </div>
        {item.parties.length > 0 ? (
          <div>
            <dt>{t('inbox.parties')}</dt>
            <dd>
              <ul className="plain">
                {item.parties.map((p, i) => (
                  <li key={i}>
                    {p.name} <span className="muted">({t(`subject.${p.subjectType}`)})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {item.acts.length > 0 ? (
          <div>
            <dt>{t('inbox.acts')}</dt>
            <dd>{item.acts.map((a) => t(`violation.${a}`)).join('; ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('inbox.requirements')}</dt>
          <dd>
            <RequirementBadges requirements={item.requirements} />
          </dd>
        </div>
        <div>
          <dt>{t('inbox.evidence')}</dt>
          <dd>{t('inbox.files', { count: item.evidenceCount })}</dd>
        </div>
      </dl>
    </li>
  );
}
