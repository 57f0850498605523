import type { TrackResponse } from '../../shared/api/reports';
import { PRE_REGISTRATION_STATUSES } from '../../shared/cases';
import { fieldId } from './fields';
import { formatLong } from './format';
import type { PageI18n } from './i18n';
import { Requirements } from './Receipt';
import { asTimeZone } from './respond';

/**
 * /lacak: the code goes in a POST body (never the URL, so never in logs or history); the answer is
 * the status in plain language. TrackResponse carries no personal data, and nothing else is shown.
 */
export interface TrackPageProps {
  i18n: PageI18n;
  /** The code as typed, to put back in the box after an error. */
  code: string;
  error: string | null;
  result: TrackResponse | null;
}

export function TrackPage(p: TrackPageProps) {
  const { t } = p.i18n;
  const id = fieldId('code');
  const describedBy = [`${id}-help`, p.error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <>
      <h1>{t('track.title')}</h1>
      <p className="lead">{t('track.intro')}</p>
      <form method="post" action="/lacak" className="card" noValidate data-enhance="track">
        <div className={p.error ? 'field field--error' : 'field'} data-field="code">
          <label htmlFor={id}>{t('track.code')}</label>
          <p className="help" id={`${id}-help`}>
            {t('track.codeHelp')}
          </p>
          <input
            id={id}
            name="code"
            type="text"
            className="code-input"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={p.code}
            aria-invalid={p.error ? true : undefined}
            aria-describedby={describedBy}
          />
          {p.error ? (
            <p className="error" id={`${id}-error`} role="alert">
              {p.error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('track.submit')}
        </button>
      </form>
      {p.result ? <TrackResult i18n={p.i18n} result={p.result} /> : null}
      {p.result && p.result.kind === 'REPORT' && PRE_REGISTRATION_STATUSES.includes(p.result.status) ? (
        <WithdrawForm i18n={p.i18n} code={p.code} />
      ) : null}
    </>
  );
}

function TrackResult({ i18n, result }: { i18n: PageI18n; result: TrackResponse }) {
  const { t, label, lang } = i18n;
  const zone = asTimeZone(result.timeZone);
  return (
    <>
      <section className="card" aria-labelledby="status-title" id="status">
        <h2 id="status-title" className="status">
          {t('track.status', { status: label(`caseStatus.${result.status}`) })}
        </h2>
        <p>
          {t('track.received', {
            kind: label(`intakeKind.${result.kind}`),
            when: formatLong(result.receivedAt, zone, lang),
            office: result.office.name,
          })}
        </p>
        {result.registerNumber ? <p>{t('track.register', { number: result.registerNumber })}</p> : null}
        <h3>{t('track.next')}</h3>
        <p>{label(`publicStatus.${result.status}`)}</p>
        {result.history.length > 1 ? (
          <>
            <h3>{t('track.history')}</h3>
            <ol className="history">
              {result.history.map((h, i) => (
                <li key={i}>
                  {label(`caseStatus.${h.status}`)} — {formatLong(h.at, zone, lang)}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
      {result.requirements ? <Requirements i18n={i18n} result={result.requirements} /> : null}
    </>
  );
}

/** Before registration the reporter may withdraw the report (DOMAIN.md §2); after it, no longer. */
function WithdrawForm({ i18n, code }: { i18n: PageI18n; code: string }) {
  const { t } = i18n;
  const id = fieldId('note');
  return (
    <form method="post" action="/lacak/cabut" className="card" noValidate>
      <h2>{t('track.withdrawTitle')}</h2>
      <p className="help">{t('track.withdrawHelp')}</p>
      <input type="hidden" name="code" value={code} />
      <div className="field" data-field="note">
        <label htmlFor={id}>{t('track.withdrawReason')}</label>
        <textarea id={id} name="note" required minLength={5} maxLength={1000} rows={3} />
      </div>
      <button type="submit" className="button button--secondary">
        {t('track.withdrawSubmit')}
      </button>
    </form>
  );
}
