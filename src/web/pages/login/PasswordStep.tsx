import { useState, type FormEvent } from 'react';
import { LoginRequest, LoginResponse, type LoginStep } from '../../../shared/api/auth';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { serverFieldErrors, validate, without, type FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';

export function PasswordStep({ onNext }: { onNext: (next: LoginStep, password: string) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    const checked = validate(LoginRequest, { username, password }, t);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const { next } = await api.post('/api/auth/login', LoginResponse, checked.data);
      onNext(next, password);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VALIDATION_FAILED') setErrors(serverFieldErrors(err, t));
      setFailure(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <ErrorAlert error={failure} />
      <Field
        id="username"
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        error={errors.username}
        onChange={(e) => {
            setUsername(e.target.value);
            setErrors(without('username'));
          }}
      />
      <Field
        id="password"
        type="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        value={password}
        error={errors.password}
        onChange={(e) => {
            setPassword(e.target.value);
            setErrors(without('password'));
          }}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('login.working') : t('login.submit')}
      </button>
    </form>
  );
}
