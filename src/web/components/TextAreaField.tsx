import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from './FieldFrame';

interface TextAreaFieldProps extends FieldFrameProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {}

/** `Field` for several lines of text (four unless `rows` says otherwise). */
export function TextAreaField(props: TextAreaFieldProps) {
  return <FieldFrame field={props}>{(control) => <textarea rows={4} {...control} />}</FieldFrame>;
}
