import type { Config } from '../config';
import { fieldId } from './fields';
import { ErrorText, Honeypot, SelectField, TextArea, TextField, type FormCtx } from './form-kit';
import type { AreaCandidate, ProvinceGroup } from './regions';

/** Parts the report form and the tip form share. */

export const ACCEPT_FILES = 'image/*,video/*,audio/*,application/pdf';

/**
 * Where it happened without JavaScript: a regency/city select grouped by province and an optional
 * district/village name the server looks up inside it (or, when that name was ambiguous, a choice
 * among the candidates, whose values are region codes). The enhancement script replaces both with
 * a search down to the village (`data-region` names the field it must fill).
 */
export function RegionBlock(p: {
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

/** Files (with their limits) and links, one per line. */
export type Uploads = Config['uploads'];

/** The limits as people read them: 10 files, 25 MB each. */
export function limitParams(uploads: Uploads) {
  return { files: uploads.maxFiles, mb: Math.floor(uploads.maxFileBytes / (1024 * 1024)) };
}

export function EvidenceBlock(p: { ctx: FormCtx; reattach: boolean; uploads: Uploads }) {
  const { ctx } = p;
  const { t } = ctx.i18n;
  const id = fieldId('files');
  const error = ctx.errors.get('files');
  const describedBy = [`${id}-help`, p.reattach ? `${id}-reattach` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <div className={error ? 'field field--error' : 'field'} data-field="files">
        <label htmlFor={id}>
          {t('report.files')} <span className="tag">({t('form.optional')})</span>
        </label>
        <p className="help" id={`${id}-help`}>
          {t('report.filesHelp', limitParams(p.uploads))}
        </p>
        {p.reattach ? (
          <p className="notice" id={`${id}-reattach`}>
            {t('form.reattach')}
          </p>
        ) : null}
        <input
          id={id}
          type="file"
          name="files"
          multiple
          accept={ACCEPT_FILES}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <ErrorText id={id} error={error} />
      </div>
      <TextArea
        ctx={ctx}
        name="links"
        label={t('report.links')}
        help={t('report.linksHelp')}
        rows={3}
        maxLength={21000}
      />
    </>
  );
}

/** The spam trap and the per-render key that makes a double submission create one record. */
export function HiddenBits({ ctx, idempotencyKey }: { ctx: FormCtx; idempotencyKey: string }) {
  return (
    <>
      <Honeypot ctx={ctx} />
      <input type="hidden" name="idempotencyKey" defaultValue={idempotencyKey} />
    </>
  );
}

/** The submit button and the place the enhancement script shows upload progress. */
export function SubmitRow({ label }: { label: string }) {
  return (
    <div className="submit">
      <button type="submit" className="button">
        {label}
      </button>
      <div className="progress" data-progress="" hidden />
    </div>
  );
}
