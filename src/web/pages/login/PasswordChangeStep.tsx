import { useState, type FormEvent } from 'react';
import { PasswordChangeRequest, PasswordChangeResponse, type LoginStep } from '../../../shared/api/auth';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { serverFieldErrors, validate, without, type FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { useStepHeading } from './useStepHeading';

/** New password twice; the current one is asked only when this visit did not just sign in with it. */
export function PasswordChangeStep({ knownPassword, onNext }: { knownPassword: string | null; onNext: (next: LoginStep) => void }) {
  const { t } = useI18n();
  const heading = useStepHeading<HTMLHeadingElement>(true);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const checked = validate(PasswordChangeRequest, { currentPassword: knownPassword ?? current, newPassword: next }, t);
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!found.newPassword && next !== repeat) found.repeat = t('password.mismatch');
    if (!checked.ok || Object.keys(found).length > 0) return setErrors(found);
    setErrors({});
    setBusy(true);
    try {
      const res = await api.post('/api/auth/password', PasswordChangeResponse, checked.data);
      onNext(res.next);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VALIDATION_FAILED') setErrors(serverFieldErrors(err, t));
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('password.title')}
      </h1>
      <p>{t('password.help')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <ErrorAlert error={failure} />
        {knownPassword === null ? (
          <Field
            id="currentPassword"
            type="password"
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={current}
            error={errors.currentPassword}
            onChange={(e) => {
            setCurrent(e.target.value);
            setErrors(without('currentPassword'));
          }}
          />
        ) : null}
        <Field
          id="newPassword"
          type="password"
          label={t('password.new')}
          autoComplete="new-password"
          minLength={12}
          required
          value={next}
          error={errors.newPassword}
          onChange={(e) => {
            setNext(e.target.value);
            setErrors(without('newPassword'));
          }}
        />
        <Field
          id="repeat"
          type="password"
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          value={repeat}
          error={errors.repeat}
          onChange={(e) => {
            setRepeat(e.target.value);
            setErrors(without('repeat'));
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('login.working') : t('password.submit')}
        </button>
      </form>
    </>
  );
}
