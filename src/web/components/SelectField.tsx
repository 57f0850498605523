import type { SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  error?: string | undefined;
  /** Value and label of each option; the first, empty option says "choose". */
  options: readonly { value: string; label: string }[];
  placeholder: string;
}

/** A labelled select with its error tied to it, like `Field`. */
export function SelectField({ id, label, error, options, placeholder, required, ...select }: SelectFieldProps) {
  const { t } = useI18n();
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__req"> {t('common.required')}</span> : null}
      </label>
      <select
        id={id}
        name={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
