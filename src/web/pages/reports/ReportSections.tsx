import type { ReportDetail } from '../../../shared/api/reports';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { formatDate, zoneOf } from './labels';

/** The reported parties as recorded, each as a small list of facts. */
export function PartiesSection({ report }: { report: ReportDetail }) {
  const { t } = useI18n();
  if (report.fullParties.length === 0) return null;
  return (
    <section className="card" aria-labelledby="parties-heading">
      <h2 id="parties-heading">{t('report.partiesTitle')}</h2>
      <ol className="parties">
        {report.fullParties.map((p, i) => (
          <li key={i}>
            <h3>{p.name}</h3>
            <dl className="facts">
              <dt>{t('intake.subjectType')}</dt>
              <dd>{t(`subject.${p.subjectType}`)}</dd>
              {p.position ? (
                <>
                  <dt>{t('intake.position')}</dt>
                  <dd>{p.position}</dd>
                </>
              ) : null}
              {p.agency ? (
                <>
                  <dt>{t('intake.agency')}</dt>
                  <dd>{p.agency}</dd>
                </>
              ) : null}
              {p.identityNumber ? (
                <>
                  <dt>{t('intake.identityNumber')}</dt>
                  <dd>
                    <code>{p.identityNumber}</code>
                  </dd>
                </>
              ) : null}
              <dt>{t('intake.partyAddress')}</dt>
              <dd>{p.address ?? <span className="muted">{t('inbox.unknown')}</span>}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What happened (description, alleged acts, links). */
export function DescriptionSection({ report }: { report: ReportDetail }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="description-heading">
      <h2 id="description-heading">{t('report.description')}</h2>
      {report.description ? <p className="prewrap">{report.description}</p> : null}
      {report.acts.length > 0 ? (
        <>
          <h3>{t('inbox.acts')}</h3>
          <ul className="checklist">
            {report.acts.map((a) => (
              <li key={a}>
                <strong>{t(`violation.${a}`)}</strong>
                <span className="sub muted">{t(`violationHelp.${a}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.links.length > 0 ? (
        <>
          <h3>{t('report.links')}</h3>
          <ul className="checklist links">
            {report.links.map((href) => (
              <li key={href}>
                <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Formal and material requirements, each met or not, the warnings and the reporting window. */
export function RequirementsSection({ report }: { report: ReportDetail }) {
  const { t, lang } = useI18n();
  const r = report.requirements;
  if (!r) return null;
  const groups = [
    { title: t('report.formal'), items: r.formal },
    { title: t('report.material'), items: r.material },
  ];
  return (
    <section className="card" aria-labelledby="requirements-heading">
      <h2 id="requirements-heading">{t('report.requirementsTitle')}</h2>
      <div className="grid">
        {groups.map((g) => (
          <div key={g.title}>
            <h3>{g.title}</h3>
            <ul className="requirements">
              {g.items.map((item) => (
                <li key={item.code} className={item.met ? 'met' : 'unmet'}>
                  <span aria-hidden="true">{item.met ? '✓' : '✗'}</span> {t(`requirement.${item.code}`)}
                  <span className="visually-hidden">: {item.met ? t('report.met') : t('report.notMet')}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p>
        {t('report.window', {
          date: formatDate(r.window.lastDay, lang),
          endsAt: formatInZone(r.window.endsAt, zoneOf(report.timeZone), lang),
        })}
      </p>
      {r.warnings.length > 0 ? (
        <>
          <h3>{t('report.warnings')}</h3>
          <ul className="checklist">
            {r.warnings.map((w) => (
              <li key={w}>{t(`requirementWarning.${w}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
