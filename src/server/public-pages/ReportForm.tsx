import { REPORTER_TYPES, SUBJECT_TYPES, VIOLATION_TYPES } from '../../shared/intake';
import { EvidenceSection, IntakeFormFrame, PlaceFields, type IntakeFormProps } from './blocks';
import { Checkbox, ChoiceGroup, RowGroup, SelectField, TextArea, TextField, type FormCtx } from './form-kit';
import type { FormValues } from './form-values';
import type { PageI18n } from './i18n';
import type { MessageKey } from './messages';

/** The public report form at /lapor: works without JavaScript; `enhance.ts` improves it. */

export const MAX_PARTIES = 10;
export const MAX_WITNESSES = 10;
const MIN_ROWS = 2;

/** Rows shown: two empty ones, or as many as the reporter filled. */
export function reportRows(values: FormValues): { parties: number; witnesses: number } {
  return {
    parties: Math.min(MAX_PARTIES, Math.max(MIN_ROWS, values.count('parties'))),
    witnesses: Math.min(MAX_WITNESSES, Math.max(MIN_ROWS, values.count('witnesses'))),
  };
}

const PARTY_FIELDS = ['name', 'subjectType', 'position', 'agency', 'identityNumber', 'address'] as const;
const WITNESS_FIELDS = ['name', 'contact'] as const;

const LABELS: Record<string, MessageKey> = {
  'reporter.type': 'report.reporterType',
  'reporter.name': 'report.name',
  'reporter.nik': 'report.nik',
  'reporter.address': 'report.address',
  'reporter.phone': 'report.phone',
  'reporter.email': 'report.email',
  consent: 'report.consent',
  'incident.date': 'report.date',
  'incident.time': 'report.time',
  'incident.regionCode': 'report.regency',
  'incident.areaQuery': 'report.area',
  'incident.placeDetail': 'report.placeDetail',
  knownOn: 'report.knownOn',
  governorElection: 'report.governor',
  parties: 'report.parties',
  acts: 'report.acts',
  description: 'report.description',
  files: 'report.files',
  links: 'report.links',
  witnesses: 'report.witnesses',
};
const ROW_LABELS: Record<string, MessageKey> = {
  'parties.name': 'report.partyName',
  'parties.subjectType': 'report.subjectType',
  'parties.position': 'report.position',
  'parties.agency': 'report.agency',
  'parties.identityNumber': 'report.identityNumber',
  'parties.address': 'report.partyAddress',
  'witnesses.name': 'report.witnessName',
  'witnesses.contact': 'report.witnessContact',
};

/** Every field name the form has, so an issue can be placed next to its field. */
export function reportFieldNames(rows: { parties: number; witnesses: number }): Set<string> {
  const names = new Set(Object.keys(LABELS));
  for (let i = 0; i < rows.parties; i += 1) for (const f of PARTY_FIELDS) names.add(`parties[${i}].${f}`);
  for (let i = 0; i < rows.witnesses; i += 1) for (const f of WITNESS_FIELDS) names.add(`witnesses[${i}].${f}`);
  return names;
}

/** A field's label for the error summary: `parties[1].name` → 'Terlapor 2 — Nama'. */
export function reportLabelOf(i18n: PageI18n, name: string): string {
  const row = /^(parties|witnesses)\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) {
    const [, list, index, field] = row;
    const key = ROW_LABELS[`${list}.${field}`];
    const title = i18n.t(list === 'parties' ? 'report.party' : 'report.witness', { n: Number(index) + 1 });
    return key ? `${title} — ${i18n.t(key)}` : title;
  }
  const key = LABELS[name];
  return key ? i18n.t(key) : name;
}

export function ReportForm(p: IntakeFormProps) {
  const { ctx } = p;
  const { t, label } = ctx.i18n;
  const rows = reportRows(ctx.values);
  return (
    <IntakeFormFrame form={p} kind="report" action="/lapor" labelOf={(n) => reportLabelOf(ctx.i18n, n)}>
      <section className="card">
        <h2>{t('report.reporter')}</h2>
        <ChoiceGroup
          ctx={ctx}
          name="reporter.type"
          legend={t('report.reporterType')}
          type="radio"
          required
          choices={REPORTER_TYPES.map((v) => ({ value: v, label: label(`reporterType.${v}`) }))}
        />
        <TextField
          ctx={ctx}
          name="reporter.name"
          label={t('report.name')}
          required
          autoComplete="name"
          maxLength={150}
        />
        <TextField
          ctx={ctx}
          name="reporter.nik"
          label={t('report.nik')}
          help={t('report.nikHelp')}
          required
          inputMode="numeric"
          maxLength={16}
        />
        <TextArea
          ctx={ctx}
          name="reporter.address"
          label={t('report.address')}
          required
          rows={2}
          autoComplete="street-address"
          maxLength={500}
        />
        <TextField
          ctx={ctx}
          name="reporter.phone"
          label={t('report.phone')}
          type="tel"
          required
          autoComplete="tel"
          inputMode="numeric"
          maxLength={24}
        />
        <TextField
          ctx={ctx}
          name="reporter.email"
          label={t('report.email')}
          type="email"
          autoComplete="email"
          maxLength={200}
        />
        <Checkbox ctx={ctx} name="consent" label={t('report.consent')} help={t('report.consentText')} required />
      </section>

      <section className="card">
        <h2>{t('report.incident')}</h2>
        <div className="pair">
          <TextField ctx={ctx} name="incident.date" label={t('report.date')} type="date" />
          <TextField ctx={ctx} name="incident.time" label={t('report.time')} type="time" />
        </div>
        <PlaceFields form={p} place="incident" regencyLabel={t('report.regency')} />
        <TextField
          ctx={ctx}
          name="knownOn"
          label={t('report.knownOn')}
          help={t('report.knownOnHelp')}
          type="date"
          required
        />
        <Checkbox ctx={ctx} name="governorElection" label={t('report.governor')} />
      </section>

      <RowGroup
        ctx={ctx}
        name="parties"
        title={t('report.parties')}
        help={t('report.partiesHelp')}
        legend="report.party"
        count={rows.parties}
        max={MAX_PARTIES}
        row={(i) => <PartyFields ctx={ctx} index={i} />}
      />

      <section className="card">
        <ChoiceGroup
          ctx={ctx}
          name="acts"
          legend={t('report.acts')}
          help={t('report.actsHelp')}
          type="checkbox"
          required
          choices={VIOLATION_TYPES.map((v) => ({
            value: v,
            label: label(`violation.${v}`),
            help: label(`violationHelp.${v}`),
          }))}
        />
        <TextArea
          ctx={ctx}
          name="description"
          label={t('report.description')}
          help={t('report.descriptionHelp')}
          rows={6}
          maxLength={5000}
        />
      </section>

      <EvidenceSection form={p} />

      <RowGroup
        ctx={ctx}
        name="witnesses"
        title={t('report.witnesses')}
        help={t('report.witnessesHelp')}
        legend="report.witness"
        count={rows.witnesses}
        max={MAX_WITNESSES}
        row={(i) => (
          <>
            <TextField ctx={ctx} name={`witnesses[${i}].name`} label={t('report.witnessName')} maxLength={150} />
            <TextField ctx={ctx} name={`witnesses[${i}].contact`} label={t('report.witnessContact')} maxLength={200} />
          </>
        )}
      />
    </IntakeFormFrame>
  );
}

function PartyFields({ ctx, index }: { ctx: FormCtx; index: number }) {
  const { t, label } = ctx.i18n;
  const name = (f: (typeof PARTY_FIELDS)[number]) => `parties[${index}].${f}`;
  return (
    <>
      <TextField ctx={ctx} name={name('name')} label={t('report.partyName')} required={index === 0} maxLength={150} />
      <SelectField
        ctx={ctx}
        name={name('subjectType')}
        label={t('report.subjectType')}
        required={index === 0}
        options={SUBJECT_TYPES.map((v) => ({ value: v, label: label(`subject.${v}`) }))}
      />
      <TextField ctx={ctx} name={name('position')} label={t('report.position')} maxLength={200} />
      <TextField ctx={ctx} name={name('agency')} label={t('report.agency')} maxLength={200} />
      <TextField
        ctx={ctx}
        name={name('identityNumber')}
        label={t('report.identityNumber')}
        help={t('report.identityNumberHelp')}
        maxLength={30}
      />
      <TextArea ctx={ctx} name={name('address')} label={t('report.partyAddress')} rows={2} maxLength={500} />
    </>
  );
}
