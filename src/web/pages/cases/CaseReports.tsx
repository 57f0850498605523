import type { CaseDetail } from '../../../shared/api/cases';
import type { RequirementResult } from '../../../shared/api/reports';
import { formatInZone } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { RequirementBadges } from '../reports/Badges';
import { zoneOf } from '../reports/labels';

type CaseReport = CaseDetail['reports'][number];

/** Formal and material requirements of one report, each met or not (in words, not only ✓/✗). */
function Checklist({ requirements }: { requirements: RequirementResult }) {
  const { t } = useI18n();
  const items = [...requirements.formal, ...requirements.material];
  return (
    <ul className="requirements" data-testid="case-requirements">
      {items.map((item) => (
        <li key={item.code} className={item.met ? 'met' : 'unmet'}>
          <span aria-hidden="true">{item.met ? '✓' : '✗'}</span> {t(`requirement.${item.code}`)}
          <span className="visually-hidden">: {item.met ? t('report.met') : t('report.notMet')}</span>
        </li>
      ))}
    </ul>
  );
}

function ReportCard({ report, zone }: { report: CaseReport; zone: ReturnType<typeof zoneOf> }) {
  const { t, lang } = useI18n();
  const received = formatInZone(report.receivedAt, zone, lang);
  return (
    <li className="case-report">
      <h3>
        <Link to={`/laporan/${encodeURIComponent(report.id)}`}>
          {t('case.reportOpen', { kind: t(`intakeKind.${report.kind}`).toLowerCase(), date: received })}
        </Link>
      </h3>
      <p className="badges">
        <span className="badge badge--neutral">{t(`channel.${report.channel}`)}</span>
        <RequirementBadges requirements={report.requirements} />
      </p>
      <dl className="facts">
        {report.kind === 'REPORT' ? (
          <>
            <dt>{t('case.reporter')}</dt>
            <dd>
              {report.reporterName ?? <span className="muted">{t('case.reporterHidden')}</span>}
              {report.hasEmail ? <span className="sub muted">{t('case.hasEmail')}</span> : null}
            </dd>
          </>
        ) : null}
        <dt>{t('report.evidenceTitle')}</dt>
        <dd>{t('inbox.files', { count: report.evidenceCount })}</dd>
      </dl>
      {report.requirements ? (
        <>
          <h4>{t('case.requirementsTitle')}</h4>
          <Checklist requirements={report.requirements} />
        </>
      ) : null}
    </li>
  );
}

/** The reports and findings merged in this case, their requirement checklists and evidence count. */
export function CaseReports({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const zone = zoneOf(detail.timeZone);
  const evidence = detail.reports.reduce((sum, r) => sum + r.evidenceCount, 0);
  return (
    <section className="card" aria-labelledby="case-reports-heading">
      <h2 id="case-reports-heading">{t('case.reportsTitle')}</h2>
      <p data-testid="case-evidence-count">{t('case.evidenceTotal', { count: evidence })}</p>
      <ul className="case-reports">
        {detail.reports.map((r) => (
          <ReportCard key={r.id} report={r} zone={zone} />
        ))}
      </ul>
    </section>
  );
}

/** The parties of every report in the case, with the categories decided for each. */
export function CaseParties({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  if (detail.parties.length === 0) return null;
  return (
    <section className="card" aria-labelledby="case-parties-heading">
      <h2 id="case-parties-heading">{t('case.partiesTitle')}</h2>
      <ol className="parties">
        {detail.parties.map((p) => (
          <li key={p.position} data-testid="case-party">
            <h3>{p.name}</h3>
            <dl className="facts">
              <dt>{t('cases.subjectType')}</dt>
              <dd>{t(`subject.${p.subjectType}`)}</dd>
              {p.positionTitle ? (
                <>
                  <dt>{t('case.partyPosition')}</dt>
                  <dd>{p.positionTitle}</dd>
                </>
              ) : null}
              {p.agency ? (
                <>
                  <dt>{t('case.partyAgency')}</dt>
                  <dd>{p.agency}</dd>
                </>
              ) : null}
              {p.regionCode ? (
                <>
                  <dt>{t('case.partyRegion')}</dt>
                  <dd>{p.regionCode}</dd>
                </>
              ) : null}
              {p.identityNumber ? (
                <>
                  <dt>{t('case.partyIdentity')}</dt>
                  <dd>
                    <code>{p.identityNumber}</code>
                  </dd>
                </>
              ) : null}
              <dt>{t('case.partyCategories')}</dt>
              <dd>
                {p.categories.length > 0 ? (
                  p.categories.map((c) => t(`category.${c}`)).join('; ')
                ) : (
                  <span className="muted">{t('case.noCategories')}</span>
                )}
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
