import type { ReactNode } from 'react';
import { Field } from '../../components/Field';
import type { FieldBinding } from '../../forms';
import { useI18n } from '../../i18n';

/** The 6-digit authenticator code (sign-in and enrolment), bound with `form.field('code')`. */
export function TotpCodeField({ hint, ...binding }: FieldBinding & { hint?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Field
      id="code"
      label={t('totp.code')}
      hint={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      className="input--code"
      required
      {...binding}
    />
  );
}
