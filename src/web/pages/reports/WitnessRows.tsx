import { Field } from '../../components/Field';
import { useI18n } from '../../i18n';
import { emptyWitness, type WitnessRow } from './intake-state';
import { RepeatableRows, type RowList } from './RepeatableRows';

/** Witnesses as repeatable rows (none to ten); errors keyed `witnesses.<row>.<field>`. */
export function WitnessRows(list: RowList<WitnessRow>) {
  const { t } = useI18n();
  return (
    <RepeatableRows
      {...list}
      name="witnesses"
      idPrefix="intake-witness"
      title={t('intake.witnessesTitle')}
      required={false}
      min={0}
      none={t('intake.noWitnesses')}
      rowLegend={(n) => t('intake.witnessLegend', { n })}
      removeLabel={(n) => t('intake.removeWitness', { n })}
      addLabel={t('intake.addWitness')}
      empty={emptyWitness}
    >
      {({ text }) => (
        <>
          <Field label={t('intake.witnessName')} required autoComplete="off" {...text('name')} />
          <Field label={t('intake.witnessContact')} optional autoComplete="off" {...text('contact')} />
        </>
      )}
    </RepeatableRows>
  );
}
