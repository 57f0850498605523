import type { ChangeEvent } from 'react';
import { without, type Form } from '../../forms';

/** `form.field(name)` for a select or a textarea: the value, its error, an onChange that clears it. */
export function bindControl<F extends string>(form: Form<F>, name: F) {
  return {
    value: form.values[name],
    error: form.errors[name],
    onChange: (e: ChangeEvent<HTMLSelectElement | HTMLTextAreaElement>) => {
      form.set(name, e.target.value);
      form.setErrors(without(name));
    },
  };
}
