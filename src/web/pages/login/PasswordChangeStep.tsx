import type { FormEvent } from 'react';
import { PasswordChangeRequest, PasswordChangeResponse, type LoginStep } from '../../../shared/api/auth';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/SubmitButton';
import { serverFieldErrors, useForm, validate, withErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { useStepHeading } from './useStepHeading';

/** New password twice; the current one is asked only when this visit did not just sign in with it. */
export function PasswordChangeStep({
  knownPassword,
  onNext,
}: {
  knownPassword: string | null;
  onNext: (next: LoginStep) => void;
}) {
  const { t } = useI18n();
  const heading = useStepHeading<HTMLHeadingElement>(true);
  const form = useForm({ currentPassword: '', newPassword: '', repeat: '' });

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: ({ currentPassword, newPassword, repeat }) => {
        const checked = validate(
          PasswordChangeRequest,
          { currentPassword: knownPassword ?? currentPassword, newPassword },
          t,
        );
        const newPasswordOk = checked.ok || !checked.errors.newPassword;
        return withErrors(checked, newPasswordOk && newPassword !== repeat ? { repeat: t('password.mismatch') } : {});
      },
      send: async (data) => {
        const res = await api.post('/api/auth/password', PasswordChangeResponse, data);
        onNext(res.next);
      },
      fail: (err) => serverFieldErrors(err, t),
    });
  }

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('password.title')}
      </h1>
      <p>{t('password.help')}</p>
      <form onSubmit={submit} noValidate aria-busy={form.busy}>
        <ErrorAlert error={form.failure} />
        {knownPassword === null ? (
          <Field
            id="currentPassword"
            type="password"
            label={t('password.current')}
            autoComplete="current-password"
            required
            {...form.field('currentPassword')}
          />
        ) : null}
        <Field
          id="newPassword"
          type="password"
          label={t('password.new')}
          autoComplete="new-password"
          minLength={12}
          required
          {...form.field('newPassword')}
        />
        <Field
          id="repeat"
          type="password"
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          {...form.field('repeat')}
        />
        <SubmitButton busy={form.busy}>{t('password.submit')}</SubmitButton>
      </form>
    </>
  );
}
