import type { FormEvent } from 'react';
import { LoginRequest, LoginResponse, type LoginStep } from '../../../shared/api/auth';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/SubmitButton';
import { serverFieldErrors, useForm, validate } from '../../forms';
import { useI18n } from '../../i18n';

export function PasswordStep({ onNext }: { onNext: (next: LoginStep, password: string) => void }) {
  const { t } = useI18n();
  const form = useForm({ username: '', password: '' });

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (values) => validate(LoginRequest, values, t),
      send: async (data, values) => {
        const { next } = await api.post('/api/auth/login', LoginResponse, data);
        onNext(next, values.password);
      },
      fail: (err) => {
        form.set('password', '');
        return serverFieldErrors(err, t);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy}>
      <ErrorAlert error={form.failure} />
      <Field
        id="username"
        label={t('login.username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        {...form.field('username')}
      />
      <Field
        id="password"
        type="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        {...form.field('password')}
      />
      <SubmitButton busy={form.busy}>{t('login.submit')}</SubmitButton>
    </form>
  );
}
