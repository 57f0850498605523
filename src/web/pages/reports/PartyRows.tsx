import { SUBJECT_TYPES } from '../../../shared/intake';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n';
import { emptyParty, type PartyRow } from './intake-state';
import { RepeatableRows, type RowList } from './RepeatableRows';

/** The reported parties as repeatable rows (add, remove); errors keyed `parties.<row>.<field>`. */
export function PartyRows(list: RowList<PartyRow>) {
  const { t } = useI18n();
  return (
    <RepeatableRows
      {...list}
      name="parties"
      idPrefix="intake-party"
      title={t('intake.partiesTitle')}
      required
      min={1}
      listError={list.errors.parties}
      rowLegend={(n) => t('intake.partyLegend', { n })}
      removeLabel={(n) => t('intake.removeParty', { n })}
      addLabel={t('intake.addParty')}
      empty={emptyParty}
    >
      {({ row, index, text, update }) => (
        <>
          <Field label={t('intake.partyName')} required autoComplete="off" {...text('name')} />
          <SelectField
            id={`intake-party-${row.key}-subjectType`}
            label={t('intake.subjectType')}
            required
            placeholder={t('intake.choose')}
            value={row.subjectType}
            error={list.errors[`parties.${index}.subjectType`]}
            options={SUBJECT_TYPES.map((v) => ({ value: v, label: t(`subject.${v}`) }))}
            onChange={(e) => update({ subjectType: SUBJECT_TYPES.find((s) => s === e.target.value) ?? '' })}
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
        </>
      )}
    </RepeatableRows>
  );
}
