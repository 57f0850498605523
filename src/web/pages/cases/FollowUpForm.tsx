import { useId, useState, type FormEvent } from 'react';
import { FollowUpRequest, ForwardingView } from '../../../shared/api/cases';
import { FOLLOW_UP_STATUSES } from '../../../shared/cases';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { serverNestedErrors, useForm, validateNested, withErrors, without, type FieldErrors } from '../../forms';
import { useI18n } from '../../i18n';
import { bindControl } from './bind';
import { failedChecks, failedLabel } from './labels';
import { emptySanction, monthErrors, SanctionRows, sanctionsBody, type SanctionDraft } from './SanctionRows';

/** `errors` without `key` and the errors under it (`sanctions.0.months`). */
function withoutUnder(errors: FieldErrors, key: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key && !k.startsWith(`${key}.`)));
}

/** Records what the receiving body answered: a status and, when sanctioned, the typed sanctions. */
export function FollowUpForm({
  forwarding,
  onRecorded,
}: {
  forwarding: ForwardingView;
  onRecorded: (next: ForwardingView) => void;
}) {
  const { t, lang } = useI18n();
  const uid = useId();
  const form = useForm({ status: '', note: '' });
  const [sanctions, setSanctions] = useState<SanctionDraft[]>([]);
  const [formKey, setFormKey] = useState(0);
  const sanctioned = form.values.status === 'SANCTIONED';

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: ({ status, note }) => {
        const drafts = sanctioned ? sanctions : [];
        const body = { status: status || undefined, sanctions: sanctionsBody(drafts), note: note.trim() || undefined };
        return withErrors(
          validateNested(FollowUpRequest, body, t, { status: 'cases.choose', 'sanctions.*.type': 'cases.choose' }),
          monthErrors(drafts, t('sanctionProblem.MONTHS_REQUIRED')),
        );
      },
      send: async (data) => {
        const next = await api.post(
          `/api/forwardings/${encodeURIComponent(forwarding.id)}/follow-ups`,
          ForwardingView,
          data,
        );
        form.reset();
        setSanctions([]);
        setFormKey((k) => k + 1);
        onRecorded(next);
      },
      fail: (err) => serverNestedErrors(err, lang),
    });
  }

  const failed = failedChecks(form.failure);
  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} key={formKey} className="form-grid follow-up-form">
      <h4>{t('followUp.title')}</h4>
      <ErrorAlert error={form.failure} />
      {failed.length > 0 ? (
        <ul className="failed-checks">
          {failed.map((f) => (
            <li key={f}>{failedLabel(f, t)}</li>
          ))}
        </ul>
      ) : null}
      <SelectField
        id={`${uid}-status`}
        label={t('followUp.status')}
        placeholder={t('transition.choose')}
        required
        options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUpStatus.${s}`) }))}
        value={form.values.status}
        error={form.errors.status}
        onChange={(e) => {
          form.set('status', e.target.value);
          form.setErrors(without('status'));
          if (e.target.value === 'SANCTIONED' && sanctions.length === 0) setSanctions([emptySanction()]);
        }}
      />
      {sanctioned ? (
        <SanctionRows
          idPrefix={uid}
          drafts={sanctions}
          errors={form.errors}
          onChange={(next) => {
            setSanctions(next);
            form.setErrors((errors) => withoutUnder(errors, 'sanctions'));
          }}
        />
      ) : null}
      {form.errors.sanctions ? <p className="field__error">{form.errors.sanctions}</p> : null}
      <TextAreaField id={`${uid}-note`} label={t('followUp.note')} optional rows={3} {...bindControl(form, 'note')} />
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('followUp.submit')}</SubmitButton>
      </div>
    </form>
  );
}
