import type { SelectHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from './FieldFrame';

interface SelectFieldProps extends FieldFrameProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  /** Value and label of each option; the first, empty option says "choose" (or "all"). */
  options: readonly { value: string; label: string }[];
  placeholder: string;
}

/** A labelled select with its hint and error tied to it, like `Field`. */
export function SelectField({ options, placeholder, ...field }: SelectFieldProps) {
  return (
    <FieldFrame field={field}>
      {(control) => (
        <select {...control}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
