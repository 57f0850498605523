import type { RequirementResult } from '../../shared/api/reports';
import type { IndonesianTimeZone } from '../../shared/i18n';
import type { IntakeKind, SubjectType, ViolationType } from '../../shared/intake';
import { codeGroups, formatDay, formatLong, formatSize } from './format';
import type { PageI18n } from './i18n';

/**
 * What a receipt page shows. The lead's `ReceiptView` (from `receiptFor`) fits this shape; the
 * direct answer to a form POST builds it from the submission itself. Never the reporter's identity.
 */
export interface ReceiptPageData {
  kind: IntakeKind;
  trackingCode: string;
  receivedAt: Date | string;
  timeZone: IndonesianTimeZone;
  office: { name: string };
  incidentRegion: { name: string } | null;
  placeDetail?: string | null;
  parties: { name: string; subjectType: SubjectType }[];
  acts: ViolationType[];
  evidence: { filename: string; size: number }[];
  links: string[];
  requirements: RequirementResult | null;
}

/** The tracking code, big, monospace, in groups of four (copied as 'XXXX-XXXX-XXXX-XXXX'). */
export function TrackingCode({ code, label }: { code: string; label: string }) {
  return (
    <div className="code-box">
      <p className="code-box__label">{label}</p>
      <p className="code" data-tracking-code={code}>
        {codeGroups(code).map((g, i) => (
          <span key={i}>
            {i > 0 ? <span className="code__sep">-</span> : null}
            <span className="code__group">{g}</span>
          </span>
        ))}
      </p>
    </div>
  );
}

/** The requirement check in plain language: met, or what is missing; warnings; lateness. */
export function Requirements({ i18n, result }: { i18n: PageI18n; result: RequirementResult }) {
  const { t, label, lang } = i18n;
  const late = result.window.lateByDays > 0;
  return (
    <section className="card" aria-labelledby="req-title">
      <h2 id="req-title">{t('req.title')}</h2>
      {late ? (
        <p className="alert alert--warn">
          {t('req.late', { days: result.window.lateByDays, lastDay: formatDay(result.window.lastDay, lang) })}
        </p>
      ) : (
        <p>{t('req.lastDay', { lastDay: formatDay(result.window.lastDay, lang) })}</p>
      )}
      {result.allMet || result.missing.length === 0 ? (
        <p className="ok">{t('req.allMet')}</p>
      ) : (
        <>
          <p>{t('req.missing')}</p>
          <ul>
            {result.missing.map((code) => (
              <li key={code}>{label(`requirement.${code}`)}</li>
            ))}
          </ul>
        </>
      )}
      {result.warnings.length > 0 ? (
        <>
          <p>{t('req.warnings')}</p>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{label(`requirementWarning.${w}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function Receipt({ i18n, data }: { i18n: PageI18n; data: ReceiptPageData }) {
  const { t, label, lang } = i18n;
  const isTip = data.kind === 'TIP';
  return (
    <>
      <h1>{isTip ? t('receipt.tipTitle') : t('receipt.title')}</h1>
      <TrackingCode code={data.trackingCode} label={t('receipt.code')} />
      <p className="alert alert--warn">{t('receipt.keep')}</p>
      <p>
        {t('receipt.received', { when: formatLong(data.receivedAt, data.timeZone, lang), office: data.office.name })}
      </p>
      <div className="actions">
        <form method="post" action="/lapor/tanda-terima.pdf">
          <input type="hidden" name="code" defaultValue={data.trackingCode} />
          <button type="submit" className="button">
            {t('receipt.pdf')}
          </button>
        </form>
        <a className="button button--ghost" href="/lacak">
          {t('receipt.track')}
        </a>
      </div>
      <section className="card">
        <dl className="facts">
          {data.incidentRegion ? (
            <>
              <dt>{t('receipt.place')}</dt>
              <dd>{[data.placeDetail, data.incidentRegion.name].filter(Boolean).join(' — ')}</dd>
            </>
          ) : null}
          {!isTip ? (
            <>
              <dt>{t('receipt.parties')}</dt>
              <dd>
                <ul>
                  {data.parties.map((party, i) => (
                    <li key={i}>
                      {party.name} ({label(`subject.${party.subjectType}`)})
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>{t('receipt.acts')}</dt>
              <dd>
                <ul>
                  {data.acts.map((a) => (
                    <li key={a}>{label(`violation.${a}`)}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t('receipt.evidence')}</dt>
          <dd>
            {data.evidence.length === 0 ? (
              t('receipt.noEvidence')
            ) : (
              <ul>
                {data.evidence.map((e, i) => (
                  <li key={i}>
                    {e.filename} ({formatSize(e.size, lang)})
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {data.links.length > 0 ? (
            <>
              <dt>{t('receipt.links')}</dt>
              <dd>
                <ul>
                  {data.links.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      {data.requirements ? <Requirements i18n={i18n} result={data.requirements} /> : null}
    </>
  );
}
