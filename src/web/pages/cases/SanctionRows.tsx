import { ALLOWANCE_CUT_MONTHS, SANCTION_TYPES } from '../../../shared/cases';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';

/** One sanction as the form holds it (text, as the inputs give it). */
export interface SanctionDraft {
  type: string;
  months: string;
  note: string;
}

export const MAX_SANCTIONS = 5;
export const emptySanction = (): SanctionDraft => ({ type: '', months: '', note: '' });

/** The drafts as `Sanction`s: months only for the allowance cut, empty notes left out. */
export function sanctionsBody(drafts: readonly SanctionDraft[]): unknown[] {
  return drafts.map((d) => ({
    type: d.type || undefined,
    months: d.type === 'ALLOWANCE_CUT_25' && d.months ? Number(d.months) : undefined,
    note: d.note.trim() || undefined,
  }));
}

/** A 25% allowance cut needs its length (6, 9 or 12 months): the schema leaves months optional. */
export function monthErrors(drafts: readonly SanctionDraft[], message: string): FieldErrors {
  const errors: FieldErrors = {};
  drafts.forEach((d, i) => {
    if (d.type === 'ALLOWANCE_CUT_25' && !d.months) errors[`sanctions.${i}.months`] = message;
  });
  return errors;
}

interface SanctionRowsProps {
  idPrefix: string;
  drafts: SanctionDraft[];
  errors: FieldErrors;
  onChange: (drafts: SanctionDraft[]) => void;
}

/** Typed sanctions: the type, its length for an allowance cut, a note; add and remove rows. */
export function SanctionRows({ idPrefix, drafts, errors, onChange }: SanctionRowsProps) {
  const { t } = useI18n();
  const update = (i: number, patch: Partial<SanctionDraft>) =>
    onChange(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <fieldset className="group">
      <legend>{t('followUp.sanctions')}</legend>
      <p className="field__hint">{t('followUp.sanctionsHint')}</p>
      {drafts.map((d, i) => {
        const id = `${idPrefix}-sanction-${i}`;
        return (
          <fieldset className="row" key={i}>
            <legend>{t('followUp.sanctionRow', { n: i + 1 })}</legend>
            <div className="row__grid">
              <SelectField
                id={`${id}-type`}
                label={t('followUp.sanctionType')}
                placeholder={t('transition.choose')}
                required
                options={SANCTION_TYPES.map((s) => ({ value: s, label: t(`sanction.${s}`) }))}
                value={d.type}
                error={errors[`sanctions.${i}.type`]}
                onChange={(e) => update(i, { type: e.target.value, months: '' })}
              />
              {d.type === 'ALLOWANCE_CUT_25' ? (
                <SelectField
                  id={`${id}-months`}
                  label={t('followUp.months')}
                  placeholder={t('transition.choose')}
                  required
                  options={ALLOWANCE_CUT_MONTHS.map((m) => ({
                    value: String(m),
                    label: t('followUp.monthsOption', { count: m }),
                  }))}
                  value={d.months}
                  error={errors[`sanctions.${i}.months`]}
                  onChange={(e) => update(i, { months: e.target.value })}
                />
              ) : null}
              <Field
                id={`${id}-note`}
                label={t('followUp.sanctionNote')}
                optional
                value={d.note}
                error={errors[`sanctions.${i}.note`]}
                onChange={(e) => update(i, { note: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(drafts.filter((_, j) => j !== i))}
            >
              {t('followUp.removeSanction', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      {drafts.length < MAX_SANCTIONS ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange([...drafts, emptySanction()])}
        >
          {t('followUp.addSanction')}
        </button>
      ) : null}
    </fieldset>
  );
}
