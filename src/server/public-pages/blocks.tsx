import type { ReactNode } from 'react';
import type { Config } from '../config';
import { ErrorSummary, Field, Honeypot, SelectField, TextArea, TextField, type FormCtx } from './form-kit';
import type { RegionPlace } from './prepare';
import type { AreaCandidate, ProvinceGroup } from './regions';

/** Parts the report form and the tip form share. */

export const ACCEPT_FILES = 'image/*,video/*,audio/*,application/pdf';

/** The upload limits the evidence section states. */
export type Uploads = Config['uploads'];

/** The limits as people read them: 10 files, 25 MB each. */
export function limitParams(uploads: Uploads) {
  return { files: uploads.maxFiles, mb: Math.floor(uploads.maxFileBytes / (1024 * 1024)) };
}

/** What the report form and the tip form are given to render. */
export interface IntakeFormProps {
  ctx: FormCtx;
  regions: ProvinceGroup[];
  candidates: AreaCandidate[];
  idempotencyKey: string;
  /** A problem with the whole submission (too large, rate limited…). */
  message: string | null;
  /** The form came back from the server: the files must be attached again. */
  reattach: boolean;
  /** JSON of the strings the enhancement script needs. */
  clientMessages: string;
  uploads: Uploads;
}

/**
 * A public intake form around its sections: title, intro and error summary, the multipart form the
 * enhancement script takes over (`data-enhance`), then the spam trap, the per-render key that makes
 * a double submission create one record, and the submit button with room for upload progress.
 */
export function IntakeFormFrame(p: {
  form: IntakeFormProps;
  kind: 'report' | 'tip';
  action: '/lapor' | '/informasi';
  labelOf: (name: string) => string;
  children: ReactNode;
}) {
  const { ctx, message, clientMessages, idempotencyKey } = p.form;
  const { t } = ctx.i18n;
  return (
    <>
      <h1>{t(`${p.kind}.title`)}</h1>
      <p className="lead">{t(`${p.kind}.intro`)}</p>
      <ErrorSummary ctx={ctx} labelOf={p.labelOf} message={message} />
      <form
        method="post"
        action={p.action}
        encType="multipart/form-data"
        noValidate
        data-enhance={p.kind}
        data-messages={clientMessages}
      >
        {p.children}
        <Honeypot ctx={ctx} />
        <input type="hidden" name="idempotencyKey" defaultValue={idempotencyKey} />
        <div className="submit">
          <button type="submit" className="button">
            {t(`${p.kind}.submit`)}
          </button>
          <div className="progress" data-progress="" hidden />
        </div>
      </form>
    </>
  );
}

/**
 * Where it happened without JavaScript: a regency/city select grouped by province and an optional
 * district/village name the server looks up inside it (or, when that name was ambiguous, a choice
 * among the candidates, whose values are region codes). The enhancement script replaces both with
 * a search down to the village (`data-region` names the field it must fill).
 */
function RegionBlock(p: {
  ctx: FormCtx;
  regions: ProvinceGroup[];
  regionName: string;
  areaName: string;
  regencyLabel: string;
  candidates: AreaCandidate[];
}) {
  const { ctx } = p;
  const { t, label } = ctx.i18n;
  const values = ctx.values;
  const candidateLabel = (c: AreaCandidate) =>
    c.level === 'district'
      ? `${label('level.district')} ${c.name}`
      : `${c.name}${c.districtName ? `, ${label('level.district')} ${c.districtName}` : ''}`;
  return (
    <div className="region" data-region={p.regionName} data-area={p.areaName}>
      <SelectField
        ctx={ctx}
        name={p.regionName}
        label={p.regencyLabel}
        required
        selected={values.text(p.regionName).split('.').slice(0, 2).join('.')}
        groups={p.regions.map((g) => ({
          label: g.name,
          options: g.regencies.map((r) => ({ value: r.code, label: r.name })),
        }))}
      />
      {p.candidates.length > 0 ? (
        <SelectField
          ctx={ctx}
          name={p.areaName}
          label={t('report.area')}
          help={t('report.areaPick')}
          selected=""
          options={p.candidates.map((c) => ({ value: c.code, label: candidateLabel(c) }))}
        />
      ) : (
        <TextField ctx={ctx} name={p.areaName} label={t('report.area')} help={t('report.areaHelp')} maxLength={100} />
      )}
    </div>
  );
}

/**
 * The place fields: region (see `RegionBlock`) and the place itself (a hall, a market…), inside the
 * `incident` group (report) or at the top level (tip), as `areaPreparer` reads them.
 */
export function PlaceFields({
  form,
  place,
  regencyLabel,
}: {
  form: IntakeFormProps;
  place: RegionPlace;
  regencyLabel: string;
}) {
  const { ctx } = form;
  const name = (field: string) => (place === 'incident' ? `incident.${field}` : field);
  return (
    <>
      <RegionBlock
        ctx={ctx}
        regions={form.regions}
        regionName={name('regionCode')}
        areaName={name('areaQuery')}
        regencyLabel={regencyLabel}
        candidates={form.candidates}
      />
      <TextField ctx={ctx} name={name('placeDetail')} label={ctx.i18n.t('report.placeDetail')} maxLength={300} />
    </>
  );
}

/** The evidence section: files (their limits said; to attach again after a refusal) and links, one per line. */
export function EvidenceSection({ form }: { form: IntakeFormProps }) {
  const { ctx } = form;
  const { t } = ctx.i18n;
  return (
    <section className="card">
      <h2>{t('report.evidence')}</h2>
      <Field
        of={{ ctx, name: 'files', label: t('report.files'), help: t('report.filesHelp', limitParams(form.uploads)) }}
      >
        {(d) => (
          <>
            {form.reattach ? (
              <p className="notice" id={`${d.id}-reattach`}>
                {t('form.reattach')}
              </p>
            ) : null}
            <input
              id={d.id}
              type="file"
              name="files"
              multiple
              accept={ACCEPT_FILES}
              aria-invalid={d.error ? true : undefined}
              aria-describedby={[
                `${d.id}-help`,
                form.reattach ? `${d.id}-reattach` : null,
                d.error ? `${d.id}-error` : null,
              ]
                .filter(Boolean)
                .join(' ')}
            />
          </>
        )}
      </Field>
      <TextArea
        ctx={ctx}
        name="links"
        label={t('report.links')}
        help={t('report.linksHelp')}
        rows={3}
        maxLength={21000}
      />
    </section>
  );
}
