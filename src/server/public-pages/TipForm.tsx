import { EvidenceBlock, HiddenBits, RegionBlock, SubmitRow, type Uploads } from './blocks';
import { ErrorSummary, TextArea, TextField, type FormCtx } from './form-kit';
import type { PageI18n } from './i18n';
import type { MessageKey } from './messages';
import type { AreaCandidate, ProvinceGroup } from './regions';

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

export interface TipFormProps {
  ctx: FormCtx;
  regions: ProvinceGroup[];
  candidates: AreaCandidate[];
  idempotencyKey: string;
  message: string | null;
  reattach: boolean;
  /** JSON of the strings the enhancement script needs. */
  clientMessages: string;
  uploads: Uploads;
}

export function TipForm(p: TipFormProps) {
  const { ctx } = p;
  const { t } = ctx.i18n;
  return (
    <>
      <h1>{t('tip.title')}</h1>
      <p className="lead">{t('tip.intro')}</p>
      <ErrorSummary ctx={ctx} labelOf={(n) => tipLabelOf(ctx.i18n, n)} message={p.message} />
      <form
        method="post"
        action="/informasi"
        encType="multipart/form-data"
        noValidate
        data-enhance="tip"
        data-messages={p.clientMessages}
      >
        <section className="card">
          <TextArea ctx={ctx} name="description" label={t('tip.description')} required rows={6} maxLength={5000} />
          <RegionBlock
            ctx={ctx}
            regions={p.regions}
            regionName="regionCode"
            areaName="areaQuery"
            regencyLabel={t('tip.regency')}
            candidates={p.candidates}
          />
          <TextField ctx={ctx} name="placeDetail" label={t('report.placeDetail')} maxLength={300} />
          <TextField ctx={ctx} name="date" label={t('tip.date')} type="date" />
        </section>
        <section className="card">
          <h2>{t('report.evidence')}</h2>
          <EvidenceBlock ctx={ctx} reattach={p.reattach} uploads={p.uploads} />
        </section>
        <HiddenBits ctx={ctx} idempotencyKey={p.idempotencyKey} />
        <SubmitRow label={t('tip.submit')} />
      </form>
    </>
  );
}
