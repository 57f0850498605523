import { useId, useState, type FormEvent } from 'react';
import { CaseDetail, ForwardRequest } from '../../../shared/api/cases';
import { CATEGORIES, RECEIVING_BODIES } from '../../../shared/cases';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { serverFieldErrors, useForm, validate } from '../../forms';
import { useI18n } from '../../i18n';
import { bindControl } from './bind';
import { failedChecks, failedLabel } from './labels';

/**
 * Forwards one reported party's violation of one category to a receiving body. The body may be
 * left to the routing rules; the expected answer to the FORWARDING_REPLY rule.
 */
export function ForwardForm({ detail, onDone }: { detail: CaseDetail; onDone: (next: CaseDetail) => void }) {
  const { t } = useI18n();
  const uid = useId();
  const form = useForm({
    partyPosition: '',
    category: '',
    body: '',
    bodyDetail: '',
    letterNumber: '',
    letterDate: '',
    expectedReplyOn: '',
  });
  const [formKey, setFormKey] = useState(0);
  const party = detail.parties.find((p) => String(p.position) === form.values.partyPosition);
  // The categories decided for the chosen party; all of them while none is chosen or decided.
  const categories = party && party.categories.length > 0 ? party.categories : CATEGORIES;

  function submit(e: FormEvent) {
    void form.submit(e, {
      check: (v) =>
        validate(
          ForwardRequest,
          {
            partyPosition: v.partyPosition ? Number(v.partyPosition) : undefined,
            category: v.category || undefined,
            body: v.body || undefined,
            bodyDetail: v.bodyDetail.trim() || undefined,
            letterNumber: v.letterNumber,
            letterDate: v.letterDate,
            expectedReplyOn: v.expectedReplyOn || undefined,
          },
          t,
          { partyPosition: 'cases.choose', category: 'cases.choose', body: 'cases.choose' },
        ),
      send: async (data) => {
        const next = await api.post(`/api/cases/${encodeURIComponent(detail.id)}/forwardings`, CaseDetail, data);
        form.reset();
        setFormKey((k) => k + 1);
        onDone(next);
      },
      fail: (err) => serverFieldErrors(err, t),
    });
  }

  const failed = failedChecks(form.failure);
  return (
    <form onSubmit={submit} noValidate aria-busy={form.busy} key={formKey} className="form-grid forward-form">
      <h3>{t('forward.title')}</h3>
      <p className="muted">{t('forward.help')}</p>
      <ErrorAlert error={form.failure} />
      {failed.length > 0 ? (
        <ul className="failed-checks">
          {failed.map((f) => (
            <li key={f}>{failedLabel(f, t)}</li>
          ))}
        </ul>
      ) : null}
      <div className="row__grid">
        <SelectField
          id={`${uid}-party`}
          label={t('forward.party')}
          placeholder={t('forward.choose')}
          required
          options={detail.parties.map((p) => ({
            value: String(p.position),
            label: `${p.name} (${t(`subject.${p.subjectType}`)})`,
          }))}
          {...bindControl(form, 'partyPosition')}
          onChange={(e) => {
            bindControl(form, 'partyPosition').onChange(e);
            form.set('category', '');
          }}
        />
        <SelectField
          id={`${uid}-category`}
          label={t('forward.category')}
          placeholder={t('forward.choose')}
          required
          options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          {...bindControl(form, 'category')}
        />
        <SelectField
          id={`${uid}-body`}
          label={t('forward.body')}
          hint={t('forward.bodyHint')}
          placeholder={t('forward.bodyDefault')}
          options={RECEIVING_BODIES.map((b) => ({ value: b, label: t(`body.${b}`) }))}
          {...bindControl(form, 'body')}
        />
        <Field id={`${uid}-body-detail`} label={t('forward.bodyDetail')} optional {...form.field('bodyDetail')} />
        <Field id={`${uid}-letter-number`} label={t('forward.letterNumber')} required {...form.field('letterNumber')} />
        <Field
          id={`${uid}-letter-date`}
          label={t('forward.letterDate')}
          type="date"
          required
          {...form.field('letterDate')}
        />
        <Field
          id={`${uid}-expected`}
          label={t('forward.expectedReply')}
          hint={t('forward.expectedReplyHint')}
          type="date"
          optional
          {...form.field('expectedReplyOn')}
        />
      </div>
      <div className="form-grid__actions">
        <SubmitButton busy={form.busy}>{t('forward.submit')}</SubmitButton>
      </div>
    </form>
  );
}
