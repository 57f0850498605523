import type { CaseDetail } from '../../../shared/api/cases';
import { formatInZone, zoneLabel } from '../../../shared/i18n';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { formatDate, zoneOf } from '../reports/labels';
import { registerLabel } from './labels';

/** The case's header facts: register number, status, regime, office, zone and key dates. */
export function CaseSummary({ detail }: { detail: CaseDetail }) {
  const { t, lang } = useI18n();
  const zone = zoneOf(detail.timeZone);
  return (
    <section className="card" aria-labelledby="case-summary-heading">
      <h2 id="case-summary-heading">{t('case.summary')}</h2>
      <dl className="facts">
        <dt>{t('case.registerNumber')}</dt>
        <dd data-testid="case-register-number">{registerLabel(detail.registerNumber, t)}</dd>
        <dt>{t('case.status')}</dt>
        <dd data-testid="case-status">{t(`caseStatus.${detail.status}`)}</dd>
        <dt>{t('case.kind')}</dt>
        <dd>{t(`intakeKind.${detail.kind}`)}</dd>
        <dt>{t('case.regime')}</dt>
        <dd>{t(`regime.${detail.regime}`)}</dd>
        <dt>{t('case.office')}</dt>
        <dd data-testid="case-office">
          {detail.office.name} <span className="muted">· {detail.office.code}</span>
        </dd>
        <dt>{t('case.zone')}</dt>
        <dd>
          {t(`zone.${zoneLabel(zone)}`)} <span className="muted">· {detail.timeZone}</span>
        </dd>
        <dt>{t('case.place')}</dt>
        <dd>
          {detail.incidentRegion ? `${detail.incidentRegion.name} (${detail.incidentRegion.code})` : t('cases.unknown')}
        </dd>
        <dt>{t('case.received')}</dt>
        <dd>
          <time dateTime={detail.receivedAt}>{formatInZone(detail.receivedAt, zone, lang)}</time>
        </dd>
        {detail.registeredAt ? (
          <>
            <dt>{t('case.registeredAt')}</dt>
            <dd>
              <time dateTime={detail.registeredAt}>{formatInZone(detail.registeredAt, zone, lang)}</time>
            </dd>
          </>
        ) : null}
        {detail.actOn ? (
          <>
            <dt>{t('case.actOn')}</dt>
            <dd>{formatDate(detail.actOn, lang)}</dd>
          </>
        ) : null}
        {detail.electionId ? (
          <>
            <dt>{t('case.election')}</dt>
            <dd>{detail.electionId}</dd>
          </>
        ) : null}
        <dt>{t('case.governorElection')}</dt>
        <dd>{detail.governorElection ? t('common.yes') : t('common.no')}</dd>
        {detail.decisionExtended ? (
          <>
            <dt>{t('case.decisionExtended')}</dt>
            <dd>{t('common.yes')}</dd>
          </>
        ) : null}
        {detail.mergedInto ? (
          <>
            <dt>{t('case.mergedInto')}</dt>
            <dd>
              <Link to={`/penanganan/${encodeURIComponent(detail.mergedInto)}`}>{t('case.openCase')}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('case.id')}</dt>
        <dd>
          <code>{detail.id}</code>
        </dd>
      </dl>
    </section>
  );
}
