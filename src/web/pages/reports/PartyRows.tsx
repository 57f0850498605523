import { SUBJECT_TYPES } from '../../../shared/intake';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { emptyParty, type PartyRow } from './intake-state';

const MAX_ROWS = 10;
type TextField = Exclude<keyof PartyRow, 'key' | 'subjectType'>;

/** The reported parties as repeatable rows (add, remove); errors keyed `parties.<row>.<field>`. */
export function PartyRows({
  rows,
  errors,
  onChange,
}: {
  rows: PartyRow[];
  errors: FieldErrors;
  onChange: (rows: PartyRow[]) => void;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<PartyRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const listError = errors.parties;
  return (
    <fieldset
      className={listError ? 'group field--error' : 'group'}
      aria-describedby={listError ? 'intake-parties-error' : undefined}
    >
      <legend>
        {t('intake.partiesTitle')}
        <span className="field__req"> {t('common.required')}</span>
      </legend>
      {listError ? (
        <p className="field__error" id="intake-parties-error">
          {listError}
        </p>
      ) : null}
      {rows.map((row, i) => {
        const n = i + 1;
        const text = (field: TextField) => ({
          id: `intake-party-${row.key}-${field}`,
          value: row[field],
          error: errors[`parties.${i}.${field}`],
          onChange: (e: { target: { value: string } }) => update(i, { [field]: e.target.value }),
        });
        return (
          <fieldset className="row" key={row.key}>
            <legend>{t('intake.partyLegend', { n })}</legend>
            <div className="row__grid">
              <Field label={t('intake.partyName')} required autoComplete="off" {...text('name')} />
              <SelectField
                id={`intake-party-${row.key}-subjectType`}
                label={t('intake.subjectType')}
                required
                placeholder={t('intake.choose')}
                value={row.subjectType}
                error={errors[`parties.${i}.subjectType`]}
                options={SUBJECT_TYPES.map((v) => ({ value: v, label: t(`subject.${v}`) }))}
                onChange={(e) => update(i, { subjectType: SUBJECT_TYPES.find((s) => s === e.target.value) ?? '' })}
              />
              <Field label={t('intake.position')} optional autoComplete="off" {...text('position')} />
              <Field label={t('intake.agency')} optional autoComplete="off" {...text('agency')} />
              <Field label={t('intake.identityNumber')} optional autoComplete="off" {...text('identityNumber')} />
              <Field
                label={t('intake.partyAddress')}
                hint={t('intake.partyAddressHint')}
                optional
                autoComplete="off"
                {...text('address')}
              />
            </div>
            {rows.length > 1 ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                {t('intake.removeParty', { n })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {rows.length < MAX_ROWS ? (
        <button type="button" className="button button--secondary" onClick={() => onChange([...rows, emptyParty()])}>
          + {t('intake.addParty')}
        </button>
      ) : null}
    </fieldset>
  );
}
