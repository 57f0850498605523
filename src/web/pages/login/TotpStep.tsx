import { useState, type FormEvent } from 'react';
import { TotpVerifyRequest, TotpVerifyResponse, type LoginStep } from '../../../shared/api/auth';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { validate, type FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { useStepHeading } from './useStepHeading';

const [CodeRequest, RecoveryRequest] = TotpVerifyRequest.options;

export function TotpStep({ onNext }: { onNext: (next: LoginStep) => void }) {
  const { t } = useI18n();
  const heading = useStepHeading<HTMLHeadingElement>(true);
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const checked = recovery
      ? validate(RecoveryRequest, { recoveryCode: value }, t, { recoveryCode: 'field.recoveryCode' })
      : validate(CodeRequest, { code: value.replace(/\s/g, '') }, t, { code: 'field.totp' });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const { next } = await api.post('/api/auth/totp', TotpVerifyResponse, checked.data);
      onNext(next);
    } catch (err) {
      setFailure(err);
      setValue('');
    } finally {
      setBusy(false);
    }
  }

  function toggle() {
    setRecovery((r) => !r);
    setValue('');
    setErrors({});
    setFailure(null);
  }

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('totp.title')}
      </h1>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <ErrorAlert error={failure} />
        {recovery ? (
          <Field
            key="recovery"
            id="recoveryCode"
            label={t('totp.recoveryCode')}
            hint={t('totp.recoveryHelp')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={value}
            error={errors.recoveryCode}
            onChange={(e) => {
              setValue(e.target.value);
              setErrors({});
            }}
          />
        ) : (
          <Field
            key="code"
            id="code"
            label={t('totp.code')}
            hint={t('totp.help')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            className="input--code"
            required
            value={value}
            error={errors.code}
            onChange={(e) => {
              setValue(e.target.value);
              setErrors({});
            }}
          />
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('login.working') : t('totp.submit')}
          </button>
          <button type="button" className="link-button" onClick={toggle}>
            {recovery ? t('totp.useApp') : t('totp.useRecovery')}
          </button>
        </div>
      </form>
    </>
  );
}
