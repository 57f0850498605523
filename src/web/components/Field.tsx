import type { InputHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from './FieldFrame';

interface FieldProps extends FieldFrameProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {}

/** A labelled input whose error and hint are tied to it (aria-describedby, aria-invalid). */
export function Field(props: FieldProps) {
  return <FieldFrame field={props}>{(control) => <input {...control} />}</FieldFrame>;
}
