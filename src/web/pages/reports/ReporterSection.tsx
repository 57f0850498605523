import { useState } from 'react';
import type { z } from 'zod';
import { RevealRequest, RevealResponse, type ReportDetail } from '../../../shared/api/reports';
import { api } from '../../api';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useI18n } from '../../i18n';
import { useStepHeading } from '../login/useStepHeading';

type Revealed = z.output<typeof RevealResponse>;

/**
 * The reporter, masked; with `can.reveal` a "Buka identitas" button asks for a reason, then shows
 * the full identity and the witnesses in place (the server records the reveal in the audit trail).
 */
export function ReporterSection({ report }: { report: ReportDetail }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const heading = useStepHeading<HTMLHeadingElement>(revealed !== null);
  const masked = report.reporter;
  if (!masked && report.witnessCount === 0) return null;

  async function reveal(reason: string) {
    const result = await api.post(`/api/reports/${encodeURIComponent(report.id)}/reveal`, RevealResponse, {
      reason,
    });
    setAsking(false);
    setRevealed(result);
  }

  const full = revealed?.reporter ?? null;
  return (
    <section className="card" aria-labelledby="reporter-heading">
      <h2 id="reporter-heading">{masked ? t('report.reporterTitle') : t('report.witnessesTitle')}</h2>
      {revealed ? (
        <div className="notice" data-testid="revealed">
          <h3 tabIndex={-1} ref={heading}>
            {t('report.revealed')}
          </h3>
          <p>{t('report.revealedNote')}</p>
          {full ? (
            <dl className="facts">
              <dt>{t('report.reporterType')}</dt>
              <dd>{t(`reporterType.${full.type}`)}</dd>
              <dt>{t('report.name')}</dt>
              <dd>{full.name}</dd>
              <dt>{t('report.nik')}</dt>
              <dd>
                <code data-testid="reporter-nik">{full.nik}</code>
              </dd>
              <dt>{t('report.address')}</dt>
              <dd>{full.address}</dd>
              <dt>{t('report.phone')}</dt>
              <dd>{full.phone}</dd>
              {full.email ? (
                <>
                  <dt>{t('report.email')}</dt>
                  <dd>{full.email}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
          <h3>{t('report.witnessesTitle')}</h3>
          {revealed.witnesses.length === 0 ? (
            <p>{t('report.noWitnesses')}</p>
          ) : (
            <ul className="checklist">
              {revealed.witnesses.map((w, i) => (
                <li key={i}>
                  {w.name}
                  {w.contact ? <span className="muted"> · {w.contact}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <>
          {masked ? (
            <>
              <p className="muted">{t('report.masked')}</p>
              <dl className="facts" data-testid="masked-reporter">
                <dt>{t('report.reporterType')}</dt>
                <dd>{t(`reporterType.${masked.type}`)}</dd>
                <dt>{t('report.name')}</dt>
                <dd>{masked.name}</dd>
                <dt>{t('report.nik')}</dt>
                <dd>
                  <code>{masked.nikMasked}</code>
                </dd>
                <dt>{t('report.phone')}</dt>
                <dd>
                  <code>{masked.phoneMasked}</code>
                </dd>
                <dt>{t('report.witnessCount')}</dt>
                <dd>{report.witnessCount}</dd>
              </dl>
            </>
          ) : (
            <p>
              {t('report.witnessCount')}: {report.witnessCount}
            </p>
          )}
          {report.can.reveal ? (
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
                {t('report.reveal')}
              </button>
            </div>
          ) : null}
        </>
      )}
      <ReasonDialog
        open={asking}
        title={t('report.revealTitle')}
        text={t('report.revealText')}
        label={t('report.reason')}
        hint={t('report.reasonHint')}
        confirmLabel={t('report.reveal')}
        check={(reason) => (RevealRequest.safeParse({ reason }).success ? undefined : t('report.hintReason'))}
        onConfirm={reveal}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
