import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { TotpVerifyRequest, TotpVerifyResponse, type LoginStep } from '../../../shared/api/auth';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm, validate } from '../../forms';
import { useI18n } from '../../i18n';
import { TotpCodeField } from './TotpCodeField';
import { useStepHeading } from './useStepHeading';

const [CodeRequest, RecoveryRequest] = TotpVerifyRequest.options;
type TotpVerifyRequest = z.output<typeof TotpVerifyRequest>;

export function TotpStep({ onNext }: { onNext: (next: LoginStep) => void }) {
  const { t } = useI18n();
  const heading = useStepHeading<HTMLHeadingElement>(true);
  const [recovery, setRecovery] = useState(false);
  const form = useForm({ code: '', recoveryCode: '' });

  function submit(e: FormEvent) {
    void form.submit<TotpVerifyRequest>(e, {
      check: ({ code, recoveryCode }) =>
        recovery
          ? validate(RecoveryRequest, { recoveryCode }, t, { recoveryCode: 'field.recoveryCode' })
          : validate(CodeRequest, { code: code.replace(/\s/g, '') }, t, { code: 'field.totp' }),
      send: async (data) => {
        const { next } = await api.post('/api/auth/totp', TotpVerifyResponse, data);
        onNext(next);
      },
      fail: () => form.set(recovery ? 'recoveryCode' : 'code', ''),
    });
  }

  function toggle() {
    setRecovery((r) => !r);
    form.reset();
  }

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('totp.title')}
      </h1>
      <form onSubmit={submit} noValidate aria-busy={form.busy}>
        <ErrorAlert error={form.failure} />
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
            {...form.field('recoveryCode')}
          />
        ) : (
          <TotpCodeField key="code" hint={t('totp.help')} {...form.field('code')} />
        )}
        <div className="actions">
          <SubmitButton busy={form.busy}>{t('totp.submit')}</SubmitButton>
          <button type="button" className="link-button" onClick={toggle}>
            {recovery ? t('totp.useApp') : t('totp.useRecovery')}
          </button>
        </div>
      </form>
    </>
  );
}
