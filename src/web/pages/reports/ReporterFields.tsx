import { REPORTER_TYPES } from '../../../shared/intake';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { errorUnder, type FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';
import type { IntakeState } from './intake-state';

type Reporter = IntakeState['reporter'];

/** Who came to report (walk-in only): kind, name, NIK, address, phone, e-mail, and consent. */
export function ReporterFields({
  reporter,
  consent,
  errors,
  onChange,
  onConsent,
}: {
  reporter: Reporter;
  consent: boolean;
  errors: FieldErrors;
  onChange: (field: keyof Reporter, value: string) => void;
  onConsent: (value: boolean) => void;
}) {
  const { t } = useI18n();
  const text = (field: Exclude<keyof Reporter, 'type'>) => ({
    id: `intake-reporter-${field}`,
    value: reporter[field],
    error: errors[`reporter.${field}`],
    onChange: (e: { target: { value: string } }) => onChange(field, e.target.value),
  });
  return (
    <fieldset className="group">
      <legend>{t('intake.reporterTitle')}</legend>
      <SelectField
        id="intake-reporter-type"
        label={t('intake.reporterType')}
        required
        placeholder={t('intake.choose')}
        value={reporter.type}
        error={errors['reporter.type']}
        options={REPORTER_TYPES.map((v) => ({ value: v, label: t(`reporterType.${v}`) }))}
        onChange={(e) => onChange('type', e.target.value)}
      />
      <Field label={t('intake.reporterName')} required autoComplete="off" {...text('name')} />
      <Field
        label={t('intake.nik')}
        hint={t('intake.nikHint')}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={19}
        {...text('nik')}
      />
      <Field label={t('intake.reporterAddress')} required autoComplete="off" {...text('address')} />
      <Field label={t('intake.phone')} type="tel" required autoComplete="off" {...text('phone')} />
      <Field label={t('intake.email')} type="email" optional autoComplete="off" {...text('email')} />
      <div className={errorUnder(errors, 'consent') ? 'field field--error' : 'field'}>
        <label className="check" htmlFor="intake-consent">
          <input
            id="intake-consent"
            type="checkbox"
            checked={consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'intake-consent-error' : undefined}
            onChange={(e) => onConsent(e.target.checked)}
          />
          <span>{t('intake.consent')}</span>
        </label>
        {errors.consent ? (
          <p className="field__error" id="intake-consent-error">
            {errors.consent}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
