import type { InputHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Marks the label "(optional)". */
  optional?: boolean;
}

/** A labelled input whose error and hint are tied to it (aria-describedby, aria-invalid). */
export function Field({ id, label, error, hint, required, optional, ...input }: FieldProps) {
  const { t } = useI18n();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field__req"> {t('common.required')}</span> : null}
        {optional ? <span className="field__req"> {t('common.optional')}</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
