import { EvidenceSection, IntakeFormFrame, PlaceFields, type IntakeFormProps } from './blocks';
import { TextArea, TextField } from './form-kit';
import type { PageI18n } from './i18n';
import type { MessageKey } from './messages';

/** The anonymous tip form at /informasi: no identity at all. */

const LABELS: Record<string, MessageKey> = {
  description: 'tip.description',
  regionCode: 'tip.regency',
  areaQuery: 'report.area',
  placeDetail: 'report.placeDetail',
  date: 'tip.date',
  files: 'report.files',
  links: 'report.links',
};

export const TIP_FIELDS: ReadonlySet<string> = new Set(Object.keys(LABELS));

export function tipLabelOf(i18n: PageI18n, name: string): string {
  const key = LABELS[name];
  return key ? i18n.t(key) : name;
}

export function TipForm(p: IntakeFormProps) {
  const { ctx } = p;
  const { t } = ctx.i18n;
  return (
    <IntakeFormFrame form={p} kind="tip" action="/informasi" labelOf={(n) => tipLabelOf(ctx.i18n, n)}>
      <section className="card">
        <TextArea ctx={ctx} name="description" label={t('tip.description')} required rows={6} maxLength={5000} />
        <PlaceFields form={p} place="top" regencyLabel={t('tip.regency')} />
        <TextField ctx={ctx} name="date" label={t('tip.date')} type="date" />
      </section>
      <EvidenceSection form={p} />
    </IntakeFormFrame>
  );
}
