import { useCallback, useEffect, useState } from 'react';
import { CaseDetail } from '../../../shared/api/cases';
import { api } from '../../api';
import { AbilityGate } from '../../components/AbilityGate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { isSignInError, useSession } from '../../session';
import { zoneOf } from '../reports/labels';
import { CaseActions } from './CaseActions';
import { CaseDocuments } from './CaseDocuments';
import { CaseForwardings } from './CaseForwardings';
import { CaseParties, CaseReports } from './CaseReports';
import { CaseSummary } from './CaseSummary';
import { CaseTimeline } from './CaseTimeline';
import { DeadlineList } from './DeadlineList';
import { GakkumduSection } from './GakkumduSection';
import { registerLabel } from './labels';

/**
 * One case: its facts, deadlines with their reasons, reports and parties, the timeline, forwardings,
 * documents, Sentra Gakkumdu, and only the steps this officer may take now (`allowed`, `can`).
 * Sentra Gakkumdu members reach it from their list with `gakkumdu.work` alone.
 */
export function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useSession().me;
  const ability = me && !me.abilities.includes('cases.read') ? 'gakkumdu.work' : 'cases.read';
  return (
    <AbilityGate title={t('cases.title')} ability={ability}>
      {() => <Case id={id} back={ability === 'cases.read' ? '/penanganan' : '/gakkumdu'} />}
    </AbilityGate>
  );
}

function Case({ id, back }: { id: string; back: string }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    setFailure(null);
    try {
      setDetail(await api.get(`/api/cases/${encodeURIComponent(id)}`, CaseDetail));
    } catch (err) {
      if (isSignInError(err)) void refresh();
      else setFailure(err);
    }
  }, [id, refresh]);

  useEffect(() => {
    setDetail(null);
    setNotice('');
    void load();
  }, [load]);

  const done = (next: CaseDetail, what: string) => {
    setDetail(next);
    setNotice(t('case.done', { what }));
  };

  const backLink = (
    <p>
      <Link to={back}>← {back === '/penanganan' ? t('case.back') : t('gakkumduList.title')}</Link>
    </p>
  );
  if (!detail) {
    return (
      <>
        {backLink}
        <ErrorAlert error={failure} />
        {failure ? null : <p role="status">{t('common.loading')}</p>}
      </>
    );
  }

  const zone = zoneOf(detail.timeZone);
  return (
    <>
      {backLink}
      <h1 className="case-title" data-testid="case-title">
        {detail.registerNumber
          ? t('case.titleRegistered', { number: registerLabel(detail.registerNumber, t) })
          : t('case.titleUnregistered')}
      </h1>
      <p className="badges">
        <span className="badge badge--neutral">{t(`caseStatus.${detail.status}`)}</span>
        <span className="badge badge--neutral">{t(`regime.${detail.regime}`)}</span>
        <span className="badge badge--neutral">{detail.office.name}</span>
      </p>
      <p role="status" className={notice ? 'notice' : 'visually-hidden'} data-testid="case-notice">
        {notice}
      </p>
      <ErrorAlert error={failure} />
      <CaseActions detail={detail} onDone={done} />
      <div className="grid case-grid">
        <CaseSummary detail={detail} />
        <section className="card" aria-labelledby="case-deadlines-heading">
          <h2 id="case-deadlines-heading">{t('case.deadlinesTitle')}</h2>
          <DeadlineList deadlines={detail.deadlines} zone={zone} empty={t('case.noDeadlines')} />
        </section>
      </div>
      <CaseParties detail={detail} />
      <CaseReports detail={detail} />
      <CaseTimeline detail={detail} />
      <CaseForwardings
        detail={detail}
        onDone={done}
        onFollowUp={() => {
          setNotice(t('case.done', { what: t('caseCommand.RECORD_FOLLOW_UP') }));
          void load();
        }}
      />
      <GakkumduSection detail={detail} onDone={done} />
      <CaseDocuments
        detail={detail}
        onCreated={(doc) => {
          setDetail((d) => (d ? { ...d, documents: [...d.documents, doc] } : d));
          setNotice(t('document.created', { number: doc.number }));
        }}
      />
    </>
  );
}
