import { useCallback, useEffect, useState } from 'react';
import { ReportDetail } from '../../shared/api/reports';
import { formatInZone, zoneLabel } from '../../shared/i18n';
import { api } from '../api';
import { AbilityGate } from '../components/AbilityGate';
import { ErrorAlert } from '../components/ErrorAlert';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { isSignInError, useSession } from '../session';
import { KindBadge, RequirementBadges } from './reports/Badges';
import { EvidenceList } from './reports/EvidenceList';
import { ageText, formatDate, zoneOf } from './reports/labels';
import { ReporterSection } from './reports/ReporterSection';
import { DescriptionSection, PartiesSection, RequirementsSection } from './reports/ReportSections';
import { RouteForm } from './reports/RouteForm';

/** One report, tip or finding: everything recorded, the masked reporter, evidence, re-routing. */
export function ReportPage({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <AbilityGate title={t('inbox.title')} ability="reports.read">
      {() => <Report id={id} />}
    </AbilityGate>
  );
}

function Report({ id }: { id: string }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setReport(await api.get(`/api/reports/${encodeURIComponent(id)}`, ReportDetail));
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [id, refresh]);

  useEffect(() => {
    setReport(null);
    setNotice('');
    void load();
  }, [load]);

  const back = (
    <p>
      <Link to="/kotak-masuk">← {t('report.back')}</Link>
    </p>
  );
  if (!report) {
    return (
      <>
        {back}
        <ErrorAlert error={failure} />
        {failure ? null : <p role="status">{t('common.loading')}</p>}
      </>
    );
  }

  const title = report.fullParties.map((p) => p.name).join(', ') || t('inbox.noParties');
  return (
    <>
      {back}
      <h1>
        {t(`intakeKind.${report.kind}`)}: {title}
      </h1>
      <p className="badges">
        <KindBadge kind={report.kind} />
        <span className="badge badge--neutral">{t(`channel.${report.channel}`)}</span>
        <RequirementBadges requirements={report.requirements} />
      </p>
      <p role="status" className={notice ? 'notice' : 'visually-hidden'}>
        {notice}
      </p>
      <Summary report={report} />
      <DescriptionSection report={report} />
      <PartiesSection report={report} />
      <RequirementsSection report={report} />
      <ReporterSection key={report.id} report={report} />
      <EvidenceList report={report} />
      {report.can.route ? (
        <section className="card" aria-labelledby="route-heading">
          <h2 id="route-heading">{t('report.routeTitle')}</h2>
          <RouteForm
            report={report}
            onRouted={(next) => {
              setReport(next);
              setNotice(t('report.routed', { office: next.office.name }));
            }}
          />
        </section>
      ) : null}
    </>
  );
}

function Summary({ report }: { report: ReportDetail }) {
  const { t, lang } = useI18n();
  const zone = zoneOf(report.timeZone);
  const time = report.incidentTime
    ? `${report.incidentTime.replace(':', lang === 'id' ? '.' : ':')} ${zoneLabel(zone)}`
    : '';
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('report.summary')}</h2>
      <dl className="facts">
        <dt>{t('report.id')}</dt>
        <dd>
          <code>{report.id}</code>
        </dd>
        <dt>{t('report.status')}</dt>
        <dd>{t(`intakeStatus.${report.status}`)}</dd>
        <dt>{t('inbox.received')}</dt>
        <dd>
          <time dateTime={report.receivedAt}>{formatInZone(report.receivedAt, zone, lang)}</time>{' '}
          <span className="muted">· {ageText(report.receivedAt, new Date(), t)}</span>
        </dd>
        <dt>{t('inbox.office')}</dt>
        <dd data-testid="report-office">
          {report.office.name} <span className="muted">· {report.office.code}</span>
        </dd>
        <dt>{t('inbox.place')}</dt>
        <dd>
          {report.incidentRegion ? `${report.incidentRegion.name} (${report.incidentRegion.code})` : t('inbox.unknown')}
          {report.placeDetail ? <span className="sub muted">{report.placeDetail}</span> : null}
        </dd>
        {report.incidentOn ? (
          <>
            <dt>{t('report.incidentOn')}</dt>
            <dd>{[formatDate(report.incidentOn, lang), time].filter(Boolean).join(' ')}</dd>
          </>
        ) : null}
        {report.knownOn ? (
          <>
            <dt>{report.kind === 'FINDING' ? t('report.discoveredOn') : t('report.knownOn')}</dt>
            <dd>{formatDate(report.knownOn, lang)}</dd>
          </>
        ) : null}
        <dt>{t('report.governorElection')}</dt>
        <dd>{report.governorElection ? t('common.yes') : t('common.no')}</dd>
        {report.electionId ? (
          <>
            <dt>{t('report.election')}</dt>
            <dd>{report.electionId}</dd>
          </>
        ) : null}
        <dt>{t('report.regime')}</dt>
        <dd>{report.regime}</dd>
        {report.createdBy ? (
          <>
            <dt>{t('report.createdBy')}</dt>
            <dd>{report.createdBy.displayName}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
