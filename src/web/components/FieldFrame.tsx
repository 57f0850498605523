import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** What a labelled field shows around its control. */
export interface FieldFrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
  /** Marks the label "(optional)". */
  optional?: boolean | undefined;
}

/** The control's attributes: the field's own (beyond the frame's) and those tying it to the frame. */
export type ControlProps<P extends FieldFrameProps> = Omit<P, keyof FieldFrameProps> & {
  id: string;
  name: string;
  required: boolean | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * One field's label, hint and error around the control `children` renders (input, textarea,
 * select), tied to it: the control gets the field's other props plus its id, name, `required`,
 * `aria-invalid` and `aria-describedby`.
 */
export function FieldFrame<P extends FieldFrameProps>({
  field,
  children,
}: {
  field: P;
  children: (control: ControlProps<P>) => ReactNode;
}) {
  const { t } = useI18n();
  const { id, label, error, hint, required, optional, ...own } = field;
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
      {children({
        id,
        name: id,
        required,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        ...own,
      })}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
