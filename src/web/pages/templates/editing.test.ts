import { describe, expect, it } from 'vitest';
import { createT } from '../../../shared/i18n';
import { ApiError } from '../../api';
import { insertAt, templateFieldErrors } from './editing';

describe('insertAt', () => {
  it.each([
    ['at the caret', 'ab', 1, 1, { value: 'aXb', caret: 2 }],
    ['over a selection', 'abcd', 1, 3, { value: 'aXd', caret: 2 }],
    ['over a backwards selection', 'abcd', 3, 1, { value: 'aXd', caret: 2 }],
    ['at the end when past it', 'ab', 9, 9, { value: 'abX', caret: 3 }],
    ['into an empty text', '', 0, 0, { value: 'X', caret: 1 }],
  ])('inserts %s', (_name, value, start, end, expected) => {
    expect(insertAt(value, start, end, 'X')).toEqual(expected);
  });
});

describe('templateFieldErrors', () => {
  const t = createT('id');
  const refused = (issues: object[]) =>
    new ApiError('VALIDATION_FAILED', 400, 'Isian templat tidak dikenal / Unknown template placeholders', {
      in: 'body',
      issues,
    });
  const unknown = (field: string, placeholder: string) => ({
    path: [field],
    code: 'unknown_placeholder',
    message: `Isian tidak dikenal / Unknown placeholder: {{${placeholder}}}`,
    placeholder,
  });

  it('names every unknown placeholder of each field, once', () => {
    const errors = templateFieldErrors(
      refused([unknown('title', 'x'), unknown('body', 'a'), unknown('body', 'b'), unknown('body', 'a')]),
      t,
    );
    expect(errors).toEqual({
      title: 'Isian tidak dikenal: {{x}}. Pakai isian dari daftar.',
      body: 'Isian tidak dikenal: {{a}}, {{b}}. Pakai isian dari daftar.',
    });
    expect(templateFieldErrors(refused([unknown('body', 'tidak_ada')]), createT('en')).body).toBe(
      'Unknown placeholders: {{tidak_ada}}. Use placeholders from the list.',
    );
  });

  it('shows schema issues as forms do, and nothing for other failures', () => {
    expect(templateFieldErrors(refused([{ path: ['title'], code: 'too_small', minimum: 3, message: 'x' }]), t)).toEqual(
      { title: t('field.tooShort', { min: 3 }) },
    );
    expect(templateFieldErrors(new ApiError('CONFLICT', 409, 'x'), t)).toEqual({});
    expect(templateFieldErrors(new Error('x'), t)).toEqual({});
  });
});
