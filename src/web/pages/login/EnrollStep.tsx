import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import {
  TotpEnrollConfirmRequest,
  TotpEnrollConfirmResponse,
  TotpEnrollResponse,
  type LoginStep,
} from '../../../shared/api/auth';
import { api } from '../../api';
import { CopyButton } from '../../components/CopyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm, validate } from '../../forms';
import { useI18n } from '../../i18n';
import { TotpCodeField } from './TotpCodeField';
import { useStepHeading } from './useStepHeading';

type Enrollment = z.output<typeof TotpEnrollResponse>;
type Confirmed = z.output<typeof TotpEnrollConfirmResponse>;

/** The QR code as an image: an SVG in an <img> cannot run scripts or touch the page. */
function qrDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function groups(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function EnrollStep({ onNext }: { onNext: (next: LoginStep) => void }) {
  const { t } = useI18n();
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const form = useForm({ code: '' });
  /** Failure to start the enrolment (no secret yet); offers a retry. */
  const [startFailure, setStartFailure] = useState<unknown>(null);
  const started = useRef(false);
  const heading = useStepHeading<HTMLHeadingElement>(confirmed === null);
  const codesHeading = useStepHeading<HTMLHeadingElement>(confirmed !== null);

  const start = () => {
    setStartFailure(null);
    api.post('/api/auth/totp/enroll', TotpEnrollResponse, {}).then(setEnrollment, setStartFailure);
  };
  useEffect(() => {
    if (started.current) return; // one secret per visit, even under StrictMode's double effects
    started.current = true;
    start();
  }, []);

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: ({ code }) =>
        validate(TotpEnrollConfirmRequest, { code: code.replace(/\s/g, '') }, t, { code: 'field.totp' }),
      send: async (data) =>
        setConfirmed(await api.post('/api/auth/totp/enroll/confirm', TotpEnrollConfirmResponse, data)),
      fail: () => form.set('code', ''),
    });
  }

  if (confirmed) {
    return (
      <>
        <h1 tabIndex={-1} ref={codesHeading}>
          {t('recovery.title')}
        </h1>
        <p>{t('recovery.help')}</p>
        <ol className="codes" data-testid="recovery-codes">
          {confirmed.recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" className="button" onClick={() => onNext(confirmed.next)}>
            {t('recovery.saved')}
          </button>
          <CopyButton text={confirmed.recoveryCodes.join('\n')} />
        </div>
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('enroll.title')}
      </h1>
      <ErrorAlert error={startFailure ?? form.failure} />
      {!enrollment ? (
        startFailure ? (
          <button type="button" onClick={start}>
            {t('common.retry')}
          </button>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : (
        <>
          <p>{t('enroll.help')}</p>
          <div className="qr">
            <img src={qrDataUrl(enrollment.qrSvg)} alt={t('enroll.qrAlt')} width={200} height={200} />
          </div>
          <p>
            {t('enroll.secret')}{' '}
            <code className="secret" data-testid="totp-secret" data-secret={enrollment.secret}>
              {groups(enrollment.secret)}
            </code>
          </p>
          <form onSubmit={submit} noValidate aria-busy={form.busy}>
            <TotpCodeField {...form.field('code')} />
            <SubmitButton busy={form.busy}>{t('enroll.confirm')}</SubmitButton>
          </form>
        </>
      )}
    </>
  );
}
