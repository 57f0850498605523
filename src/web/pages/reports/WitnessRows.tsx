import { Field } from '../../components/Field';
import type { FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { emptyWitness, type WitnessRow } from './intake-state';

const MAX_ROWS = 10;

/** Witnesses as repeatable rows (none to ten); errors keyed `witnesses.<row>.<field>`. */
export function WitnessRows({
  rows,
  errors,
  onChange,
}: {
  rows: WitnessRow[];
  errors: FieldErrors;
  onChange: (rows: WitnessRow[]) => void;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<WitnessRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="group">
      <legend>
        {t('intake.witnessesTitle')}
        <span className="field__req"> {t('common.optional')}</span>
      </legend>
      {rows.length === 0 ? <p className="muted">{t('intake.noWitnesses')}</p> : null}
      {rows.map((row, i) => {
        const n = i + 1;
        return (
          <fieldset className="row" key={row.key}>
            <legend>{t('intake.witnessLegend', { n })}</legend>
            <div className="row__grid">
              <Field
                id={`intake-witness-${row.key}-name`}
                label={t('intake.witnessName')}
                required
                autoComplete="off"
                value={row.name}
                error={errors[`witnesses.${i}.name`]}
                onChange={(e) => update(i, { name: e.target.value })}
              />
              <Field
                id={`intake-witness-${row.key}-contact`}
                label={t('intake.witnessContact')}
                optional
                autoComplete="off"
                value={row.contact}
                error={errors[`witnesses.${i}.contact`]}
                onChange={(e) => update(i, { contact: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('intake.removeWitness', { n })}
            </button>
          </fieldset>
        );
      })}
      {rows.length < MAX_ROWS ? (
        <button type="button" className="button button--secondary" onClick={() => onChange([...rows, emptyWitness()])}>
          + {t('intake.addWitness')}
        </button>
      ) : null}
    </fieldset>
  );
}
