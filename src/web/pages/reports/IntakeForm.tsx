import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { RegionSummary } from '../../../shared/api/regions';
import { IntakeCreated } from '../../../shared/api/reports';
import { ApiError, upload } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { RegionPicker } from '../../components/RegionPicker';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import {
  errorUnder,
  serverNestedErrors,
  useForm,
  withErrors,
  without,
  type Checked,
  type FieldErrors,
} from '../../forms';
import { useI18n } from '../../i18n';
import { ActsField } from './ActsField';
import { FilesField } from './FilesField';
import {
  checkFiles,
  checkIntake,
  emptyIntake,
  flattenIntake,
  newIdempotencyKey,
  toFormData,
  toScreenRows,
  type Flattened,
  type IntakeMode,
  type IntakeState,
} from './intake-state';
import { PartyRows } from './PartyRows';
import { ReporterFields } from './ReporterFields';
import { WitnessRows } from './WitnessRows';

export type Created = z.output<typeof IntakeCreated>;

const ENDPOINT: Record<IntakeMode, string> = { 'walk-in': '/api/reports/walk-in', finding: '/api/findings' };

/**
 * The officer's intake form, for a walk-in report or a finding: checked on submit with the server's
 * own schema (`checkIntake`), then sent as multipart form data with the files and upload progress.
 * Remount it (change its `key`) for a new record: the idempotency key is made once per form.
 */
export function IntakeForm({ mode, onCreated }: { mode: IntakeMode; onCreated: (created: Created) => void }) {
  const { t, lang } = useI18n();
  const form = useForm<never>({});
  const [state, setState] = useState<IntakeState>(emptyIntake);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const sentRows = useRef<Flattened['rows']>({ parties: [], witnesses: [] });
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, setErrors } = form;

  // After a refused check, take the officer to the first field to fix.
  const errorCount = Object.keys(errors).length;
  useEffect(() => {
    if (errorCount === 0 || form.failure) return;
    const first = formRef.current?.querySelector<HTMLElement>('.field--error');
    (first?.querySelector<HTMLElement>('input, select, textarea') ?? first)?.focus();
  }, [errorCount, form.failure]);

  /** Changes part of the state and clears the errors under `key`. */
  function edit(key: string, change: (s: IntakeState) => IntakeState) {
    setState(change);
    setErrors((e) => {
      const kept = Object.entries(e).filter(([k]) => k !== key && !k.startsWith(`${key}.`));
      return kept.length === Object.keys(e).length ? e : Object.fromEntries(kept);
    });
  }

  function fieldErrorsOf(err: unknown): FieldErrors {
    if (err instanceof ApiError && (err.code === 'PAYLOAD_TOO_LARGE' || err.code === 'UNSUPPORTED_MEDIA_TYPE'))
      return { files: t(`error.${err.code}`) };
    if (err instanceof ApiError && err.code === 'UNKNOWN_REGION')
      return { 'incident.regionCode': t('error.UNKNOWN_REGION') };
    return toScreenRows(serverNestedErrors(err, lang), sentRows.current);
  }

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (): Checked<Flattened> => {
        const flat = flattenIntake(mode, state);
        const checked = checkIntake(mode, flat, t);
        const fileError = checkFiles(files, t);
        return withErrors<Flattened>(
          checked.ok ? { ok: true, data: flat } : { ok: false, errors: checked.errors },
          fileError ? { files: fileError } : {},
        );
      },
      send: async (flat) => {
        sentRows.current = flat.rows;
        setProgress(0);
        try {
          const created = await upload(ENDPOINT[mode], IntakeCreated, toFormData(flat, idempotencyKey, files), {
            onProgress: (sent, total) => setProgress(Math.round((sent / total) * 100)),
          });
          onCreated(created);
        } finally {
          setProgress(null);
        }
      },
      fail: fieldErrorsOf,
    });
  }

  const incident = (field: keyof IntakeState['incident'], value: string) =>
    edit(`incident.${field}`, (s) => ({ ...s, incident: { ...s.incident, [field]: value } }));
  const dateKey = mode === 'walk-in' ? 'knownOn' : 'discoveredOn';
  const busy = form.busy;

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-busy={busy} className="intake">
      <ErrorAlert error={form.failure} />
      {errorCount > 0 && !form.failure ? (
        <div className="alert alert--error" role="alert">
          {t('common.formErrors')}
        </div>
      ) : null}
      {mode === 'walk-in' ? (
        <ReporterFields
          reporter={state.reporter}
          consent={state.consent}
          errors={errors}
          onChange={(field, value) =>
            edit(`reporter.${field}`, (s) => ({ ...s, reporter: { ...s.reporter, [field]: value } }))
          }
          onConsent={(consent) => edit('consent', (s) => ({ ...s, consent }))}
        />
      ) : null}
      <fieldset className="group">
        <legend>{t('intake.whenTitle')}</legend>
        <Field
          id="intake-known-on"
          type="date"
          label={mode === 'walk-in' ? t('intake.knownOn') : t('intake.discoveredOn')}
          hint={t('intake.knownOnHint')}
          required
          value={state.knownOn}
          error={errors[dateKey]}
          onChange={(e) => edit(dateKey, (s) => ({ ...s, knownOn: e.target.value }))}
        />
        <div className="row__grid">
          <Field
            id="intake-incident-date"
            type="date"
            label={t('intake.incidentDate')}
            optional
            value={state.incident.date}
            error={errors['incident.date']}
            onChange={(e) => incident('date', e.target.value)}
          />
          <Field
            id="intake-incident-time"
            type="time"
            label={t('intake.incidentTime')}
            optional
            value={state.incident.time}
            error={errors['incident.time']}
            onChange={(e) => incident('time', e.target.value)}
          />
        </div>
        <RegionPicker
          label={t('intake.incidentRegion')}
          level="village"
          minLevel="regency"
          required
          error={errors['incident.regionCode']}
          onChange={(region: RegionSummary | null) => {
            // The picker reports on mount too: do not clear an error for nothing.
            if (region || state.incident.regionCode) incident('regionCode', region?.code ?? '');
          }}
        />
        <p className="field__hint">{t('intake.incidentRegionHint')}</p>
        <Field
          id="intake-place-detail"
          label={t('intake.placeDetail')}
          optional
          autoComplete="off"
          value={state.incident.placeDetail}
          error={errors['incident.placeDetail']}
          onChange={(e) => incident('placeDetail', e.target.value)}
        />
        <label className="check" htmlFor="intake-governor">
          <input
            id="intake-governor"
            type="checkbox"
            checked={state.governorElection}
            onChange={(e) => edit('governorElection', (s) => ({ ...s, governorElection: e.target.checked }))}
          />
          <span>{t('intake.governorElection')}</span>
        </label>
      </fieldset>
      <PartyRows
        rows={state.parties}
        errors={errors}
        onChange={(parties) => edit('parties', (s) => ({ ...s, parties }))}
      />
      <ActsField
        acts={state.acts}
        error={errorUnder(errors, 'acts')}
        onChange={(acts) => edit('acts', (s) => ({ ...s, acts }))}
      />
      <fieldset className="group">
        <legend>{t('intake.description')}</legend>
        <TextAreaField
          id="intake-description"
          label={t('intake.description')}
          hint={t('intake.descriptionHint')}
          optional
          rows={6}
          value={state.description}
          error={errors.description}
          onChange={(e) => edit('description', (s) => ({ ...s, description: e.target.value }))}
        />
        <TextAreaField
          id="intake-links"
          label={t('intake.links')}
          hint={t('intake.hintLinks')}
          optional
          rows={3}
          spellCheck={false}
          value={state.links}
          error={errorUnder(errors, 'links')}
          onChange={(e) => edit('links', (s) => ({ ...s, links: e.target.value }))}
        />
        <FilesField
          files={files}
          error={errors.files}
          progress={progress}
          onChange={(next) => {
            setFiles(next);
            setErrors(without('files'));
          }}
        />
      </fieldset>
      <WitnessRows
        rows={state.witnesses}
        errors={errors}
        onChange={(witnesses) => edit('witnesses', (s) => ({ ...s, witnesses }))}
      />
      <div className="form-grid__actions">
        <SubmitButton busy={busy}>
          {mode === 'walk-in' ? t('intake.submitWalkIn') : t('intake.submitFinding')}
        </SubmitButton>
      </div>
    </form>
  );
}
